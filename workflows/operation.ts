// After approval: the deployment record, then the system in operation — monitoring, re-audits at the
// tier's interval, remediation, suspension, retirement — and incidents at any point of it (DESIGN §2).
import { DAY_MS, isTaskOpen, message, type RegisterStatus } from '#domain';
import { endDepartmentWait, watchDepartment } from './deadlines.js';
import { openTasks } from './human-tasks.js';
import { activities, type By, type Lifecycle, now, type Why } from './lifecycle-context.js';

export type CycleEnd = 'next_cycle' | 'retired';

function publish(lc: Lifecycle, status: RegisterStatus, action: string): Promise<unknown> {
  lc.state.registerStatus = status;
  const entry = lc.entry('system', action, message('audit_register_status', { status }));
  const deployedVersion = lc.state.deployment!.version;
  const { proposalId, reviewSummary } = lc.state;
  return lc.writes.add(() => activities.publishRegisterEntry({ proposalId, status, deployedVersion, reviewSummary, entry }));
}

/** Which reviews and seats passed, for tier IV's published summary: outcomes only, never comments. */
function reviewSummaryOf(lc: Lifecycle): string | undefined {
  if (lc.state.tier !== 4) return undefined;
  const decided = lc.state.tasks.filter((t) => t.decision && t.kind !== 'reaudit');
  return decided
    .map((t) => `${t.kind === 'ethics_signoff' ? 'ethics sign-off' : t.domain} (round ${t.round}): ${t.decision!.decision}`)
    .join('; ');
}

export async function awaitDeployment(lc: Lifecycle): Promise<void> {
  watchDepartment(lc, () => lc.deploymentRequest !== undefined);
  await lc.waitFor(() => lc.deploymentRequest !== undefined);
  endDepartmentWait(lc);
  const request = lc.deploymentRequest!;
  const { actor, version, evidence } = request;
  if (lc.state.conditions.length > 0) {
    for (const condition of lc.state.conditions) condition.evidence = evidence[condition.id];
    const entry = lc.entry(
      request,
      'conditions_evidenced',
      lc.state.conditions.map((c) => `${c.text}: ${c.evidence}`).join('; '),
    );
    const { proposalId, conditions } = lc.state;
    await lc.writes.add(() => activities.recordConditions({ proposalId, conditions, entry }));
  }
  lc.state.deployment = { version, at: new Date().toISOString(), by: actor.id };
  lc.state.reviewSummary = reviewSummaryOf(lc);
  await lc.moveTo('DEPLOYED', request, 'deployed', message('audit_deployed_version', { version }));
  await publish(lc, 'in_use', 'register_published');
  const interval = message('audit_reaudit_interval', { months: lc.requirePlan.reauditMonths });
  await startMonitoring(lc, 'system', 'monitoring_started', interval);
}

/** Into MONITORING until the next re-audit, due the tier's months from now. */
async function startMonitoring(lc: Lifecycle, by: By, action: string, why?: Why): Promise<void> {
  lc.state.nextReauditAt = new Date(monthsLater(lc.requirePlan.reauditMonths)).toISOString();
  await lc.moveTo('MONITORING', by, action, why);
}

/** The system is retired: by the re-audit's decision, or by an administrator's cancel in Temporal. */
export async function retire(lc: Lifecycle, by: By, why?: Why): Promise<void> {
  await lc.moveTo('RETIRED', by, 'retired', why);
  await publish(lc, 'retired', 'register_retired');
}

async function suspend(lc: Lifecycle, by: By, action: string, why: Why): Promise<void> {
  if (lc.state.status !== 'SUSPENDED') await lc.moveTo('SUSPENDED', by, action, why);
  if (lc.state.registerStatus !== 'suspended') await publish(lc, 'suspended', 'register_suspended');
}

/**
 * Waits for `ready` until `until` (ms), acting on incidents as they come: low is noted; high asks for a
 * re-audit at once; critical suspends at once and asks for one. True when ready, false at the deadline.
 */
async function waitActingOnIncidents(lc: Lifecycle, ready: () => boolean, until?: number): Promise<boolean> {
  for (;;) {
    const done = await lc.waitFor(() => ready() || lc.incidents.length > 0, until === undefined ? undefined : until - now());
    while (lc.incidents.length > 0) {
      const incident = lc.incidents.shift()!;
      const { severity, description } = incident;
      await lc.note(incident, `incident_${severity}`, description);
      if (severity !== 'low') lc.reauditNow = true;
      if (severity === 'critical') await suspend(lc, incident, 'suspended_after_incident', description);
    }
    if (ready()) return true;
    if (!done && until !== undefined && now() >= until) return false;
  }
}

function monthsLater(months: number): number {
  const date = new Date(now());
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

/** One audit cycle: monitoring until the re-audit is due (or an incident calls for it), then the re-audit. */
export async function auditCycle(lc: Lifecycle): Promise<CycleEnd> {
  const plan = lc.requirePlan;
  if (lc.state.status === 'MONITORING') {
    const due = lc.state.nextReauditAt ? Date.parse(lc.state.nextReauditAt) : monthsLater(plan.reauditMonths);
    await waitActingOnIncidents(lc, () => lc.reauditNow, due);
    lc.state.nextReauditAt = undefined;
    if (lc.state.status === 'MONITORING') {
      await lc.moveTo(
        'REAUDIT',
        'system',
        lc.reauditNow ? 'reaudit_after_incident' : 'reaudit_due',
        message('audit_cycle', { cycle: lc.state.auditCycle + 1 }),
      );
    }
  }
  // A run continued as new in REMEDIATION resumes its wait; in REAUDIT or SUSPENDED, its open re-audit.
  if (lc.state.status === 'REMEDIATION') await awaitRemediation(lc);
  for (;;) {
    lc.reauditNow = false;
    const open = lc.state.tasks.find((t) => t.kind === 'reaudit' && isTaskOpen(t));
    const task = open ?? (await openTasks(lc, ['technical']))[0];
    await waitActingOnIncidents(lc, () => task.status === 'completed');
    const { decision, by, comment } = task.decision!;
    switch (decision) {
      case 'pass':
        if (lc.state.registerStatus === 'suspended') await publish(lc, 'in_use', 'register_resumed');
        lc.state.auditCycle += 1;
        await startMonitoring(lc, by, 'reaudit_passed', comment);
        return 'next_cycle';
      case 'retire':
        await retire(lc, by, comment);
        return 'retired';
      case 'suspend':
        await suspend(lc, by, 'suspended_at_reaudit', comment);
        break; // suspended until a re-audit passes: the next one opens now
      case 'remediate':
        await remediation(lc, by, comment);
        break;
    }
  }
}

/**
 * The department answers a remediation by the policy's deadline (reminded, then escalated); past a second
 * deadline the system is suspended. Either way a re-audit follows.
 */
async function remediation(lc: Lifecycle, by: string, why: string): Promise<void> {
  lc.revised = false; // before the move: a remediation sent while it is written counts
  await lc.moveTo('REMEDIATION', by, 'remediation_requested', why);
  await awaitRemediation(lc);
}

async function awaitRemediation(lc: Lifecycle): Promise<void> {
  const { remediationDays, remediationGraceDays } = lc.requirePlan.deadlines;
  // Escalated until the second deadline, where suspension takes over from escalation.
  const wait = watchDepartment(lc, () => lc.revised, remediationDays + remediationGraceDays);
  const answered = await waitActingOnIncidents(
    lc,
    () => lc.revised || lc.state.status === 'SUSPENDED',
    Date.parse(wait.dueAt) + remediationGraceDays * DAY_MS,
  );
  endDepartmentWait(lc);
  if (answered && lc.revised) {
    await lc.moveTo('REAUDIT', 'system', 'remediation_received');
  } else if (lc.state.status !== 'SUSPENDED') {
    await suspend(
      lc,
      'system',
      'suspended_remediation_missed',
      message('audit_remediation_missed', { days: remediationDays + remediationGraceDays }),
    );
  }
}
