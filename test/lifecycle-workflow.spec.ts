// Every path of the lifecycle (DESIGN §2) on Temporal's time-skipping test server: months pass in a
// moment. In-memory activities; the real ones are covered by the end-to-end tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  type AuditEntry,
  claimTaskUpdate,
  editUpdate,
  CODE_VERSION_ATTRIBUTE,
  ESCALATED,
  NEXT_DUE_AT,
  recordDeploymentUpdate,
  render,
  reassignTaskUpdate,
  reportIncidentUpdate,
  reviseUpdate,
  STAGE,
  TIER,
  withdrawUpdate,
} from '#domain';
import type { FakePlan } from './support/fake-activities.js';
import {
  admin,
  expert,
  HISTORIES,
  LifecycleHarness,
  startTimeSkippingHarness,
  stopTimeSkippingHarness,
  manager,
  officers,
  otherManager,
  conflictedExpert,
  ownDepartmentExpert,
  type Run,
} from './support/lifecycle-harness.js';

let env: TestWorkflowEnvironment;
let harness: LifecycleHarness;
beforeAll(async () => ({ env, harness } = await startTimeSkippingHarness()));
afterAll(() => stopTimeSkippingHarness(env, harness));

/** Every entry of the system's own words has its detail, and says in English what the detail renders to. */
function expectDetailsRendered(audit: AuditEntry[]): void {
  expect(audit.filter((e) => e.actor === 'system' && e.rationale !== undefined && !e.detail)).toEqual([]);
  for (const entry of audit)
    if (entry.detail) expect([entry.action, entry.rationale]).toEqual([entry.action, render('en', entry.detail)]);
}

const withLifecycle = <T>(plans: FakePlan[], test: (run: Run) => Promise<T>) => harness.run(plans, test);

const TIER_1 = { tier: 1 as const, domains: ['technical' as const] };
const TIER_2 = { tier: 2 as const, domains: ['technical' as const, 'ethics_social' as const] };

async function approveThroughSignoff(run: Run, reviews = 1): Promise<void> {
  await run.decideAll('expert_review', 'approve', reviews);
  await run.decideAll('ethics_signoff', 'approve');
}

const deploy = (run: Run, evidence: Record<string, string> = {}) =>
  run.handle.executeUpdate(recordDeploymentUpdate, { args: [{ actor: manager, version: '1.0.0', evidence }] });

describe('to approval', () => {
  it('approve through: reviews, sign-off, APPROVED; the decision answers once the next stage is there', async () => {
    await withLifecycle([TIER_2], async (run) => {
      await run.decideAll('expert_review', 'approve', 2);
      expect((await run.state()).status).toBe('ETHICS_SIGNOFF');
      await run.decideAll('ethics_signoff', 'approve');
      expect((await run.state()).status).toBe('APPROVED');
      expect(run.activities.stages()).toEqual(['SUBMITTED', 'SCREENING', 'EXPERT_REVIEW', 'ETHICS_SIGNOFF', 'APPROVED']);
      expectDetailsRendered(run.activities.audit);
      const screened = run.activities.audit.find((e) => e.action === 'screened')!;
      expect(render('ko', screened.detail!)).toBe('영향 점수 0/1 (0%)에 따라 등급 II (보통)');
      await run.record('approved-tier-2');
    });
  });

  it('one revision round, scored again, then approved', async () => {
    await withLifecycle([TIER_1, TIER_2], async (run) => {
      const [review] = await run.open('expert_review');
      await run.decide(review, expert, 'request_changes', 'Explain the fallback for citizens without a phone.');
      expect((await run.state()).status).toBe('REVISION_REQUESTED');
      // Sent back, the proposal may be edited before the revision (DESIGN §5); once it is in, no more.
      const edit = {
        actor: manager,
        changes: { title: 'Welfare chatbot, with counter service' },
        answers: { sa_fallback: 'yes' },
      };
      expect(await run.handle.executeUpdate(editUpdate, { args: [edit] })).toBe('REVISION_REQUESTED');
      expect(run.activities.actions()).toContain('proposal_edited');
      const status = await run.handle.executeUpdate(reviseUpdate, {
        args: [{ actor: manager, reply: 'Added a phone line and counter service.', answers: { sa_fallback: 'yes' } }],
      });
      expect(status).toBe('EXPERT_REVIEW');
      const state = await run.state();
      expect(state).toMatchObject({ round: 2, tier: 2 }); // scored again: the tier, and with it the path, changed
      await approveThroughSignoff(run, 2);
      expect(run.activities.stages()).toEqual([
        'SUBMITTED',
        'SCREENING',
        'EXPERT_REVIEW',
        'REVISION_REQUESTED',
        'SCREENING',
        'EXPERT_REVIEW',
        'ETHICS_SIGNOFF',
        'APPROVED',
      ]);
      expect(run.activities.actions()).toContain('revision_submitted');
      await expect(run.handle.executeUpdate(editUpdate, { args: [edit] })).rejects.toMatchObject({
        cause: {
          type: 'BareunConflict',
          details: [{ code: 'stage_refuses_action', params: { stage: 'APPROVED', action: 'edit' } }],
        },
      });
      expectDetailsRendered(run.activities.audit);
      // A person's words are the rationale, with no detail; the system's name the domain in the reader's language.
      const revision = run.activities.audit.find((e) => e.action === 'revision_submitted')!;
      expect(revision.rationale).toBe('Added a phone line and counter service.');
      expect(revision.detail).toBeUndefined();
      const changes = run.activities.audit.find((e) => e.action === 'changes_requested')!;
      expect(render('ko', changes.detail!)).toBe('기술: Explain the fallback for citizens without a phone.');
      // The second screening's string reason (as older activities gave) is kept as it was.
      expect(run.activities.audit.filter((e) => e.action === 'screened').map((e) => e.rationale)).toEqual([
        'impact 0 of 1 (0%) gives tier I (low)',
        'tier 2',
      ]);
      await run.record('one-revision-round');
    });
  });

  it('changes requested after the last round reject the proposal, with that reason', async () => {
    await withLifecycle([TIER_1], async (run) => {
      for (let round = 1; round <= 3; round += 1) {
        await run.decideAll('expert_review', 'request_changes');
        if (round < 3) await run.handle.executeUpdate(reviseUpdate, { args: [{ actor: manager, reply: `round ${round}` }] });
      }
      expect((await run.state()).status).toBe('REJECTED');
      expect(run.activities.audit.find((e) => e.toStatus === 'REJECTED')).toMatchObject({ action: 'rounds_exhausted' });
    });
  });

  it('a reject rejects at once with the rationale, and cancels the round', async () => {
    await withLifecycle([TIER_2], async (run) => {
      const [first] = await run.open('expert_review', 2);
      await run.decide(first, expert, 'reject', 'Decides eligibility with no human in the loop.');
      const state = await run.state();
      expect(state.status).toBe('REJECTED');
      expect(state.tasks.map((t) => t.status).sort()).toEqual(['cancelled', 'completed']);
      expect(run.activities.audit.find((e) => e.toStatus === 'REJECTED')).toMatchObject({
        rationale: 'Decides eligibility with no human in the loop.',
      });
      await run.record('rejected-in-review');
    });
  });

  it('refuses what the rules refuse, leaving no trace: own department, a comment missing, a second completion', async () => {
    await withLifecycle([TIER_1], async (run) => {
      const [review] = await run.open('expert_review');
      await expect(run.decide(review, ownDepartmentExpert, 'approve')).rejects.toMatchObject({
        cause: { type: 'BareunForbidden', details: [{ code: 'own_department_review' }] },
      });
      await expect(run.decide(review, expert, 'request_changes', ' ')).rejects.toMatchObject({
        cause: {
          type: 'BareunInvalid',
          message: 'the decision Request changes needs a comment',
          details: [{ code: 'decision_needs_comment', params: { decision: 'request_changes' }, fields: [{ field: 'comment' }] }],
        },
      });
      await run.decide(review, expert, 'approve');
      await expect(run.decide(review, expert, 'approve')).rejects.toMatchObject({
        cause: { type: 'BareunConflict', details: [{ code: 'task_completed', params: { id: review.id } }] },
      });
      const history = await run.handle.fetchHistory();
      expect(history.events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(1);
    });
  });
});

describe('reassignment', () => {
  it('an administrator moves an open review to another expert, who decides it; the deadline goes on', async () => {
    await withLifecycle([TIER_1], async (run) => {
      const [review] = await run.open('expert_review');
      const other = { ...expert, id: 'lim.expert', name: '임하늘' };
      const reassign = (assignee: typeof expert) =>
        run.handle.executeUpdate(reassignTaskUpdate, { args: [{ taskId: review.id, actor: admin, assignee }] });
      expect(await reassign(other)).toMatchObject({ assignee: 'lim.expert', status: 'claimed', dueAt: review.dueAt });
      expect(run.activities.audit.at(-1)).toMatchObject({ action: 'task_reassigned', actor: admin.id });
      await run.decide(review, other, 'approve');
      expect((await run.state()).status).toBe('ETHICS_SIGNOFF');
      await run.record('reassignment');
    });
  });
});

describe('declared conflicts, checked by the validators as well as the API', () => {
  it('an expert who declared a conflict with the department may neither claim nor decide: no trace', async () => {
    await withLifecycle([TIER_1], async (run) => {
      const [review] = await run.open('expert_review');
      const claim = run.handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: review.id, actor: conflictedExpert }] });
      await expect(claim).rejects.toMatchObject({
        cause: { type: 'BareunForbidden', details: [{ code: 'conflict_declared_with_department' }] },
      });
      await expect(run.decide(review, conflictedExpert, 'approve')).rejects.toMatchObject({ cause: { type: 'BareunForbidden' } });
      const history = await run.handle.fetchHistory();
      expect(history.events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(0);
      await run.decide(review, expert, 'approve'); // the same expert without the conflict is eligible
    });
  });
});

describe("separation of duties, checked by the validators against the run's own tasks", () => {
  const dualRole = { ...expert, id: 'seo.dual', roles: ['foundation_expert', 'ethics_officer'] } as typeof expert;
  const updatesAccepted = async (run: Run) =>
    (await run.handle.fetchHistory()).events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;

  it('one expert of every domain decides one review of the round, and not the other: no trace', async () => {
    await withLifecycle([TIER_2], async (run) => {
      const [technical, ethics] = await run.open('expert_review', 2);
      await run.decide(technical, expert, 'approve');
      const claim = run.handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: ethics.id, actor: expert }] });
      await expect(claim).rejects.toMatchObject({
        cause: { type: 'BareunForbidden', details: [{ code: 'second_review_in_round', params: { round: 1, max: 1 } }] },
      });
      await expect(run.decide(ethics, expert, 'approve')).rejects.toMatchObject({
        cause: { type: 'BareunForbidden', details: [{ code: 'second_review_in_round' }] },
      });
      expect(await updatesAccepted(run)).toBe(1);
      expect((await run.state()).tasks.find((t) => t.id === ethics.id)).toMatchObject({ status: 'open', assignee: null });
    });
  });

  it('who reviewed the proposal does not sign it off, nor is given its seat by an administrator', async () => {
    await withLifecycle([TIER_1], async (run) => {
      const [review] = await run.open('expert_review');
      await run.decide(review, dualRole, 'approve');
      const [seat] = await run.open('ethics_signoff');
      await expect(run.decide(seat, dualRole, 'approve')).rejects.toMatchObject({
        cause: { type: 'BareunForbidden', details: [{ code: 'reviewer_signs_off' }] },
      });
      const reassign = run.handle.executeUpdate(reassignTaskUpdate, {
        args: [{ taskId: seat.id, actor: admin, assignee: dualRole }],
      });
      await expect(reassign).rejects.toMatchObject({ cause: { details: [{ code: 'assignee_separation_of_duties' }] } });
      expect(await updatesAccepted(run)).toBe(1);
      await run.decide(seat, officers[0], 'approve');
      expect((await run.state()).status).toBe('APPROVED');
    });
  });
});

describe('the ethics sign-off', () => {
  it('a committee by quorum: two of three seats approve, the third is cancelled; no officer holds two seats', async () => {
    await withLifecycle([{ tier: 3, domains: ['technical'] }], async (run) => {
      await run.decideAll('expert_review', 'approve');
      const seats = await run.open('ethics_signoff', 3);
      await run.decide(seats[0], officers[0], 'approve');
      await expect(run.decide(seats[1], officers[0], 'approve')).rejects.toMatchObject({ cause: { type: 'BareunConflict' } });
      await run.decide(seats[1], officers[1], 'approve');
      const state = await run.state();
      expect(state.status).toBe('APPROVED');
      expect(state.tasks.filter((t) => t.kind === 'ethics_signoff').map((t) => t.status)).toEqual([
        'completed',
        'completed',
        'cancelled',
      ]);
    });
  });

  it('a committee by unanimity: one reject among three seats rejects', async () => {
    await withLifecycle([{ tier: 4, domains: ['technical'] }], async (run) => {
      await run.decideAll('expert_review', 'approve');
      const seats = await run.open('ethics_signoff', 3);
      await run.decide(seats[0], officers[0], 'approve');
      await run.decide(seats[1], officers[1], 'reject', 'Too broad a use of biometric data.');
      expect((await run.state()).status).toBe('REJECTED');
    });
  });

  it('conditions: deployment without evidence for each is refused, with it accepted; the register entry follows', async () => {
    await withLifecycle([TIER_1], async (run) => {
      await run.decideAll('expert_review', 'approve');
      const [seat] = await run.open('ethics_signoff');
      await run.decide(seat, officers[0], 'approve_with_conditions', 'Approved on two conditions.', [
        'Notice on every page',
        'Quarterly bias report',
      ]);
      const { conditions, status } = await run.state();
      expect(status).toBe('APPROVED');
      expect(conditions.map((c) => c.text)).toEqual(['Notice on every page', 'Quarterly bias report']);

      const partial = { [conditions[0].id]: 'https://seoul.go.kr/notice.png' };
      await expect(deploy(run, partial)).rejects.toMatchObject({
        cause: {
          type: 'BareunInvalid',
          message: `evidence.${conditions[1].id} is required`,
          details: [{ code: 'field_required', fields: [{ field: `evidence.${conditions[1].id}` }] }],
        },
      });
      expect((await run.state()).status).toBe('APPROVED');

      const status2 = await deploy(run, { ...partial, [conditions[1].id]: 'First report filed 2026-12-01' });
      expect(status2).toBe('MONITORING');
      const state = await run.state();
      expect(state.conditions.every((c) => c.evidence)).toBe(true);
      expect(state.deployment).toMatchObject({ version: '1.0.0', by: manager.id });
      expect(run.activities.register).toEqual([{ status: 'in_use', reviewSummary: undefined }]);
      expect(run.activities.stages().slice(-3)).toEqual(['APPROVED', 'DEPLOYED', 'MONITORING']);
      await run.record('deployment-with-conditions');
    });
  });
});

describe('withdrawal', () => {
  const withdraw = (run: Run, actor = manager) =>
    run.handle.executeUpdate(withdrawUpdate, { args: [{ actor, reason: 'The project was cancelled.' }] });

  it.each([
    ['EXPERT_REVIEW', async (_run: Run) => {}],
    ['REVISION_REQUESTED', (run: Run) => run.decideAll('expert_review', 'request_changes')],
    ['ETHICS_SIGNOFF', (run: Run) => run.decideAll('expert_review', 'approve')],
    ['APPROVED', (run: Run) => approveThroughSignoff(run)],
  ])('in %s: every open task is cancelled and a later decision on one gets a conflict', async (stage, reach) => {
    await withLifecycle([TIER_1], async (run) => {
      await run.open('expert_review');
      await reach(run);
      expect((await run.state()).status).toBe(stage);
      await expect(withdraw(run, otherManager)).rejects.toMatchObject({ cause: { type: 'BareunForbidden' } });
      expect(await withdraw(run)).toBe('WITHDRAWN');
      const state = await run.state();
      expect(state.tasks.filter((t) => t.status === 'open' || t.status === 'claimed')).toEqual([]);
      const cancelled = state.tasks.find((t) => t.status === 'cancelled');
      if (cancelled) await expect(run.decide(cancelled, expert, 'approve')).rejects.toBeDefined();
      expect(run.activities.audit.at(-1)).toMatchObject({
        toStatus: 'WITHDRAWN',
        actor: manager.id,
        rationale: 'The project was cancelled.',
      });
      if (stage === 'REVISION_REQUESTED') await run.record('withdrawal');
    });
  });

  it("a cancel in Temporal is an administrator's withdrawal: the tasks close, the record says so", async () => {
    await withLifecycle([TIER_2], async (run) => {
      await run.open('expert_review', 2);
      await run.handle.cancel();
      expect(await run.handle.result()).toMatchObject({ status: 'WITHDRAWN' });
      expect(run.activities.openTasksOf('expert_review')).toEqual([]);
      expect(run.activities.audit.at(-1)).toMatchObject({
        toStatus: 'WITHDRAWN',
        actor: 'admin',
        detail: { code: 'audit_cancelled_in_temporal' },
      });
      await run.record('cancelled-in-temporal');
    });
  });

  it('a cancel in Temporal retires a system in operation, and the register says so', async () => {
    await withLifecycle([TIER_1], async (run) => {
      await approveThroughSignoff(run);
      await deploy(run);
      await run.handle.cancel();
      expect(await run.handle.result()).toMatchObject({ status: 'RETIRED' });
      expect(run.activities.register.at(-1)).toMatchObject({ status: 'retired' });
    });
  });

  it('is refused once deployed', async () => {
    await withLifecycle([TIER_1], async (run) => {
      await approveThroughSignoff(run);
      await deploy(run);
      await expect(withdraw(run)).rejects.toMatchObject({ cause: { type: 'BareunConflict' } });
    });
  });
});

describe('search attributes', () => {
  it('show where the lifecycle rests, written once per rest, and the code version the run follows, marked once', async () => {
    await withLifecycle([TIER_1], async (run) => {
      // Each decision after the UI shows the stage: a decision that came sooner would find no rest to write.
      const restsIn = async (stage: string) => {
        const deadline = Date.now() + 10_000;
        while ((await run.handle.describe()).typedSearchAttributes.get(STAGE) !== stage && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      await restsIn('EXPERT_REVIEW');
      await run.decideAll('expert_review', 'approve');
      await restsIn('ETHICS_SIGNOFF');
      await run.decideAll('ethics_signoff', 'approve');
      await restsIn('APPROVED');
      await deploy(run);
      const searchable = (await run.handle.describe()).typedSearchAttributes;
      expect(searchable.get(STAGE)).toBe('MONITORING');
      expect(searchable.get(TIER)).toBe(1);
      expect(searchable.get(ESCALATED)).toBe(false);
      expect(searchable.get(CODE_VERSION_ATTRIBUTE)).toBe(1);
      // In MONITORING the next due time is the re-audit's, 24 months on for tier I.
      const { nextReauditAt } = await run.state();
      expect(searchable.get(NEXT_DUE_AT)?.toISOString()).toBe(nextReauditAt);
      expect(Date.parse(nextReauditAt!) - (await env.currentTimeMs())).toBeGreaterThan(700 * 24 * 3600 * 1000);
      const events = (await run.handle.fetchHistory()).events ?? [];
      // The version's marker, with Temporal's own upsert of TemporalChangeVersion; then at rest in EXPERT_REVIEW,
      // ETHICS_SIGNOFF, APPROVED (awaiting the deployment) and MONITORING. The stages passed on the way
      // (SUBMITTED, SCREENING, DEPLOYED) are in the audit log, not upserted.
      expect(events.filter((e) => e.upsertWorkflowSearchAttributesEventAttributes)).toHaveLength(1 + 4);
      const markers = events.flatMap((e) => e.markerRecordedEventAttributes?.details?.['patch-data']?.payloads ?? []);
      expect(markers.map((p) => JSON.parse(Buffer.from(p.data!).toString()).id)).toEqual(['bareun-code-version-1']);
    });
  });
});

describe('deadlines', () => {
  it('an untouched review: a reminder at half its time, an escalation when due, another at each interval', async () => {
    await withLifecycle([TIER_1], async (run) => {
      const [review] = await run.open('expert_review');
      await env.sleep('6 days'); // due in 10, reminder at 5
      expect(run.activities.notifications.map((n) => n.kind)).toEqual(['reminder']);
      expect(run.activities.notifications[0].recipients).toEqual(['experts:technical']);
      await env.sleep('5 days'); // due passed
      expect(run.activities.tasks.get(review.id)!.escalationLevel).toBe(1);
      await env.sleep('2 days'); // the escalation interval
      const task = run.activities.tasks.get(review.id)!;
      expect(task.escalationLevel).toBe(2);
      const searchable = (await run.handle.describe()).typedSearchAttributes;
      expect(searchable.get(ESCALATED)).toBe(true);
      expect(searchable.get(NEXT_DUE_AT)?.toISOString()).toBe(task.dueAt);
      expect(searchable.get(STAGE)).toBe('EXPERT_REVIEW');
      const escalations = run.activities.notifications.filter((n) => n.kind === 'escalation');
      expect(escalations).toHaveLength(2);
      expect(escalations[0].recipients).toEqual(['experts:technical', 'admins']);
      expect(run.activities.audit.filter((e) => e.action === 'task_escalated')).toHaveLength(2);
      // Deciding stops the watch: no more escalations.
      await run.decide(review, expert, 'approve');
      await env.sleep('6 days');
      expect(run.activities.notifications.filter((n) => n.taskId === review.id && n.kind === 'escalation')).toHaveLength(2);
      await run.record('reminder-and-escalation');
    });
  });

  it('a remediation not answered by its deadline escalates, and past the second one the system is suspended', async () => {
    await withLifecycle([TIER_1], async (run) => {
      await approveThroughSignoff(run);
      await deploy(run);
      await env.sleep('731 days'); // tier I re-audits every 24 months
      await run.decideAll('reaudit', 'remediate');
      expect((await run.state()).status).toBe('REMEDIATION');
      await env.sleep('31 days');
      expect((await run.state()).departmentWait).toMatchObject({ kind: 'remediation', escalationLevel: 1 });
      expect(run.activities.notifications.filter((n) => n.kind === 'escalation').at(-1)!.recipients).toEqual([
        'managers:WELFARE',
        'admins',
      ]);
      await env.sleep('14 days');
      const state = await run.state();
      expect(state.status).toBe('SUSPENDED');
      expect(run.activities.register.at(-1)).toMatchObject({ status: 'suspended' });
      expect(run.activities.openTasksOf('reaudit')).toHaveLength(1); // suspended until a re-audit passes
      await run.record('remediation-and-suspension');
    });
  });
});

describe('in operation', () => {
  it('three re-audit cycles, each a continue-as-new; then retirement ends the workflow', async () => {
    await withLifecycle([TIER_1], async (run) => {
      await approveThroughSignoff(run);
      await deploy(run);
      const runIds = new Set<string>();
      for (let cycle = 1; cycle <= 3; cycle += 1) {
        await env.sleep('731 days');
        await run.decideAll('reaudit', 'pass');
        const description = await run.handle.describe();
        runIds.add(description.runId);
        expect(await run.state()).toMatchObject({ status: 'MONITORING', auditCycle: cycle });
      }
      expect(runIds.size).toBe(3); // a new run per cycle: the history stays bounded
      const firstRun = env.client.workflow.getHandle(run.handle.workflowId, [...runIds][0]);
      const events = (await firstRun.fetchHistory()).events!;
      expect(events.at(-1)!.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();
      await env.sleep('731 days');
      await run.decideAll('reaudit', 'retire');
      expect(await run.handle.result()).toMatchObject({ status: 'RETIRED' });
      expect(run.activities.register.at(-1)).toMatchObject({ status: 'retired' });
      await run.record('reaudit-cycles');
    });
  });

  it('incidents: low is noted, high opens a re-audit at once, critical suspends at once; a pass resumes', async () => {
    await withLifecycle([TIER_1], async (run) => {
      await approveThroughSignoff(run);
      await deploy(run);
      const report = (severity: 'low' | 'high' | 'critical', actor = manager) =>
        run.handle.executeUpdate(reportIncidentUpdate, { args: [{ actor, severity, description: `${severity} incident` }] });
      expect(await report('low')).toBe('MONITORING');
      expect(run.activities.actions()).toContain('incident_low');
      expect(await report('high')).toBe('REAUDIT');
      await run.decideAll('reaudit', 'pass');
      expect((await run.state()).status).toBe('MONITORING');
      expect(await report('critical', admin)).toBe('SUSPENDED');
      expect(run.activities.register.at(-1)).toMatchObject({ status: 'suspended' });
      await run.decideAll('reaudit', 'pass');
      expect((await run.state()).status).toBe('MONITORING');
      expect(run.activities.register.at(-1)).toMatchObject({ status: 'in_use' });
      await expect(report('low', otherManager)).rejects.toMatchObject({ cause: { type: 'BareunForbidden' } });
      await run.record('incidents');
    });
  });
});

it('replays every recorded history on the current workflow code without a determinism error', () => {
  const files = readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThan(0);
  const output = execFileSync(process.execPath, ['dist/scripts/replay-histories.js'], { encoding: 'utf8' });
  for (const file of files) expect(output).toContain(`replayed ${HISTORIES}/${file}`);
});

it('fails the replay of every recorded path when the code would schedule another activity at its last one', () => {
  // As if the code had changed what it does there: each file's last scheduled activity renamed. (A run that
  // only waited, the last of a chain that a test ended, has none: its start is the version marker's test.)
  const dir = mkdtempSync(join(tmpdir(), 'bareun-changed-'));
  const changed: string[] = [];
  for (const file of readdirSync(HISTORIES).filter((f) => f.endsWith('.json'))) {
    const { events } = JSON.parse(readFileSync(`${HISTORIES}/${file}`, 'utf8'));
    const activity = events.findLast((e: any) => e.activityTaskScheduledEventAttributes)?.activityTaskScheduledEventAttributes;
    if (!activity) continue;
    activity.activityType.name = 'somethingElse';
    writeFileSync(join(dir, file), JSON.stringify({ events }));
    changed.push(join(dir, file));
  }
  expect(changed.length).toBeGreaterThanOrEqual(14);
  const replay = spawnSync(process.execPath, ['dist/scripts/replay-histories.js', ...changed], { encoding: 'utf8' });
  for (const file of changed) expect(replay.stderr).toContain(`FAILED ${file}`);
});

it('refuses to run a run of a code version newer than the bundle', () => {
  // The same history as if a newer worker had started it: its version marker says 2.
  const marker = (version: number) =>
    Buffer.from(JSON.stringify({ id: `bareun-code-version-${version}`, deprecated: false })).toString('base64');
  const history = readFileSync(`${HISTORIES}/rejected-in-review.json`, 'utf8');
  expect(history).toContain(marker(1));
  const newer = join(mkdtempSync(join(tmpdir(), 'bareun-replay-')), 'newer.json');
  writeFileSync(newer, history.replace(marker(1), marker(2)));
  const replay = spawnSync(process.execPath, ['dist/scripts/replay-histories.js', newer], { encoding: 'utf8' });
  expect(replay.status).toBe(1);
  expect(replay.stderr).toContain('follows a code version newer than 1');
});
