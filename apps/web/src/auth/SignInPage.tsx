// Sign-in: a picker of the demo users in development, the city's sign-on (OIDC with PKCE) otherwise.
import { type FormEvent, useState } from 'react';
import { get, post, type SignInOptions, type Schemas } from '../api/client.js';
import { navigate } from '../app/router.js';
import { homeOf, sessionFromToken, useSession } from '../app/session.js';
import { Loaded, Problems, useLoad, useSubmit } from '../components/common.js';
import { SelectField } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { startSignOn } from './oidc.js';

export function SignInPage() {
  const { t } = useI18n();
  const options = useLoad(() => get<SignInOptions>('/api/sign-in'), []);
  return (
    <section className="narrow">
      <h1>{t('signInTitle')}</h1>
      <Loaded state={options}>
        {(o) =>
          o.mode === 'development' ? (
            <DemoUserPicker users={o.users ?? []} />
          ) : o.mode === 'oidc' && o.oidc ? (
            <button type="button" className="krds-btn medium secondary" onClick={() => void startSignOn(o.oidc!)}>
              {t('signInOidc')}
            </button>
          ) : (
            <p>{t('signInNone')}</p>
          )
        }
      </Loaded>
    </section>
  );
}

function DemoUserPicker({ users }: { users: NonNullable<SignInOptions['users']> }) {
  const { t, tv } = useI18n();
  const { signIn } = useSession();
  const [userId, setUserId] = useState(users[0]?.id ?? '');
  const form = useSubmit(['userId']);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.run(async () => {
      const { token } = await post<{ token: string }>('/api/sign-in/development', {
        userId,
      } satisfies Schemas['DevelopmentSignInDto']);
      const session = sessionFromToken(token);
      signIn(session);
      navigate(homeOf(session), { replace: true });
    });
  };
  return (
    <form ref={form.formRef} onSubmit={onSubmit}>
      <p>{t('signInDevHint')}</p>
      <Problems messages={[...form.errors.general, ...(form.errors.fields.userId ?? [])]} />
      <SelectField id="sign-in-user" label={t('signInAs')} value={userId} onChange={setUserId}>
        {users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} ({u.id}) · {u.roles.map((r) => tv('role', r)).join(', ')} · {u.department}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="krds-btn medium primary" disabled={form.busy}>
        {t('signIn')}
      </button>
    </form>
  );
}
