// How stages, tiers and dates read on every page: a stage and a tier as KRDS badges, a time the Korean way.
import { formatDateTime } from '../i18n/dates.js';
import { useI18n } from '../i18n/i18n.js';
import { Badge } from './krds.js';

const STAGE_TONE: Record<string, Parameters<typeof Badge>[0]['tone']> = {
  REVISION_REQUESTED: 'warning',
  REMEDIATION: 'warning',
  APPROVED: 'success',
  DEPLOYED: 'success',
  MONITORING: 'success',
  SUSPENDED: 'danger',
  REJECTED: 'danger',
  WITHDRAWN: 'gray',
  RETIRED: 'gray',
  DRAFT: 'gray',
};

export function Stage({ status }: { status: string }) {
  const { tv } = useI18n();
  return (
    <span className={`stage stage-${status.toLowerCase()}`}>
      <Badge tone={STAGE_TONE[status] ?? 'primary'}>{tv('stage', status)}</Badge>
    </span>
  );
}

export function TierLabel({ tier }: { tier: number | null | undefined }) {
  const { t, tv } = useI18n();
  return <span className="tier">{tier ? tv('tier', String(tier)) : t('none')}</span>;
}

export function When({ iso }: { iso: string | null | undefined }) {
  const { language } = useI18n();
  return iso ? <time dateTime={iso}>{formatDateTime(iso, language)}</time> : null;
}
