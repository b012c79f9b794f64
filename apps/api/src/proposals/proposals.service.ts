// Drafts are the API's own records; from submission on, every change goes through the workflow.
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ApiConfig } from '#config';
import {
  type Actor,
  allowedActions,
  currentPolicyVersion,
  editUpdate,
  hasRole,
  policyFor,
  proposalProblems,
  readScopeOf,
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
  ProposalsRepository,
} from '#persistence';
import { API_CONFIG } from '../common/api-config.js';
import { AuditVerifier } from './audit-verifier.js';
import { LifecycleGateway, RefusedException } from '#temporal';
import type { AuditPageQuery } from '../common/params.js';
import { temporalUiLink } from '../common/temporal-ui.js';
import type { CreateProposalDto, UpdateProposalDto } from './proposal.dto.js';
import { requireStage } from './require-stage.js';
import { ProposalPageView, ProposalView } from './proposal.view.js';

const notFound = (id: string) => new RefusedException(refuse('proposal_not_found', { id }));

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
    private readonly auditVerifier: AuditVerifier,
  ) {}

  /** What the caller may do to it now; an administrator's view also links to its workflow in the Temporal UI. */
  private forCaller(actor: Actor, view: ProposalView): ProposalView {
    const forActor = { ...view, allowedActions: allowedActions(actor, view) };
    return hasRole(actor, 'admin') ? { ...forActor, workflowUrl: temporalUiLink(this.config, view.id) } : forActor;
  }

  async create(actor: Actor, dto: CreateProposalDto): Promise<ProposalView> {
    this.checkProposal(currentPolicyVersion(), { sent: dto.answers, answers: dto.answers, declared: dto });
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

  /**
   * A draft is the API's own record, edited in one conditional statement (editDraft): a submission, a
   * screening or another edit that lands between this read and the write wins, and this edit is a 409. A
   * proposal sent back for revision is edited by its workflow.
   */
  async update(actor: Actor, id: string, dto: UpdateProposalDto, language?: Language): Promise<ProposalView> {
    const { row, version } = await this.findOwnVersioned(actor, id);
    requireStage(row, 'edit');
    const { answers, ...changes } = Object.fromEntries(
      Object.entries(dto).filter(([, v]) => v !== undefined),
    ) as UpdateProposalDto;
    // A draft's answers are replaced by the sent ones; an edit in revision merges them (applyRevision).
    const edited = answers && row.status !== 'DRAFT' ? { ...row.answers, ...answers } : (answers ?? row.answers);
    this.checkProposal(row.policyVersion, { sent: answers, answers: edited, declared: { ...row, ...changes } });
    if ((changes.systemType ?? row.systemType) === 'vendor' && !(changes.vendor ?? row.vendor))
      throw new RefusedException(refuseField('vendor', 'field_required_for_vendor', {}));
    if (row.status !== 'DRAFT') await this.lifecycle.update(id, editUpdate, { actor, changes, answers });
    else if (!(await this.proposals.editDraft(id, actor.department, version, { ...changes, ...(answers && { answers }) })))
      await this.refuseStale(actor, id, 'edit');
    return this.detail(actor, id, language);
  }

  /** Why a draft's conditional write matched nothing: its stage moved on, it is being submitted, or another write came first. */
  private async refuseStale(actor: Actor, id: string, action: 'edit' | 'submit'): Promise<never> {
    const row = await this.findOwn(actor, id);
    requireStage(row, action);
    if (row.submissionRequestedAt) throw new RefusedException(refuse('submission_in_progress', { id }));
    throw new RefusedException(refuse('proposal_changed_meanwhile', { id }));
  }

  /**
   * Hands the draft to the lifecycle workflow, which records the submission as its first step: if Temporal
   * cannot be reached, the caller gets 503 and the draft is as it was. Only a draft is submitted: any other
   * stage is a 409 (the workflow checks it again as it records the submission), so a final proposal whose
   * closed run Temporal has since removed never starts again. Two submits of one draft start one workflow.
   * The draft checked is the draft screened: freezeForSubmission takes it only as it was read, and no edit
   * lands on it after.
   */
  async submit(actor: Actor, id: string, language?: Language): Promise<ProposalView> {
    const { row: draft, version } = await this.findOwnVersioned(actor, id);
    requireStage(draft, 'submit');
    this.checkProposal(draft.policyVersion, { answers: draft.answers, declared: draft, submitting: true });
    if (!(await this.proposals.freezeForSubmission(id, actor.department, version))) await this.refuseStale(actor, id, 'submit');
    try {
      await this.lifecycle.start({
        proposalId: id,
        department: draft.department,
        policyVersion: draft.policyVersion,
        submittedBy: actor.id,
      });
    } catch (error) {
      await this.proposals.thaw(id); // not started: the draft is as it was
      throw error;
    }
    await this.lifecycle.awaitScreening(id, SCREENING_WAIT_MS);
    return this.detail(actor, id, language);
  }

  async detail(actor: Actor, id: string, language?: Language): Promise<ProposalView> {
    const record = await this.proposals.record(id, readScopeOf(actor));
    if (!record) throw notFound(id);
    const { proposal, tasks, timeline, conditions } = record;
    return this.forCaller(actor, ProposalView.of(proposal, tasks, timeline, conditions, language));
  }

  async list(actor: Actor, filter: ProposalFilter, language?: Language): Promise<ProposalPageView> {
    const [rows, total] = await this.proposals.page(readScopeOf(actor), filter);
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
    return this.auditVerifier.verify(id);
  }

  /** The sign-off's conditions, in the order the workflow recorded them. */
  conditionRows(proposalId: string) {
    return this.conditions.ofProposal(proposalId);
  }

  /**
   * A proposal the actor may read (readScopeOf, libs/domain/src/permissions.ts); any other is not found — not
   * forbidden: a proposal outside the reader's scope is not even confirmed to exist.
   */
  private async findVisible(actor: Actor, id: string): Promise<ProposalEntity> {
    const row = await this.proposals.readable(id, readScopeOf(actor));
    if (!row) throw notFound(id);
    return row;
  }

  /** A proposal of the actor's own department; any other is not found. */
  async findOwn(actor: Actor, id: string): Promise<ProposalEntity> {
    return this.ownOrNotFound(actor, id, await this.proposals.findById(id));
  }

  /** The same, with the version of the row that was read, for a conditional write. */
  private async findOwnVersioned(actor: Actor, id: string): Promise<{ row: ProposalEntity; version: string }> {
    const found = await this.proposals.findVersioned(id);
    return { row: this.ownOrNotFound(actor, id, found?.row ?? null), version: found?.version ?? '' };
  }

  private ownOrNotFound(actor: Actor, id: string, row: ProposalEntity | null): ProposalEntity {
    if (!row || row.department !== actor.department) {
      throw new RefusedException(refuse('proposal_not_found_in_department', { id }));
    }
    return row;
  }

  /** What the proposal's pinned policy refuses of it (libs/domain/src/declarations.ts) is a 400 naming each field. */
  checkProposal(policyVersion: string, proposal: Parameters<typeof proposalProblems>[1]): void {
    const problems = proposalProblems(policyFor(policyVersion), proposal);
    if (problems.length > 0) throw new RefusedException(refuseFields(problems));
  }
}
