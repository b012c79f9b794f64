// Writing the proposal: its fields, the questionnaire by section, the live tier preview; save and submit.
import { type FormEvent, useEffect, useState } from 'react';
import { type Answers, get, patch, post, type Preview, type Proposal, type Questionnaire, type Schemas } from '../api/client.js';
import { navigate } from '../app/router.js';
import { Loaded, Notice, Problems, useLoad, useSubmit } from '../components/common.js';
import { useI18n } from '../i18n/i18n.js';
import { type Profile, PROFILE_FIELDS, profileOf, withoutBlanks } from './profile.js';
import { ProfileFields } from './ProfileFields.js';
import { QuestionnaireForm } from './QuestionnaireForm.js';
import { TierPreview } from './TierPreview.js';

export function ProposalEditPage({ id }: { id: string }) {
  const state = useLoad(
    () => Promise.all([get<Proposal>(`/api/proposals/${id}`), get<Questionnaire>('/api/questionnaire')]),
    [id],
  );
  return (
    <Loaded state={state}>{([proposal, questionnaire]) => <Editor proposal={proposal} questionnaire={questionnaire} />}</Loaded>
  );
}

function Editor({ proposal, questionnaire }: { proposal: Proposal; questionnaire: Questionnaire }) {
  const { t } = useI18n();
  const [profile, setProfile] = useState<Profile>(() => profileOf(proposal));
  const [answers, setAnswers] = useState<Answers>(proposal.answers as Answers);
  const [preview, setPreview] = useState<Preview>();
  const questionFields = questionnaire.sections.flatMap((s) => s.questions.map((q) => `answers.${q.id}`));
  const form = useSubmit([...PROFILE_FIELDS, ...questionFields]);

  // The preview follows the answers, a moment after the typing stops.
  useEffect(() => {
    const timer = setTimeout(() => {
      const { automation, highImpactArea, personalData, affectsVulnerableGroups } = profile;
      const body: Schemas['AssessmentPreviewDto'] = {
        answers,
        automation,
        highImpactArea,
        personalData,
        affectsVulnerableGroups,
      };
      post<Preview>(`/api/proposals/${proposal.id}/assessment/preview`, body).then(setPreview, () => undefined);
    }, 300);
    return () => clearTimeout(timer);
  }, [answers, profile, proposal.id]);

  const save = () =>
    patch<Proposal>(`/api/proposals/${proposal.id}`, {
      ...withoutBlanks(profile),
      answers,
    } satisfies Schemas['UpdateProposalDto']);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.run(async () => {
      await save();
      await post<Proposal>(`/api/proposals/${proposal.id}/submit`);
      navigate(`/proposals/${proposal.id}`);
    });
  };
  const fields = form.errors.fields;
  return (
    <section>
      <h1>
        {t('editTitle')}: {proposal.title}
      </h1>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="with-aside">
        <div>
          <Problems messages={form.errors.general} />
          <ProfileFields value={profile} onChange={setProfile} errors={fields} areas={questionnaire.highImpactAreas} />
          <QuestionnaireForm
            questionnaire={questionnaire}
            answers={answers}
            onChange={(next, changed) => (setAnswers(next), form.clear(`answers.${changed}`))}
            errors={fields}
            tier={preview?.tier}
          />
          <div className="actions">
            <button
              type="button"
              className="krds-btn medium secondary"
              disabled={form.busy}
              onClick={() => void form.run(save, t('saved'))}
            >
              {t('save')}
            </button>
            {proposal.allowedActions.includes('submit') && (
              <button type="submit" className="krds-btn medium primary" disabled={form.busy}>
                {t('submit')}
              </button>
            )}
          </div>
          <Notice text={form.notice} />
        </div>
        <TierPreview preview={preview} />
      </form>
    </section>
  );
}
