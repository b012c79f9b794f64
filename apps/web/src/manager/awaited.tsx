// What the department is asked to do in each stage that waits on it (the stage table's waitsOn: department), and
// the column that says it in the department's lists.
import type { Column } from '../components/ProposalTable.js';
import { type MessageKey, useI18n } from '../i18n/i18n.js';

export const AWAITED: Record<string, MessageKey> = {
  DRAFT: 'awaited_DRAFT',
  REVISION_REQUESTED: 'awaited_REVISION_REQUESTED',
  APPROVED: 'awaited_APPROVED',
  REMEDIATION: 'awaited_REMEDIATION',
};

function Awaited({ status }: { status: string }) {
  const { t } = useI18n();
  return <>{t(AWAITED[status] ?? 'awaitedNothing')}</>;
}

export const AWAITED_COLUMN: Column = { header: 'colAwaited', cell: (p) => <Awaited status={p.status} /> };
