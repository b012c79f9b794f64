// How stages, tiers and dates read on every page.
import { formatDate, useI18n } from '../i18n/i18n.js';

export function Stage({ status }: { status: string }) {
  const { tv } = useI18n();
  return <span className={`stage stage-${status.toLowerCase()}`}>{tv('stage', status)}</span>;
}

export function TierLabel({ tier }: { tier: number | null | undefined }) {
  const { t, tv } = useI18n();
  return <span className="tier">{tier ? tv('tier', String(tier)) : t('none')}</span>;
}

export function When({ iso }: { iso: string | null | undefined }) {
  const { language } = useI18n();
  return iso ? <time dateTime={iso}>{formatDate(iso, language)}</time> : null;
}
