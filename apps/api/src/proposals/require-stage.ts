import { ConflictException } from '@nestjs/common';
import { type DepartmentAction, departmentMay, type ProposalStatus } from '#domain';
import { refuse, render } from '#domain/texts';

/** The step must be one the lifecycle takes at the proposal's stage (libs/domain/src/stages.ts). */
export function requireStage(row: { status: ProposalStatus }, action: DepartmentAction): void {
  if (departmentMay(row.status, action)) return;
  throw new ConflictException(render('en', refuse('stage_refuses_action', { stage: row.status, action })));
}
