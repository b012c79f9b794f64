// A proposal left untouched for ten simulated years in each phase: every run of its workflow stays under the
// history's bound, reminders and escalations stop at the policy's levels, and the proposal still takes a
// decision afterwards. Run with the default bound, and with a small one that makes every phase continue as new.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { type HumanTask, type Notification, policyFor, recordDeploymentUpdate, reviseUpdate } from '#domain';
import type { FakePlan } from './support/fake-activities.js';
import {
  LifecycleHarness,
  startTimeSkippingHarness,
  stopTimeSkippingHarness,
  manager,
  type Run,
} from './support/lifecycle-harness.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const TEN_YEARS_MS = 3653 * DAY_MS;
/** The time-skipping server ends a run at ten years of age, whatever its timeout says (a real server never does). */
const SERVER_CAP_MS = 3650 * DAY_MS;
const DEFAULT_BOUND = 2000;
/** Small enough that every phase passes it in ten idle years. */
const SMALL_BOUND = 40;
/**
 * What a run may add past the bound before it is at rest and continues as new: the deadlines of up to five items
 * falling due together, each a timer, a write and a delivery (about 15 events with their workflow tasks).
 */
const ONE_REST = 100;
const { escalationLevels } = policyFor('2026.1').deadlines;

let env: TestWorkflowEnvironment;
let harness: LifecycleHarness;
beforeAll(async () => ({ env, harness } = await startTimeSkippingHarness()));
afterAll(() => stopTimeSkippingHarness(env, harness));

const TIER_1: FakePlan = { tier: 1, domains: ['technical'] };
const TIER_4: FakePlan = { tier: 4, domains: ['technical', 'ethics_social', 'privacy_legal', 'accessibility', 'external'] };
const officersOf = (run: Run) => run.decideAll('ethics_signoff', 'approve');
const deploy = (run: Run) =>
  run.handle.executeUpdate(recordDeploymentUpdate, { args: [{ actor: manager, version: '1.0.0', evidence: {} }] });

/** For each waited-on item (a task, or the department's wait), its reminders and escalation levels, in order. */
function deadlinesSent(notifications: Notification[], tasks: HumanTask[]): { reminders: number; levels: number }[] {
  const items = [...tasks.map((t) => t.id), undefined];
  return items
    .map((taskId) => notifications.filter((n) => n.taskId === taskId && (n.kind === 'reminder' || n.kind === 'escalation')))
    .filter((sent) => sent.length > 0)
    .map((sent) => ({
      reminders: sent.filter((n) => n.kind === 'reminder').length,
      levels: sent.filter((n) => n.kind === 'escalation').length,
    }));
}

interface Phase {
  name: string;
  plan: FakePlan;
  /** Brings the proposal to the phase, where it is then left alone. */
  reach(run: Run): Promise<void>;
  /** The stage it rests in after ten years, and the decision that moves it on from there. */
  restsIn: string;
  decide(run: Run): Promise<void>;
  movesTo: string;
  /** The escalation levels each item reached (the remediation's stop where suspension takes over). */
  levels?: number;
}

const PHASES: Phase[] = [
  {
    name: 'tier IV review, five reviews never decided',
    plan: TIER_4,
    reach: async (run) => void (await run.open('expert_review', 5)),
    restsIn: 'EXPERT_REVIEW',
    decide: (run) => run.decideAll('expert_review', 'approve', 5),
    movesTo: 'ETHICS_SIGNOFF',
  },
  {
    name: 'revision never sent',
    plan: TIER_1,
    reach: (run) => run.decideAll('expert_review', 'request_changes'),
    restsIn: 'REVISION_REQUESTED',
    decide: async (run) => void (await run.handle.executeUpdate(reviseUpdate, { args: [{ actor: manager, reply: 'at last' }] })),
    movesTo: 'EXPERT_REVIEW',
  },
  {
    name: 'sign-off never given',
    plan: TIER_1,
    reach: (run) => run.decideAll('expert_review', 'approve'),
    restsIn: 'ETHICS_SIGNOFF',
    decide: officersOf,
    movesTo: 'APPROVED',
  },
  {
    name: 'approved, deployment never recorded',
    plan: TIER_1,
    reach: async (run) => {
      await run.decideAll('expert_review', 'approve');
      await officersOf(run);
    },
    restsIn: 'APPROVED',
    decide: async (run) => void (await deploy(run)),
    movesTo: 'MONITORING',
  },
  {
    name: 'in operation, the re-audit that comes due never decided',
    plan: TIER_1,
    reach: async (run) => {
      await run.decideAll('expert_review', 'approve');
      await officersOf(run);
      await deploy(run);
    },
    restsIn: 'REAUDIT',
    decide: (run) => run.decideAll('reaudit', 'pass'),
    movesTo: 'MONITORING',
  },
  {
    name: 'remediation never answered, then suspended with its re-audit never decided',
    plan: TIER_1,
    reach: async (run) => {
      await run.decideAll('expert_review', 'approve');
      await officersOf(run);
      await deploy(run);
      await env.sleep('731 days'); // tier I re-audits every 24 months
      await run.decideAll('reaudit', 'remediate');
    },
    restsIn: 'SUSPENDED',
    decide: (run) => run.decideAll('reaudit', 'pass'),
    movesTo: 'MONITORING',
    levels: 3, // remediation: due at day 30, then 32 and 36; at day 44 suspension takes over
  },
];

describe.each([
  ['the default bound', DEFAULT_BOUND],
  ['a small bound, so that every phase continues as new', SMALL_BOUND],
])('ten untouched years with %s', (_, bound) => {
  it.each(PHASES)('$name', async (phase) => {
    await harness.run(
      [phase.plan],
      async (run) => {
        await phase.reach(run);
        // Ten years; a single run (the default bound) stops short of the test server's cap.
        const age = (await env.currentTimeMs()) - (await run.handle.describe()).startTime.getTime();
        await env.sleep(bound === DEFAULT_BOUND ? Math.min(TEN_YEARS_MS, SERVER_CAP_MS - age - DAY_MS) : TEN_YEARS_MS);
        expect((await run.state()).status).toBe(phase.restsIn);

        const lengths = (await run.histories()).map((history) => history.events?.length ?? 0);
        for (const length of lengths) expect(length).toBeLessThanOrEqual(bound + ONE_REST);
        if (bound === SMALL_BOUND) expect(lengths.length).toBeGreaterThan(1);
        // The audit head goes over to each next run with the state: it still counts every entry written.
        expect((await run.state()).auditHead).toEqual({
          entries: run.activities.audit.length,
          lastHash: run.activities.audit.at(-1)!.id,
        });

        // Each item: one reminder, then escalations up to the policy's last level, and no more in ten years.
        const sent = deadlinesSent(run.activities.notifications, [...run.activities.tasks.values()]);
        expect(sent.length).toBeGreaterThan(0);
        for (const item of sent) expect(item.reminders).toBe(1);
        const levels = sent.map((item) => item.levels);
        if (phase.levels === undefined) expect(levels.every((l) => l === escalationLevels)).toBe(true);
        else expect(levels).toContain(phase.levels);
        expect(Math.max(...levels)).toBeLessThanOrEqual(escalationLevels);

        // The decision afterwards, with the default bound: on the time-skipping server a run that continued as
        // new just after an Update's writes wedged its next workflow task ("workflow execution already completed").
        if (bound === SMALL_BOUND) {
          if (phase.plan === TIER_4) await run.record('review-continued-as-new');
          return;
        }
        await phase.decide(run);
        expect((await run.state()).status).toBe(phase.movesTo);
      },
      { continueAsNewAfterEvents: bound },
    );
  });
});
