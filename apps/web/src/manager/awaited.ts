// What the department is asked to do in each stage that waits on it (the stage table's waitsOn: department).
import type { MessageKey } from '../i18n/i18n.js';

export const AWAITED: Record<string, MessageKey> = {
  DRAFT: 'awaited_DRAFT',
  REVISION_REQUESTED: 'awaited_REVISION_REQUESTED',
  APPROVED: 'awaited_APPROVED',
  REMEDIATION: 'awaited_REMEDIATION',
};
