// An absent colleague: pick them from the reviewers, see their open tasks, and give each to a person picked from
// its own candidates (or leave it). Those the new assignee may not take after all stay, with why.
import { type FormEvent, useState } from 'react';
import { get, post, query, type Schemas } from '../api/client.js';
import { Loaded, Problems, useLoad, useSubmit } from '../components/common.js';
import { SelectField } from '../components/fields.js';
import { When } from '../components/labels.js';
import { useI18n } from '../i18n/i18n.js';
import { CandidateSelect } from './CandidateSelect.js';

type User = Schemas['UserView'];
type HeldTask = Schemas['HeldTaskView'];

/** Every reviewer in the directory (experts and officers), page by page. */
async function reviewers(): Promise<User[]> {
  const people: User[] = [];
  for (const role of ['foundation_expert', 'ethics_officer']) {
    for (let offset = 0, total = 1; offset < total; offset += 200) {
      const page = await get<Schemas['UserPageView']>(`/api/admin/users${query({ role, limit: 200, offset })}`);
      people.push(...page.items.filter((p) => !people.some((q) => q.id === p.id)));
      total = page.total;
    }
  }
  return people.sort((a, b) => a.name.localeCompare(b.name));
}

export function ReassignAll({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const people = useLoad(reviewers, []);
  const [from, setFrom] = useState('');
  const [shown, setShown] = useState('');
  return (
    <section className="card" aria-labelledby="reassign-all-title">
      <h2 id="reassign-all-title">{t('reassignAllTitle')}</h2>
      <Loaded state={people}>
        {(list) => (
          <form
            className="inline"
            onSubmit={(e) => {
              e.preventDefault();
              setShown(from);
            }}
          >
            <SelectField id="reassign-from" label={t('reassignAllPerson')} value={from} onChange={setFrom} required>
              <option value="">{t('chooseCandidate')}</option>
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.id})
                </option>
              ))}
            </SelectField>
            <button type="submit" className="krds-btn medium secondary" disabled={!from}>
              {t('reassignAllShow')}
            </button>
          </form>
        )}
      </Loaded>
      {shown && <HeldTasks key={shown} personId={shown} onDone={onDone} />}
    </section>
  );
}

function HeldTasks({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t, tv } = useI18n();
  const held = useLoad(() => get<HeldTask[]>(`/api/admin/users/${encodeURIComponent(personId)}/tasks`), [personId]);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Schemas['ReassignAllView']>();
  const form = useSubmit(['assignments', 'assignee']);
  const assignments = Object.entries(chosen)
    .filter(([, assignee]) => assignee)
    .map(([taskId, assignee]) => ({ taskId, assignee }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.run(async () => {
      const body: Schemas['ReassignAllDto'] = { assignments };
      setResult(await post(`/api/admin/users/${encodeURIComponent(personId)}/reassign-all`, body));
      setChosen({});
      held.reload();
      onDone();
    });
  };
  return (
    <>
      <Loaded state={held}>
        {(tasks) =>
          tasks.length === 0 ? (
            <p>{t('reassignAllNone')}</p>
          ) : (
            <form ref={form.formRef} onSubmit={onSubmit} noValidate>
              <Problems messages={[...form.errors.general, ...(form.errors.fields.assignments ?? [])]} />
              <ul className="held-tasks">
                {tasks.map(({ task, proposal, candidates }) => (
                  <li key={task.id}>
                    <p>
                      <strong>{proposal.title}</strong> ({proposal.department}) · {tv('domain', task.domain)} ·{' '}
                      <When iso={task.dueAt} />
                    </p>
                    <CandidateSelect
                      id={`reassign-all-${task.id}`}
                      label={`${t('reassignChoose')} (${proposal.title})`}
                      candidates={candidates}
                      value={chosen[task.id] ?? ''}
                      onChange={(assignee) => setChosen({ ...chosen, [task.id]: assignee })}
                      none={t('reassignKeep')}
                    />
                  </li>
                ))}
              </ul>
              <button type="submit" className="krds-btn medium primary" disabled={form.busy || assignments.length === 0}>
                {t('reassignAllSend')}
              </button>
            </form>
          )
        }
      </Loaded>
      {result && (
        <div role="status">
          <h3>{t('reassignedAll')}</h3>
          <p>
            {t('reassign')}: {result.moved.length}
          </p>
          <ul>
            {result.refused.map((r) => (
              <li key={r.taskId}>{r.reason}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
