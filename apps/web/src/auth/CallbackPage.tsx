// Where the city's sign-on sends the browser back: exchange the code (PKCE), then go to the role's home.
import { useEffect, useState } from 'react';
import { get, type SignInOptions } from '../api/client.js';
import { navigate } from '../app/router.js';
import { homeOf, sessionFromToken, useSession } from '../app/session.js';
import { Problems } from '../components/common.js';
import { useI18n } from '../i18n/i18n.js';
import { finishSignOn } from './oidc.js';

export function CallbackPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    get<SignInOptions>('/api/sign-in')
      .then(async (options) => {
        if (!options.oidc) throw new Error(t('signInNone'));
        const session = sessionFromToken(await finishSignOn(options.oidc, params), options.oidc.rolesClaim);
        signIn(session);
        navigate(homeOf(session), { replace: true });
      })
      .catch((e: Error) => setError(`${t('signInFailed')}: ${e.message}`));
    // once, for the code in the URL
  }, []);
  return (
    <section className="narrow">
      <h1>{t('signIn')}</h1>
      {error ? <Problems messages={[error]} /> : <p aria-live="polite">{t('signInCallback')}</p>}
    </section>
  );
}
