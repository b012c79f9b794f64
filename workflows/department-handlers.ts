// The department's Updates: edit, revise, withdraw, record deployment, report an incident. Each validator
// refuses what does not apply now (a clear error, nothing recorded); each handler hands the request to
// the main line and answers once the lifecycle has acted on it.
import { setHandler } from '@temporalio/workflow';
import {
  answerProblems,
  type DepartmentAction,
  type ProposalStatus,
  departmentActionRefusal,
  departmentMay,
  editUpdate,
  evidenceProblems,
  recordDeploymentUpdate,
  type Refusal,
  refuse,
  refuseField,
  refuseFields,
  reportIncidentUpdate,
  reviseUpdate,
  withdrawUpdate,
} from '#domain';
import { refusalFailure } from './human-tasks.js';
import { activities, type Lifecycle } from './lifecycle-context.js';

const SEVERITIES: readonly string[] = ['low', 'high', 'critical'];

function check(refusal: Refusal | null | undefined): void {
  if (refusal) throw refusalFailure(refusal);
}

/** The step must be one the lifecycle takes at the stage the workflow is in (libs/domain/src/stages.ts). */
function stageRefusal(lc: Lifecycle, action: DepartmentAction): Refusal | null {
  const stage = lc.state.status;
  return departmentMay(stage, action) ? null : refuse('stage_refuses_action', { stage, action });
}

export function installDepartmentHandlers(lc: Lifecycle): void {
  const answered = async (act: () => void | Promise<void>): Promise<ProposalStatus> => {
    await act();
    await lc.people.atRest();
    return lc.state.status;
  };
  // A revision accepted and not yet acted on (its handler answers once the proposal has moved on, when the
  // stage refuses another): a second one in the meantime would be applied twice. `lc.revised` cannot say it,
  // as it is left set from an earlier round until the next wait for a revision begins.
  let revisionAccepted = false;

  setHandler(
    reviseUpdate,
    (request) => {
      revisionAccepted = true;
      return answered(async () => {
        const { reply, answers, changes } = request;
        const entry = lc.entry(
          request,
          lc.state.status === 'REMEDIATION' ? 'remediation_submitted' : 'revision_submitted',
          reply,
        );
        lc.revised = true;
        await lc.writes.add(() => activities.applyRevision({ proposalId: lc.state.proposalId, answers, changes, entry }));
      }).finally(() => (revisionAccepted = false));
    },
    {
      validator: ({ actor, reply, answers }) => {
        check(departmentActionRefusal(actor, lc.state.department, 'revise'));
        check(stageRefusal(lc, 'revise'));
        if (revisionAccepted) check(refuse('revision_in_progress', {}));
        if (reply.trim() === '') check(refuseField('reply', 'field_required', {}));
        const problems = answers ? answerProblems(lc.requirePlan.answerSchema, answers, { requireAll: false }) : [];
        if (problems.length > 0) check(refuseFields(problems));
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
        check(departmentActionRefusal(actor, lc.state.department, 'edit'));
        check(stageRefusal(lc, 'edit'));
        const problems = answers ? answerProblems(lc.requirePlan.answerSchema, answers, { requireAll: false }) : [];
        if (problems.length > 0) check(refuseFields(problems));
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
        check(departmentActionRefusal(actor, lc.state.department, 'withdraw'));
        check(stageRefusal(lc, 'withdraw'));
        if (lc.withdrawal) check(refuse('withdrawal_in_progress', {}));
        if (reason.trim() === '') check(refuseField('reason', 'field_required', {}));
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
        check(departmentActionRefusal(actor, lc.state.department, 'deploy'));
        check(stageRefusal(lc, 'deploy'));
        if (lc.deploymentRequest) check(refuse('deployment_in_progress', {}));
        if (version.trim() === '') check(refuseField('version', 'field_required', {}));
        const problems = evidenceProblems(lc.state.conditions, evidence);
        if (problems.length > 0) check(refuseFields(problems));
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
        check(departmentActionRefusal(actor, lc.state.department, 'report_incident'));
        check(stageRefusal(lc, 'report_incident'));
        if (!SEVERITIES.includes(severity)) check(refuseField('severity', 'field_not_one_of', { values: SEVERITIES }));
        if (description.trim() === '') check(refuseField('description', 'field_required', {}));
      },
    },
  );
}
