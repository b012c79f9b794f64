import { type DepartmentAction, departmentMay, type ProposalStatus, refuse } from '#domain';
import { RefusedException } from '#temporal';

/** The step must be one the lifecycle takes at the proposal's stage (libs/domain/src/stages.ts). */
export function requireStage(row: { status: ProposalStatus }, action: DepartmentAction): void {
  if (!departmentMay(row.status, action))
    throw new RefusedException(refuse('stage_refuses_action', { stage: row.status, action }));
}
