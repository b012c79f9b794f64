// The registry of policy versions. The domain holds no policy data of its own: the API and the worker
// load the versioned files of policy/ at start (libs/policy) and register them here.
import type { Policy } from './types.js';

export * from './types.js';

const POLICIES = new Map<string, Policy>();

export function registerPolicies(policies: Policy[]): void {
  for (const policy of policies) POLICIES.set(policy.version, policy);
}

const byVersion = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** New proposals take the latest version; a submitted one keeps the version it started with. */
export function currentPolicyVersion(): string {
  const latest = [...POLICIES.keys()].sort(byVersion).at(-1);
  if (!latest) throw new Error('no policy is registered: load the files of policy/ first');
  return latest;
}

export function policyFor(version: string = currentPolicyVersion()): Policy {
  const policy = POLICIES.get(version);
  if (!policy) throw new Error(`unknown policy version '${version}'`);
  return policy;
}
