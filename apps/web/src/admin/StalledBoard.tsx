// Stalled work, longest waiting first: escalation level, who is waited on, a link to the workflow in the
// Temporal UI; reassign one task to a person picked from its candidates, or all of an absent person's. Filters
// and page in the URL. Above it, what needs attention.
import { useState } from 'react';
import { get, post, query, type StalledItem, type Schemas } from '../api/client.js';
import { Link, useListQuery } from '../app/router.js';
import { Loaded, Notice, Problems, useLoad, useSubmit } from '../components/common.js';
import { SelectField } from '../components/fields.js';
import { Stage, TierLabel, When } from '../components/labels.js';
import { DepartmentFilter, Filters, StageFilter, TierFilter } from '../components/ListFilters.js';
import { ListTotal, Pager } from '../components/Pager.js';
import { recipientName } from '#domain/texts';
import { useI18n } from '../i18n/i18n.js';
import { AttentionList } from './AttentionList.js';
import { CandidateSelect } from './CandidateSelect.js';
import { ReassignAll } from './ReassignAll.js';
import { DataTable } from '../components/krds.js';

const SIZE = 20;

export function StalledBoard() {
  const { t } = useI18n();
  const list = useListQuery(['stage', 'tier', 'department', 'overdue'] as const);
  const { stage, tier, department, overdue } = list.values;
  const page = useLoad(
    () =>
      get<Schemas['StalledPageView']>(
        `/api/admin/stalled${query({ stage, tier, department, overdue, limit: SIZE, offset: (list.page - 1) * SIZE })}`,
      ),
    [stage, tier, department, overdue, list.page],
  );
  return (
    <section>
      <h1>{t('stalledTitle')}</h1>
      <Filters>
        <StageFilter id="f-stage" value={stage} onChange={list.set('stage')} />
        <TierFilter id="f-tier" value={tier} onChange={list.set('tier')} />
        <DepartmentFilter id="f-department" value={department} onChange={list.set('department')} />
        <SelectField id="f-overdue" label={t('overdue')} value={overdue} onChange={list.set('overdue')}>
          <option value="">{t('all')}</option>
          <option value="true">{t('overdue')}</option>
        </SelectField>
      </Filters>
      <Loaded state={page}>
        {({ attention, items, total }) => (
          <>
            <AttentionList items={attention} reload={page.reload} />
            {total === 0 ? (
              <p>{t('noStalled')}</p>
            ) : (
              <>
                <ListTotal total={total} page={list.page} size={SIZE} />
                <DataTable>
                  <caption>{t('stalledTitle')}</caption>
                  <thead>
                    <tr>
                      {(
                        [
                          'colTitle',
                          'colTask',
                          'colStage',
                          'colTier',
                          'colWaiting',
                          'colDue',
                          'colEscalation',
                          'colWaitedOn',
                          'colWorkflow',
                          'reassign',
                        ] as const
                      ).map((k) => (
                        <th key={k} scope="col">
                          {t(k)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => (
                      <StalledRow
                        key={`${item.type}-${item.taskId ?? item.proposalId}-${item.kind}`}
                        item={item}
                        reload={page.reload}
                      />
                    ))}
                  </tbody>
                </DataTable>
                <Pager total={total} page={list.page} size={SIZE} hrefOf={list.hrefOf} label={t('stalledTitle')} />
              </>
            )}
          </>
        )}
      </Loaded>
      <ReassignAll onDone={page.reload} />
    </section>
  );
}

function StalledRow({ item, reload }: { item: StalledItem; reload: () => void }) {
  const { t, tv, language } = useI18n();
  return (
    <tr className={item.overdue ? 'overdue' : undefined}>
      <th scope="row">
        <Link href={`/proposals/${item.proposalId}`}>{item.title}</Link> ({item.department})
      </th>
      <td>
        {tv(item.taskId ? 'kind' : 'wait', item.kind)}
        {item.domain && ` · ${tv('domain', item.domain)}`}
      </td>
      <td>
        <Stage status={item.stage} />
      </td>
      <td>
        <TierLabel tier={item.tier} />
      </td>
      <td>{item.waitingDays}</td>
      <td>
        <When iso={item.dueAt} /> {item.overdue && <strong className="krds-badge bg-danger">{t('overdue')}</strong>}
      </td>
      <td>{item.escalationLevel}</td>
      <td>{item.waitedOn.person ?? recipientName(item.waitedOn.group, language)}</td>
      <td>
        {item.workflowUrl && (
          <a href={item.workflowUrl} target="_blank" rel="noreferrer">
            {t('temporalLink')} <span className="visually-hidden">{item.title}</span>
          </a>
        )}
      </td>
      <td>{item.taskId && <ReassignTask taskId={item.taskId} title={item.title} reload={reload} />}</td>
    </tr>
  );
}

/** One task to a person picked from its candidates, loaded when the administrator opens the form. */
function ReassignTask({ taskId, title, reload }: { taskId: string; title: string; reload: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [assignee, setAssignee] = useState('');
  const form = useSubmit(['assignee']);
  const candidates = useLoad(
    () => (open ? get<Schemas['CandidatesView']>(`/api/admin/tasks/${taskId}/candidates`) : Promise.resolve(undefined)),
    [open, taskId],
  );
  if (!open)
    return (
      <button type="button" className="krds-btn medium secondary" onClick={() => setOpen(true)}>
        {t('reassign')} <span className="visually-hidden">{title}</span>
      </button>
    );
  return (
    <form
      ref={form.formRef}
      className="inline"
      onSubmit={(e) => {
        e.preventDefault();
        void form.run(
          () => post(`/api/admin/tasks/${taskId}/reassign`, { assignee } satisfies Schemas['ReassignDto']).then(reload),
          t('done'),
        );
      }}
    >
      <Problems messages={form.errors.general} />
      <Loaded state={candidates}>
        {(view) =>
          view && (
            <>
              <CandidateSelect
                id={`reassign-${taskId}`}
                label={`${t('reassignChoose')} (${title})`}
                candidates={view}
                value={assignee}
                onChange={setAssignee}
                errors={form.errors.fields.assignee}
                none={t('chooseCandidate')}
              />
              {view.candidates.length > 0 && (
                <button type="submit" className="krds-btn medium primary" disabled={form.busy || !assignee}>
                  {t('reassign')}
                </button>
              )}
            </>
          )
        }
      </Loaded>
      <Notice text={form.notice} />
    </form>
  );
}
