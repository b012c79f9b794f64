// The people a task may go to, to pick from (GET /api/admin/tasks/:id/candidates): least loaded first, each with
// their open tasks and nearest due time; below it who of the task's group may not take it, and why.
import type { Schemas } from '../api/client.js';
import { SelectField } from '../components/fields.js';
import { formatDateTime } from '../i18n/dates.js';
import { useI18n } from '../i18n/i18n.js';

type Candidates = Schemas['CandidatesView'];

interface Props {
  id: string;
  label: string;
  candidates: Candidates;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  /** The empty choice's words: "choose" for one task, "leave it" among an absent person's. */
  none: string;
}

export function CandidateSelect({ id, label, candidates, value, onChange, errors, none }: Props) {
  const { t, language } = useI18n();
  const load = (c: Candidates['candidates'][number]) =>
    `${c.name} (${c.id}) · ${t('candidateLoad')} ${c.openTasks}` +
    (c.nearestDueAt ? ` · ${t('candidateNearest')} ${formatDateTime(c.nearestDueAt, language)}` : '');
  return (
    <div className="candidates">
      {candidates.candidates.length === 0 ? (
        <p>{t('noCandidates')}</p>
      ) : (
        <SelectField id={id} label={label} value={value} onChange={onChange} errors={errors}>
          <option value="">{none}</option>
          {candidates.candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {load(c)}
            </option>
          ))}
        </SelectField>
      )}
      {candidates.excluded.length > 0 && (
        <details>
          <summary>
            {t('excludedCandidates')} ({candidates.excluded.length})
          </summary>
          <ul>
            {candidates.excluded.map((c) => (
              <li key={c.id}>
                {c.name} ({c.id}): {c.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
