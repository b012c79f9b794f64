// Drafts are the API's own records; from submission on, every change goes through the workflow.
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ApiConfig } from '#config';
import {
  type Actor,
  allowedActions,
  type Answers,
  answerProblems,
  type AssessmentProfile,
  currentPolicyVersion,
  editUpdate,
  hasRole,
  policyFor,
  submissionProblems,
  refuse,
  refuseField,
  refuseFields,
} from '#domain';
import type { Language } from '#domain/texts';
import {
  AuditLogRepository,
  ConditionsRepository,
  type ProposalEntity,
  type ProposalFilter,
  type ProposalScope,
  ProposalsRepository,
  verifyChain,
} from '#persistence';
import { API_CONFIG } from '../common/api-config.js';
import { LifecycleGateway, RefusedException } from '#temporal';
import type { AuditPageQuery } from '../common/params.js';
import { temporalUiLink } from '../common/temporal-ui.js';
import type { CreateProposalDto, UpdateProposalDto } from './proposal.dto.js';
import { requireStage } from './require-stage.js';
import { ProposalPageView, ProposalView } from './proposal.view.js';

/** How long a submit waits for the tier before it answers with the proposal as it stands. */
const SCREENING_WAIT_MS = 10_000;

@Injectable()
export class ProposalsService {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly conditions: ConditionsRepository,
    private readonly auditLog: AuditLogRepository,
    private readonly lifecycle: LifecycleGateway,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** What the caller may do to it now; an administrator's view also links to its workflow in the Temporal UI. */
  private forCaller(actor: Actor, view: ProposalView): ProposalView {
    const forActor = { ...view, allowedActions: allowedActions(actor, view) };
    return hasRole(actor, 'admin') ? { ...forActor, workflowUrl: temporalUiLink(this.config, view.id) } : forActor;
  }

  async create(actor: Actor, dto: CreateProposalDto): Promise<ProposalView> {
    this.checkAnswers(currentPolicyVersion(), dto.answers);
    const row = await this.proposals.insertDraft({
      ...dto,
      id: randomUUID(),
      vendor: dto.vendor ?? null,
      highImpactArea: dto.highImpactArea ?? null,
      overseerContact: dto.overseerContact ?? null,
      department: actor.department,
      status: 'DRAFT',
      tier: null,
      scores: null,
      policyVersion: currentPolicyVersion(),
      createdBy: actor.id,
    });
    return this.forCaller(actor, ProposalView.of(row));
  }

  /** A draft is the API's own record; a proposal sent back for revision is edited by its workflow. */
  async update(actor: Actor, id: string, dto: UpdateProposalDto, language?: Language): Promise<ProposalView> {
    const row = await this.findOwn(actor, id);
    requireStage(row, 'edit');
    if (dto.answers) this.checkAnswers(row.policyVersion, dto.answers);
    const { answers, ...changes } = Object.fromEntries(
      Object.entries(dto).filter(([, v]) => v !== undefined),
    ) as UpdateProposalDto;
    if ((changes.systemType ?? row.systemType) === 'vendor' && !(changes.vendor ?? row.vendor))
      throw new RefusedException(refuseField('vendor', 'field_required_for_vendor', {}));
    if (row.status === 'DRAFT') await this.proposals.saveDraft(Object.assign(row, dto));
    else await this.lifecycle.update(id, editUpdate, { actor, changes, answers });
    return this.detail(actor, id, language);
  }

  /**
   * Hands the draft to the lifecycle workflow, which records the submission as its first step: if Temporal
   * cannot be reached, the caller gets 503 and the draft is as it was. Submitting again starts nothing new.
   */
  async submit(actor: Actor, id: string, language?: Language): Promise<ProposalView> {
    const draft = await this.findOwn(actor, id);
    if (draft.status === 'DRAFT') this.checkAnswers(draft.policyVersion, draft.answers, draft);
    await this.lifecycle.start({
      proposalId: id,
      department: draft.department,
      policyVersion: draft.policyVersion,
      submittedBy: actor.id,
    });
    await this.lifecycle.awaitScreening(id, SCREENING_WAIT_MS);
    return this.detail(actor, id, language);
  }

  async detail(actor: Actor, id: string, language?: Language): Promise<ProposalView> {
    const record = await this.proposals.record(id);
    const row = this.visibleOrNotFound(actor, id, record?.proposal ?? null);
    const { tasks, timeline, conditions } = record ?? { tasks: [], timeline: [], conditions: [] };
    return this.forCaller(actor, ProposalView.of(row, tasks, timeline, conditions, language));
  }

  async list(actor: Actor, filter: ProposalFilter, language?: Language): Promise<ProposalPageView> {
    const scope: ProposalScope = hasRole(actor, 'admin')
      ? {} // everything
      : hasRole(actor, 'department_manager')
        ? { department: actor.department }
        : { submittedOnly: true };
    const [rows, total] = await this.proposals.page(scope, filter);
    const items = rows.map((row) => this.forCaller(actor, ProposalView.of(row, [], [], [], language)));
    return { items, total, limit: filter.limit, offset: filter.offset };
  }

  async audit(actor: Actor, id: string, { limit, offset }: AuditPageQuery) {
    await this.findVisible(actor, id);
    const [rows, total] = await this.auditLog.page(id, limit, offset);
    return { rows, total };
  }

  /** Whether the proposal's audit log is as written: intact, or the first entry where its chain breaks. */
  async verifyAudit(actor: Actor, id: string) {
    await this.findVisible(actor, id);
    return verifyChain(await this.auditLog.ofProposal(id));
  }

  /** The sign-off's conditions, in the order the workflow recorded them. */
  conditionRows(proposalId: string) {
    return this.conditions.ofProposal(proposalId);
  }

  /** Managers see their own department's proposals, reviewers every submitted one, admins all. */
  private async findVisible(actor: Actor, id: string): Promise<ProposalEntity> {
    return this.visibleOrNotFound(actor, id, await this.proposals.findById(id));
  }

  private visibleOrNotFound(actor: Actor, id: string, row: ProposalEntity | null): ProposalEntity {
    const visible =
      row &&
      (hasRole(actor, 'admin') ||
        (hasRole(actor, 'department_manager') && row.department === actor.department) ||
        ((hasRole(actor, 'foundation_expert') || hasRole(actor, 'ethics_officer')) && row.status !== 'DRAFT'));
    // Not found rather than forbidden: another department's proposals are not even confirmed to exist.
    if (!visible) throw new RefusedException(refuse('proposal_not_found', { id }));
    return row;
  }

  /** A proposal of the actor's own department; any other is not found. */
  async findOwn(actor: Actor, id: string): Promise<ProposalEntity> {
    const row = await this.proposals.findById(id);
    if (!row || row.department !== actor.department) {
      throw new RefusedException(refuse('proposal_not_found_in_department', { id }));
    }
    return row;
  }

  /**
   * Answers that the proposal's pinned policy refuses are a 400 naming each. With `submitting`, the answers
   * must also be complete for the tier they give (from tier III, the fundamental-rights items).
   */
  checkAnswers(policyVersion: string, answers: Answers, submitting?: AssessmentProfile): void {
    const policy = policyFor(policyVersion);
    const problems = submitting
      ? submissionProblems(policy, submitting, answers)
      : answerProblems(policy, answers, { requireAll: false });
    if (problems.length > 0) throw new RefusedException(refuseFields(problems));
  }
}
