import { POLICY_2026_1 } from './policy-2026-1.js';
import type { Policy } from './types.js';

export * from './types.js';

const POLICIES: Record<string, Policy> = { [POLICY_2026_1.version]: POLICY_2026_1 };

/** New proposals take the current version; a submitted one keeps the version it was scored with. */
export const CURRENT_POLICY_VERSION = POLICY_2026_1.version;

export function policyFor(version: string = CURRENT_POLICY_VERSION): Policy {
  const policy = POLICIES[version];
  if (!policy) throw new Error(`unknown policy version '${version}'`);
  return policy;
}
