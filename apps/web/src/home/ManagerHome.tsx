// The department's proposals by what is awaited from it: first those it must act on (finish, revise, deploy,
// remediate), then those under review or in operation, then those ended; which stages these are the stage table
// says (AWAITING). Each group is a page the server cuts, with its total and a link to the whole list.
import { AWAITING, type Awaiting } from '#domain/texts';
import { get, type Proposal, query } from '../api/client.js';
import { Link } from '../app/router.js';
import { Loaded, useLoad } from '../components/common.js';
import { ProposalTable, STAGE, UPDATED } from '../components/ProposalTable.js';
import { AWAITED_COLUMN } from '../manager/awaited.js';
import { type MessageKey, useI18n } from '../i18n/i18n.js';

const SHOWN = 5;
const WORDS: Record<Awaiting, { heading: MessageKey; all: MessageKey }> = {
  department: { heading: 'homeAwaitingUs', all: 'homeAllAwaitingUs' },
  review: { heading: 'homeUnderReview', all: 'homeAllUnderReview' },
  nobody: { heading: 'homeEnded', all: 'homeAllEnded' },
};

type Page = { items: Proposal[]; total: number };
const groups = () => Promise.all(AWAITING.map((awaiting) => get<Page>(`/api/proposals${query({ awaiting, limit: SHOWN })}`)));

export function ManagerHome() {
  const { t } = useI18n();
  const state = useLoad(groups, []);
  return (
    <section aria-labelledby="home-manager">
      <h2 id="home-manager">{t('homeManager')}</h2>
      <p>
        <Link href="/proposals/new" className="krds-btn medium primary">
          {t('navNewProposal')}
        </Link>
      </p>
      <Loaded state={state}>
        {(pages) => (
          <>
            {AWAITING.map((awaiting, i) => {
              const { items, total } = pages[i];
              const heading = t(WORDS[awaiting].heading);
              return (
                <section key={awaiting} aria-labelledby={`group-${awaiting}`}>
                  <h3 id={`group-${awaiting}`}>
                    {heading} <span className="count">({total})</span>
                  </h3>
                  {total === 0 ? (
                    <p>{t('none')}</p>
                  ) : (
                    <ProposalTable
                      caption={heading}
                      items={items}
                      columns={awaiting === 'department' ? [STAGE, AWAITED_COLUMN, UPDATED] : [STAGE, UPDATED]}
                    />
                  )}
                  {total > items.length && (
                    <p>
                      <Link href={`/proposals${query({ awaiting })}`}>{t(WORDS[awaiting].all)}</Link>
                    </p>
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
