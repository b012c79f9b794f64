import { InitialSchema1764576000000 } from './1764576000000-initial-schema.js';
import { LifecycleRecords1796111200000 } from './1796111200000-lifecycle-records.js';
import { AuditChain1796200000000 } from './1796200000000-audit-chain.js';
import { IdempotencyKeys1796300000000 } from './1796300000000-idempotency-keys.js';
import { UserDirectory1796400000000 } from './1796400000000-user-directory.js';
import { WaitsAndDelivery1796500000000 } from './1796500000000-waits-and-delivery.js';
import { AuditAppendInSql1796600000000 } from './1796600000000-audit-append-in-sql.js';
import { AuditDetail1796750000000 } from './1796750000000-audit-detail.js';
import { RegisterTexts1796760000000 } from './1796760000000-register-texts.js';
import { ProposalAttention1796770000000 } from './1796770000000-proposal-attention.js';
import { NotificationLease1796816000000 } from './1796816000000-notification-lease.js';
import { DepartmentPublicContact1796900000000 } from './1796900000000-department-public-contact.js';
import { SubmissionRequested1796900010000 } from './1796900010000-submission-requested.js';
import { AuditHeadAndKeys1796920000000 } from './1796920000000-audit-head-and-keys.js';
import { AuditDigests1796920100000 } from './1796920100000-audit-digests.js';

/** In order; listed explicitly so the compiled app and the CLI load the same classes. */
export const MIGRATIONS = [
  InitialSchema1764576000000,
  LifecycleRecords1796111200000,
  AuditChain1796200000000,
  IdempotencyKeys1796300000000,
  UserDirectory1796400000000,
  WaitsAndDelivery1796500000000,
  AuditAppendInSql1796600000000,
  AuditDetail1796750000000,
  RegisterTexts1796760000000,
  ProposalAttention1796770000000,
  NotificationLease1796816000000,
  DepartmentPublicContact1796900000000,
  SubmissionRequested1796900010000,
  AuditHeadAndKeys1796920000000,
  AuditDigests1796920100000,
];
