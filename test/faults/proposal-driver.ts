// One department's proposal taken through the lifecycle over HTTP while the system is being broken. The
// driver reads where the proposal stands and takes the next step its plan calls for; any answer that is not
// a success (503 while PostgreSQL or Temporal is away, 409 for a step that already applied, a dropped
// connection) just means: look again. So a step whose answer was lost is never mistaken for one not taken.
import { randomUUID } from 'node:crypto';
import type { Random } from '../support/seeded-random.js';
import type { System } from '../support/system.js';
import { lowRiskDraft } from '../support/proposals.js';

export type Plan = 'approve' | 'reject' | 'withdraw';

/** The stage each plan's decisions lead to. */
export const FINAL_STATUS: Record<Plan, string> = { approve: 'MONITORING', reject: 'REJECTED', withdraw: 'WITHDRAWN' };

export interface Driven {
  id: string;
  plan: Plan;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ProposalDriver {
  constructor(
    private readonly system: System,
    private readonly random: Random,
  ) {}

  async drive(plan: Plan, deadline: number): Promise<Driven> {
    // The key makes a create whose answer was lost come back as the same draft, not a second one.
    const key = randomUUID();
    const id = await this.untilOk<{ id: string }>(deadline, () =>
      this.system.call('POST', '/api/proposals', {
        as: 'kim.manager',
        body: lowRiskDraft(),
        headers: { 'idempotency-key': key },
      }),
    ).then((body) => body.id);
    for (let status: string | undefined; ;) {
      if (Date.now() > deadline)
        throw new Error(`proposal ${id} (${plan}) did not reach ${FINAL_STATUS[plan]} in time; it stands at ${status}`);
      status = await this.statusOf(id);
      if (status === FINAL_STATUS[plan]) return { id, plan };
      await this.step(id, plan, status).catch(() => undefined); // refused or cut: look again
      await sleep(this.random.between(300, 2_000));
    }
  }

  private async step(id: string, plan: Plan, status: string | undefined): Promise<void> {
    const call = this.system.call.bind(this.system);
    // A submit answered 503 leaves the draft SUBMITTED with perhaps no workflow yet: repeating it starts one.
    if (status === 'DRAFT' || status === 'SUBMITTED') await call('POST', `/api/proposals/${id}/submit`, { as: 'kim.manager' });
    if (status === 'EXPERT_REVIEW' && plan === 'withdraw')
      await call('POST', `/api/proposals/${id}/withdraw`, { as: 'kim.manager', body: { reason: 'No longer planned.' } });
    if (status === 'EXPERT_REVIEW' && plan !== 'withdraw') {
      const task = await this.openTask(id, 'expert_review', 'park.expert');
      if (task?.status === 'open') await call('POST', `/api/tasks/${task.id}/claim`, { as: 'park.expert' });
      if (task?.status === 'claimed')
        await call('POST', `/api/tasks/${task.id}/complete`, {
          as: 'park.expert',
          body: { decision: plan, comment: `Reviewed under faults: ${plan}.` },
        });
    }
    if (status === 'ETHICS_SIGNOFF') {
      const task = await this.openTask(id, 'ethics_signoff', 'jung.officer');
      if (task)
        await call('POST', `/api/tasks/${task.id}/complete`, {
          as: 'jung.officer',
          body: { decision: 'approve', comment: 'Signed off under faults.' },
        });
    }
    if (status === 'APPROVED')
      await call('POST', `/api/proposals/${id}/deployment`, { as: 'kim.manager', body: { version: '1.0.0', evidence: {} } });
  }

  private async openTask(proposalId: string, kind: string, as: 'park.expert' | 'jung.officer') {
    const inbox = await this.system.call('GET', `/api/tasks?kind=${kind}&limit=200`, { as });
    if (inbox.status !== 200) return undefined;
    return (inbox.body as { id: string; proposalId: string; status: string }[]).find((t) => t.proposalId === proposalId);
  }

  private async statusOf(id: string): Promise<string | undefined> {
    const reply = await this.system.call('GET', `/api/proposals/${id}`, { as: 'kim.manager' }).catch(() => undefined);
    return reply?.status === 200 ? reply.body.status : undefined;
  }

  private async untilOk<T>(deadline: number, send: () => Promise<{ status: number; body: T }>): Promise<T> {
    for (;;) {
      const reply = await send().catch(() => undefined);
      if (reply && reply.status < 300) return reply.body;
      if (Date.now() > deadline) throw new Error(`no success before the deadline; last: ${reply?.status}`);
      await sleep(this.random.between(300, 1_000));
    }
  }
}
