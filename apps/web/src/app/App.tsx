// The console's frame in KRDS's patterns: skip link, the government's identity banner (masthead), the header
// (brand, language, who is signed in), the role's menu, breadcrumbs, the page, the footer; and one live region
// that says where a navigation went.
import { useEffect, useRef, useState } from 'react';
import { configureApi } from '../api/client.js';
import { Breadcrumbs } from '../components/krds.js';
import { type MessageKey, useI18n } from '../i18n/i18n.js';
import { announce, onAnnounce } from './announcer.js';
import { PageTitleProvider, useNamedTitle } from './page-title.js';
import { Link, navigate, useLocation } from './router.js';
import { pageFor } from './routes.js';
import { hasRole, homeOf, type Session, useSession } from './session.js';

type Menu = [href: string, key: MessageKey, shown: boolean][];

function menuOf(session: Session | undefined): Menu {
  const links: Menu = [
    ['/home', 'navHome', Boolean(session)],
    ['/proposals', 'navProposals', hasRole(session, 'department_manager')],
    ['/proposals/new', 'navNewProposal', hasRole(session, 'department_manager')],
    ['/inbox', 'navInbox', hasRole(session, 'foundation_expert', 'ethics_officer')],
    ['/admin/stalled', 'navStalled', hasRole(session, 'admin')],
    ['/admin/proposals', 'navAllProposals', hasRole(session, 'admin')],
    ['/admin/metrics', 'navMetrics', hasRole(session, 'admin')],
    ['/register', 'navRegister', true],
  ];
  return links.filter(([, , shown]) => shown);
}

/** The pages above this one: the menu's entry the path lies under (a proposal under the role's list). */
function parentOf(path: string, session: Session | undefined): [string, MessageKey] | undefined {
  if (path.startsWith('/tasks/')) return ['/inbox', 'navInbox'];
  if (/^\/proposals\/[^/]+\/edit$/.test(path)) return ['/proposals', 'navProposals'];
  if (/^\/proposals\/(?!new$)[^/]+$/.test(path)) {
    if (hasRole(session, 'department_manager')) return ['/proposals', 'navProposals'];
    if (hasRole(session, 'admin')) return ['/admin/proposals', 'navAllProposals'];
    return ['/inbox', 'navInbox'];
  }
  return undefined;
}

export function App() {
  const { t, tv, language, setLanguage } = useI18n();
  const { session, signOut } = useSession();
  const { path } = useLocation();
  // Before the page renders and loads anything: its calls carry this token and language.
  configureApi({ token: session?.token, language, onUnauthorized: signOut });
  const page = pageFor(path, session);
  const [ownTitle, setOwnTitle] = useNamedTitle();
  const title = ownTitle ?? (page.title ? t(page.title) : undefined);
  useEffect(() => {
    if (page.redirect) navigate(page.redirect, { replace: true });
  }, [page.redirect]);
  useEffect(() => {
    document.title = `${title ? `${title} | ` : ''}${t('appName')}`;
  }, [title, t]);
  useRouteFocus(path, title);

  const home = homeOf(session);
  const parent = parentOf(path, session);
  const trail = [
    { href: home, label: t('navHome') },
    ...(parent && parent[0] !== path ? [{ href: parent[0], label: t(parent[1]) }] : []),
    ...(title && path !== home ? [{ label: title }] : []),
  ];
  return (
    <>
      <div id="krds-skip-link">
        <a href="#main">{t('skipToContent')}</a>
      </div>
      <header id="krds-header">
        {/* KRDS puts the banner above the header; inside it here, so that it too is in a landmark. */}
        <div id="krds-masthead">
          <div className="toggle-wrap">
            <div className="toggle-head">
              <div className="inner">
                <span className="nuri-txt">{t('masthead')}</span>
              </div>
            </div>
          </div>
        </div>
        <div className="header-in">
          <div className="header-container">
            <div className="inner">
              <div className="header-branding">
                <p className="brand">
                  <Link href={home}>
                    <span className="brand-name">{t('appName')}</span>
                    <span className="brand-tagline">{t('appTagline')}</span>
                  </Link>
                </p>
                <div className="header-actions">
                  <button
                    type="button"
                    className="krds-btn medium text"
                    lang={language === 'ko' ? 'en' : 'ko'}
                    onClick={() => setLanguage(language === 'ko' ? 'en' : 'ko')}
                  >
                    {t('switchLanguage')}
                  </button>
                  {session ? (
                    <>
                      <span className="who">
                        <span className="sr-only">{t('signedInAs')}: </span>
                        {session.name} ({session.roles.map((r) => tv('role', r)).join(', ')})
                      </span>
                      <button
                        type="button"
                        className="krds-btn medium tertiary"
                        onClick={() => (signOut(), navigate('/sign-in'))}
                      >
                        {t('signOut')}
                      </button>
                    </>
                  ) : (
                    <Link href="/sign-in" className="krds-btn medium tertiary">
                      {t('signIn')}
                    </Link>
                  )}
                </div>
              </div>
            </div>
          </div>
          <nav className="main-menu" aria-label={t('mainNav')}>
            <div className="inner">
              <ul>
                {menuOf(session).map(([href, key]) => (
                  <li key={href}>
                    <Link href={href} aria-current={path === href ? 'page' : undefined}>
                      {t(key)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <div className="inner">
          {trail.length > 1 && <Breadcrumbs trail={trail} />}
          <PageTitleProvider set={setOwnTitle}>{page.element}</PageTitleProvider>
        </div>
      </main>
      {/* KRDS's footer wants a logo and link groups a console has not: its tokens, our frame. */}
      <footer className="site-footer">
        <div className="inner">
          <p>{t('footerAbout')}</p>
          <p>{t('footerAddress')}</p>
        </div>
      </footer>
      <LiveRegion />
    </>
  );
}

/**
 * After a navigation (not on the first load) the focus moves to the new page's heading once it is drawn (a
 * page whose chunk or data loads draws it later), and the page's name is announced.
 */
function useRouteFocus(path: string, title: string | undefined) {
  const navigated = useRef(false);
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current && !navigated.current) return;
    navigated.current = true;
    const main = document.getElementById('main');
    const focus = () => {
      // The visible one: while a page's chunk loads, the page before it stays in the DOM, hidden by Suspense.
      const h1 = [...(main?.querySelectorAll<HTMLElement>('h1') ?? [])].find((h) => h.checkVisibility());
      if (!h1) return false;
      h1.tabIndex = -1;
      h1.focus();
      return true;
    };
    if (focus() || !main) return;
    const watcher = new MutationObserver(() => focus() && watcher.disconnect());
    watcher.observe(main, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [path]);
  useEffect(() => {
    if (navigated.current && title) announce(title);
  }, [path, title]);
}

/** Polite, and no role of status: a form's own status line is the one tests and people find by role. */
function LiveRegion() {
  const [text, setText] = useState('');
  useEffect(() => onAnnounce((next) => setText(next)), []);
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}
