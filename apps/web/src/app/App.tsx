// The console's frame: a skip link, the header (language, who is signed in), the role's menu, the page.
import { useEffect, useRef } from 'react';
import { configureApi } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, useLocation } from './router.js';
import { pageFor } from './routes.js';
import { hasRole, homeOf, useSession } from './session.js';

export function App() {
  const { t, tv, language, setLanguage } = useI18n();
  const { session, signOut } = useSession();
  const { path } = useLocation();
  // Before the page renders and loads anything: its calls carry this token and language.
  configureApi({ token: session?.token, language, onUnauthorized: signOut });
  const page = pageFor(path, session);
  useEffect(() => {
    if (page.redirect) navigate(page.redirect, { replace: true });
  }, [page.redirect]);
  // After a navigation (not on the first load) the focus moves to the new page, so a keyboard or screen-reader
  // user starts there rather than on a link that may be gone.
  const firstPage = useRef(true);
  useEffect(() => {
    if (firstPage.current) firstPage.current = false;
    else document.getElementById('main')?.focus({ preventScroll: false });
  }, [path]);
  useEffect(() => {
    document.title = `${page.title ? `${t(page.title)} · ` : ''}${t('appName')} Bareun`;
  }, [page.title, t]);

  const links: [string, Parameters<typeof t>[0], boolean][] = [
    ['/proposals', 'navProposals', hasRole(session, 'department_manager')],
    ['/proposals/new', 'navNewProposal', hasRole(session, 'department_manager')],
    ['/inbox', 'navInbox', hasRole(session, 'foundation_expert', 'ethics_officer')],
    ['/admin/stalled', 'navStalled', hasRole(session, 'admin')],
    ['/admin/proposals', 'navAllProposals', hasRole(session, 'admin')],
    ['/admin/metrics', 'navMetrics', hasRole(session, 'admin')],
    ['/register', 'navRegister', true],
  ];
  return (
    <>
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header className="top">
        <Link href={homeOf(session)} className="brand">
          {t('appName')} <span>{t('appTagline')}</span>
        </Link>
        <nav aria-label={t('mainNav')}>
          <ul>
            {links
              .filter(([, , shown]) => shown)
              .map(([href, key]) => (
                <li key={href}>
                  <Link href={href} aria-current={path === href ? 'page' : undefined}>
                    {t(key)}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <div className="account">
          <button
            type="button"
            lang={language === 'ko' ? 'en' : 'ko'}
            onClick={() => setLanguage(language === 'ko' ? 'en' : 'ko')}
          >
            {t('switchLanguage')}
          </button>
          {session ? (
            <>
              <span>
                {t('signedInAs')}: {session.name} ({session.roles.map((r) => tv('role', r)).join(', ')})
              </span>
              <button type="button" onClick={() => (signOut(), navigate('/sign-in'))}>
                {t('signOut')}
              </button>
            </>
          ) : (
            <Link href="/sign-in">{t('signIn')}</Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page.element}
      </main>
    </>
  );
}
