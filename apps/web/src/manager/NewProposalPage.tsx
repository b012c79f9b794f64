// A new proposal starts as a draft with its own fields; the questionnaire follows on the edit page.
import { type FormEvent, useState } from 'react';
import { get, post, type Proposal, type Questionnaire, type Schemas } from '../api/client.js';
import { navigate } from '../app/router.js';
import { Loaded, Problems, useLoad, useSubmit } from '../components/common.js';
import { useI18n } from '../i18n/i18n.js';
import { emptyProfile, PROFILE_FIELDS, withoutBlanks } from './profile.js';
import { ProfileFields } from './ProfileFields.js';

export function NewProposalPage() {
  const { t } = useI18n();
  const questionnaire = useLoad(() => get<Questionnaire>('/api/questionnaire'), []);
  const [profile, setProfile] = useState(emptyProfile);
  const form = useSubmit(PROFILE_FIELDS);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.run(async () => {
      const created = await post<Proposal>('/api/proposals', {
        ...withoutBlanks(profile),
        answers: {},
      } satisfies Schemas['CreateProposalDto']);
      navigate(`/proposals/${created.id}/edit`);
    });
  };
  return (
    <section className="narrow">
      <h1>{t('newProposalTitle')}</h1>
      <Loaded state={questionnaire}>
        {(q) => (
          <form ref={form.formRef} onSubmit={onSubmit} noValidate>
            <Problems messages={form.errors.general} />
            <ProfileFields value={profile} onChange={setProfile} errors={form.errors.fields} areas={q.highImpactAreas} />
            <button type="submit" className="krds-btn medium primary" disabled={form.busy}>
              {t('createDraft')}
            </button>
          </form>
        )}
      </Loaded>
    </section>
  );
}
