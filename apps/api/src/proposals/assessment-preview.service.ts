import { Injectable } from '@nestjs/common';
import { type Actor, answerProblems, assess, policyFor, reviewPlanFor } from '#domain';
import type { Language } from '#domain/texts';
import { ProposalsService } from './proposals.service.js';
import type { AssessmentPreviewDto, AssessmentPreviewView } from './assessment-preview.dto.js';
import { ScoresView } from './proposal.view.js';

/** The same scoring as SCREENING, on the stored draft with the tried answers laid over it; saves nothing. */
@Injectable()
export class AssessmentPreviewService {
  constructor(private readonly proposals: ProposalsService) {}

  async preview(
    actor: Actor,
    proposalId: string,
    { answers: tried, ...profile }: AssessmentPreviewDto,
    language: Language,
  ): Promise<AssessmentPreviewView> {
    const stored = await this.proposals.findOwn(actor, proposalId);
    const policy = policyFor(stored.policyVersion);
    const answers = { ...stored.answers, ...tried };
    const tryOn = { ...stored, ...Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined)) };
    this.proposals.checkProposal(stored.policyVersion, { sent: tried, answers, declared: tryOn });
    const { tier, scores } = assess(policy, tryOn, answers);
    const plan = reviewPlanFor(policy, tier, tryOn.affectsVulnerableGroups);
    const unanswered = answerProblems(policy, answers, { requireAll: true, tier }).map((p) => p.questionId);
    return { tier, scores: ScoresView.of(scores, language), reviewDomains: plan.domains, signoff: plan.signoff.body, unanswered };
  }
}
