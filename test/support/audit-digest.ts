// Publishing the audit digest now, as the worker's daily Schedule does at its hour: a trigger of the Schedule
// the system's worker made for its task queue.
import { Client, Connection } from '@temporalio/client';
import { auditDigestScheduleId } from '#temporal';
import type { System } from './system.js';

/** The Schedule's handle, once the worker (which makes it as it starts) has made it; `close` ends the connection. */
export async function auditDigestSchedule(system: System) {
  const connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
  const handle = new Client({ connection }).schedule.getHandle(auditDigestScheduleId(system.taskQueue));
  const made = () =>
    handle.describe().then(
      () => true,
      () => false,
    );
  await system.eventually(made, Boolean);
  return { handle, close: () => connection.close() };
}

/** Triggers the Schedule and waits until a digest newer than the current newest is published; its hash. */
export async function publishAuditDigest(system: System): Promise<string> {
  const before = await system.call('GET', '/api/register/audit-digest');
  const schedule = await auditDigestSchedule(system);
  try {
    await schedule.handle.trigger();
  } finally {
    await schedule.close();
  }
  const after = await system.eventually(
    () => system.call('GET', '/api/register/audit-digest'),
    (reply) => reply.status === 200 && reply.body.digestHash !== before.body?.digestHash,
  );
  return after.body.digestHash;
}
