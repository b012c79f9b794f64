// The department's proposals by what is awaited from it: first those it must act on (finish, revise, deploy,
// remediate; which stages these are the stage table says), then those under review, then those ended.
import { lifecycleSteps } from '#domain/texts';
import { get, type Proposal } from '../api/client.js';
import { Link } from '../app/router.js';
import { Loaded, useLoad } from '../components/common.js';
import { type Column, ProposalTable, STAGE, UPDATED } from '../components/ProposalTable.js';
import { AWAITED } from '../manager/awaited.js';
import { type MessageKey, useI18n } from '../i18n/i18n.js';

type Group = 'homeAwaitingUs' | 'homeUnderReview' | 'homeEnded';

const groupOf = (p: Proposal): Group => {
  const steps = lifecycleSteps(p.status);
  return steps.waitsOnDepartment ? 'homeAwaitingUs' : steps.final ? 'homeEnded' : 'homeUnderReview';
};

export function ManagerHome() {
  const { t } = useI18n();
  const page = useLoad(() => get<{ items: Proposal[]; total: number }>('/api/proposals?limit=200'), []);
  const awaited: Column = { header: 'colAwaited', cell: (p) => t(AWAITED[p.status] ?? 'awaitedNothing') };
  return (
    <section aria-labelledby="home-manager">
      <h2 id="home-manager">{t('homeManager')}</h2>
      <p>
        <Link href="/proposals/new" className="krds-btn medium primary">
          {t('navNewProposal')}
        </Link>
      </p>
      <Loaded state={page}>
        {({ items }) => (
          <>
            {(['homeAwaitingUs', 'homeUnderReview', 'homeEnded'] as const satisfies MessageKey[]).map((group) => {
              const shown = items.filter((p) => groupOf(p) === group);
              return (
                <section key={group} aria-labelledby={`group-${group}`}>
                  <h3 id={`group-${group}`}>
                    {t(group)} <span className="count">({shown.length})</span>
                  </h3>
                  {shown.length === 0 ? (
                    <p>{t('none')}</p>
                  ) : (
                    <ProposalTable
                      caption={t(group)}
                      items={shown}
                      columns={group === 'homeAwaitingUs' ? [STAGE, awaited, UPDATED] : [STAGE, UPDATED]}
                    />
                  )}
                </section>
              );
            })}
          </>
        )}
      </Loaded>
    </section>
  );
}
