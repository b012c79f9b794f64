// The impact assessment by section, each question with its answer control; required answers are marked
// (fundamental-rights items once the expected tier reaches III), and the API's messages sit beside them.
import type { Answers, Question, Questionnaire } from '../api/client.js';
import { FieldErrors } from '../components/common.js';
import { RequiredMark, TextField } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';

interface Props {
  questionnaire: Questionnaire;
  answers: Answers;
  onChange: (answers: Answers, changed: string) => void;
  errors: Record<string, string[]>;
  tier?: number;
}

const isRequired = (q: Question, tier?: number) => q.required && (!q.requiredFromTier || (tier ?? 0) >= q.requiredFromTier);

export function QuestionnaireForm({ questionnaire, answers, onChange, errors, tier }: Props) {
  const { t, label } = useI18n();
  const set = (id: string, value: string | string[]) => onChange({ ...answers, [id]: value }, id);
  return (
    <div className="questionnaire">
      <h2>{t('questionnaire')}</h2>
      {questionnaire.sections.map((section) => (
        <fieldset key={section.id} className="section">
          <legend>{label(section.title)}</legend>
          {section.questions.map((q) => (
            <QuestionField
              key={q.id}
              question={q}
              value={answers[q.id]}
              onChange={(v) => set(q.id, v)}
              errors={errors[`answers.${q.id}`]}
              required={isRequired(q, tier)}
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}

interface FieldProps {
  question: Question;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  errors?: string[];
  required: boolean;
}

function QuestionField({ question: q, value, onChange, errors, required }: FieldProps) {
  const { label } = useI18n();
  const id = `q-${q.id}`;
  if (q.kind === 'text') {
    return (
      <TextField
        id={id}
        label={label(q.text)}
        value={typeof value === 'string' ? value : ''}
        onChange={onChange}
        errors={errors}
        required={required}
        multiline
      />
    );
  }
  const chosen = Array.isArray(value) ? value : value ? [value] : [];
  const toggle = (option: string, on: boolean) =>
    q.kind === 'single' ? onChange(option) : onChange(on ? [...chosen, option] : chosen.filter((o) => o !== option));
  return (
    <fieldset
      className="question"
      aria-describedby={errors?.length ? `${id}-errors` : undefined}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend>
        {label(q.text)} <RequiredMark required={required} />
      </legend>
      {q.options.map((o) => (
        <div key={o.id} className="krds-form-check">
          <input
            id={`${id}-${o.id}`}
            type={q.kind === 'single' ? 'radio' : 'checkbox'}
            name={id}
            value={o.id}
            checked={chosen.includes(o.id)}
            onChange={(e) => toggle(o.id, e.target.checked)}
          />
          <label htmlFor={`${id}-${o.id}`}>{label(o.label)}</label>
        </div>
      ))}
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </fieldset>
  );
}
