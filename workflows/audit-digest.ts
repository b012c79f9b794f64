// The workflow the daily audit digest Schedule starts: one activity (activities/audit-digest.ts), retried a
// few times; a failure is the Schedule's to show, and tomorrow's run publishes that day's.
import { proxyActivities } from '@temporalio/workflow';
import type { AuditDigestActivities } from '#domain';

const { publishAuditDigest } = proxyActivities<AuditDigestActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '1 minute', maximumAttempts: 5 },
});

/** @public the worker runs it by name (AUDIT_DIGEST_WORKFLOW), from the workflow bundle */
export async function auditDigest(): Promise<{ day: string; chains: number; digestHash: string }> {
  return publishAuditDigest({});
}
