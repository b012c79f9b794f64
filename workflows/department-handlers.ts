// The department's Updates: edit, revise, withdraw, record deployment, report an incident. Each validator
// refuses what does not apply now (a clear error, nothing recorded); each handler hands the request to
// the main line and answers once the lifecycle has acted on it.
import { setHandler } from '@temporalio/workflow';
import {
  answerProblems,
  type DepartmentAction,
  departmentActionRefusal,
  departmentMay,
  editUpdate,
  evidenceProblems,
  type ProposalStatus,
  recordDeploymentUpdate,
  type Refusal,
  reportIncidentUpdate,
  reviseUpdate,
  withdrawUpdate,
} from '#domain';
import { refuse, render } from '#domain/texts';
import { refusalFailure } from './human-tasks.js';
import { activities, type Lifecycle } from './lifecycle-context.js';

const conflict = (message: string): Refusal => ({ code: 'conflict', message });
const invalid = (message: string): Refusal => ({ code: 'invalid', message });

function check(refusal: Refusal | null | undefined): void {
  if (refusal) throw refusalFailure(refusal);
}

/** The step must be one the lifecycle takes at the stage the workflow is in (libs/domain/src/stages.ts). */
function stageRefusal(lc: Lifecycle, action: DepartmentAction): Refusal | null {
  const stage = lc.state.status;
  return departmentMay(stage, action) ? null : conflict(render('en', refuse('stage_refuses_action', { stage, action })));
}

export function installDepartmentHandlers(lc: Lifecycle): void {
  const answered = async (act: () => void | Promise<void>): Promise<ProposalStatus> => {
    await act();
    await lc.people.atRest();
    return lc.state.status;
  };

  setHandler(
    reviseUpdate,
    (request) =>
      answered(async () => {
        const { reply, answers, changes } = request;
        const entry = lc.entry(
          request,
          lc.state.status === 'REMEDIATION' ? 'remediation_submitted' : 'revision_submitted',
          reply,
        );
        lc.revised = true;
        await lc.writes.add(() => activities.applyRevision({ proposalId: lc.state.proposalId, answers, changes, entry }));
      }),
    {
      validator: ({ actor, reply, answers }) => {
        check(departmentActionRefusal(actor, lc.state.department));
        check(stageRefusal(lc, 'revise'));
        if (reply.trim() === '') check(invalid('reply is required'));
        const problems = answers ? answerProblems(lc.requirePlan.answerSchema, answers, { requireAll: false }) : [];
        if (problems.length > 0) check(invalid(problems.map((p) => p.message).join('; ')));
      },
    },
  );

  // A handler added after runs were in flight needs no version: no history holds an Update it did not know.
  setHandler(
    editUpdate,
    (request) =>
      answered(async () => {
        const { answers, changes } = request;
        const entry = lc.entry(request, 'proposal_edited');
        await lc.writes.add(() => activities.applyRevision({ proposalId: lc.state.proposalId, answers, changes, entry }));
      }),
    {
      validator: ({ actor, answers }) => {
        check(departmentActionRefusal(actor, lc.state.department));
        check(stageRefusal(lc, 'edit'));
        const problems = answers ? answerProblems(lc.requirePlan.answerSchema, answers, { requireAll: false }) : [];
        if (problems.length > 0) check(invalid(problems.map((p) => p.message).join('; ')));
      },
    },
  );

  setHandler(
    withdrawUpdate,
    (request) =>
      answered(() => {
        lc.withdrawal = request;
      }),
    {
      validator: ({ actor, reason }) => {
        check(departmentActionRefusal(actor, lc.state.department));
        check(stageRefusal(lc, 'withdraw'));
        if (reason.trim() === '') check(invalid('reason is required'));
      },
    },
  );

  setHandler(
    recordDeploymentUpdate,
    (request) =>
      answered(() => {
        lc.deploymentRequest = request;
      }),
    {
      validator: ({ actor, version, evidence }) => {
        check(departmentActionRefusal(actor, lc.state.department));
        check(stageRefusal(lc, 'deploy'));
        if (lc.deploymentRequest) check(conflict('the deployment is being recorded already'));
        if (version.trim() === '') check(invalid('version is required'));
        const problems = evidenceProblems(lc.state.conditions, evidence);
        if (problems.length > 0) check(invalid(problems.join('; ')));
      },
    },
  );

  setHandler(
    reportIncidentUpdate,
    (incident) =>
      answered(() => {
        lc.incidents.push(incident);
      }),
    {
      validator: ({ actor, severity, description }) => {
        check(departmentActionRefusal(actor, lc.state.department, { admins: true }));
        check(stageRefusal(lc, 'report_incident'));
        if (!['low', 'high', 'critical'].includes(severity)) check(invalid('severity must be low, high or critical'));
        if (description.trim() === '') check(invalid('description is required'));
      },
    },
  );
}
