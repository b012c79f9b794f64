// Loads every policy version from policy/*.json, checked against the schema. A bad file is named with the
// exact place and reason, and nothing starts on it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Policy, registerPolicies } from '#domain';
import { policySchema } from './policy.schema.js';

/** The project's policy/ folder, from the sources and from dist/ alike. */
export const POLICY_DIR = fileURLToPath(
  new URL(import.meta.url.includes('/dist/') ? '../../../../policy/' : '../../../policy/', import.meta.url),
);

export class PolicyFileError extends Error {}

export function loadPolicies(dir: string = process.env.POLICY_DIR || POLICY_DIR): Policy[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new PolicyFileError(`no policy files (*.json) in ${dir}`);
  return files.map((file) => {
    const path = join(dir, file);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new PolicyFileError(`${path}: not valid JSON: ${(error as Error).message}`);
    }
    const result = policySchema.safeParse(data);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
      throw new PolicyFileError(`${path} is not a valid policy:\n${problems.join('\n')}`);
    }
    if (`${result.data.version}.json` !== file)
      throw new PolicyFileError(`${path}: holds version ${result.data.version}; name it ${result.data.version}.json`);
    return result.data as Policy;
  });
}

/** Loads and registers the policies for this process (the API's and the worker's start). */
export function registerPolicyFiles(dir?: string): Policy[] {
  const policies = loadPolicies(dir);
  registerPolicies(policies);
  return policies;
}
