// Typed search attributes (DESIGN §2) so that the Temporal UI and CLI can answer the admin's questions.
// No personal data here: Temporal stores them unencrypted.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const STAGE = defineSearchAttributeKey('BareunStage', SearchAttributeType.KEYWORD);
export const DEPARTMENT = defineSearchAttributeKey('BareunDepartment', SearchAttributeType.KEYWORD);
export const TIER = defineSearchAttributeKey('BareunTier', SearchAttributeType.INT);
export const NEXT_DUE_AT = defineSearchAttributeKey('BareunNextDueAt', SearchAttributeType.DATETIME);
export const ESCALATED = defineSearchAttributeKey('BareunEscalated', SearchAttributeType.BOOL);
/** The version of the lifecycle's code the run follows (workflows/code-version.ts). */
export const CODE_VERSION_ATTRIBUTE = defineSearchAttributeKey('BareunCodeVersion', SearchAttributeType.INT);

/** A lifecycle write failed past its retries and waits for an administrator's retry (workflows/attention.ts). */
export const ATTENTION = defineSearchAttributeKey('BareunAttention', SearchAttributeType.BOOL);

export const SEARCH_ATTRIBUTES = [STAGE, DEPARTMENT, TIER, NEXT_DUE_AT, ESCALATED, CODE_VERSION_ATTRIBUTE, ATTENTION];
