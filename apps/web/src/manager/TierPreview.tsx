// The live score and tier of the answers as they stand, with the rules that decided it.
import type { Preview } from '../api/client.js';
import { TierLabel } from '../components/labels.js';
import { useI18n } from '../i18n/i18n.js';

export function TierPreview({ preview }: { preview?: Preview }) {
  const { t, tv, say } = useI18n();
  return (
    <aside className="preview" aria-labelledby="preview-title" aria-live="polite">
      <h2 id="preview-title">{t('preview')}</h2>
      {!preview ? (
        <p>{t('loading')}</p>
      ) : (
        <dl>
          <dt>{t('previewTier')}</dt>
          <dd data-testid="preview-tier">
            <TierLabel tier={preview.tier} />
          </dd>
          <dt>{t('previewScore')}</dt>
          <dd>{Math.round(preview.scores.final * 1000) / 10}%</dd>
          <dt>{t('previewReviews')}</dt>
          <dd>{preview.reviewDomains.map((d) => tv('domain', d)).join(', ')}</dd>
          <dt>{t('previewSignoff')}</dt>
          <dd>{tv('signoff', preview.signoff)}</dd>
          <dt>{t('reasons')}</dt>
          <dd>
            <ul>
              {preview.scores.reasonCodes.map((reason, i) => (
                <li key={i}>{say(reason)}</li>
              ))}
            </ul>
          </dd>
          <dt>{t('previewUnanswered')}</dt>
          <dd data-testid="preview-unanswered">{preview.unanswered.length}</dd>
        </dl>
      )}
    </aside>
  );
}
