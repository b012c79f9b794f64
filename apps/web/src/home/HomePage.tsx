// Where each role starts after signing in: what is waited on from them, first. A person with several roles
// sees each role's part.
import { hasRole, useSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { AdminHome } from './AdminHome.js';
import { ManagerHome } from './ManagerHome.js';
import { ReviewerHome } from './ReviewerHome.js';

export function HomePage() {
  const { t } = useI18n();
  const { session } = useSession();
  return (
    <section>
      <h1>{t('homeTitle')}</h1>
      <p className="lead">
        {t('homeGreeting')}, {session?.name}
      </p>
      {hasRole(session, 'department_manager') && <ManagerHome />}
      {hasRole(session, 'foundation_expert', 'ethics_officer') && <ReviewerHome />}
      {hasRole(session, 'admin') && <AdminHome />}
    </section>
  );
}
