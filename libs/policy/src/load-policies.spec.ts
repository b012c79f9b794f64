import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentPolicyVersion, policyFor } from '#domain';
import { loadPolicies, POLICY_DIR } from './load-policies.js';

const shipped = () => JSON.parse(readFileSync(join(POLICY_DIR, '2026.1.json'), 'utf8'));

describe('the policy files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the shipped ones pass the schema, every question with both labels, and are registered for the tests', () => {
    const policies = loadPolicies();
    expect(policies.map((p) => p.version)).toContain('2026.1');
    for (const question of policies.flatMap((p) => p.sections.flatMap((s) => s.questions))) {
      expect(question.text.ko.trim()).not.toBe('');
      expect(question.text.en.trim()).not.toBe('');
    }
    expect(policyFor(currentPolicyVersion()).version).toBe(
      policies
        .map((p) => p.version)
        .sort()
        .at(-1),
    );
  });

  it('the current questionnaire is the substantive one: 40+ scored questions over the five principles, 15+ mitigations, the seven rights items', () => {
    const current = policyFor(currentPolicyVersion());
    const questions = (scoring: string) => current.sections.flatMap((s) => s.questions.filter((q) => q.scoring === scoring));
    expect(questions('impact').length).toBeGreaterThanOrEqual(40);
    for (const principle of ['public_interest', 'fairness', 'transparency', 'accountability', 'safety']) {
      expect(current.sections.find((s) => s.id === principle)!.questions.some((q) => q.scoring === 'impact')).toBe(true);
    }
    expect(questions('mitigation').length).toBeGreaterThanOrEqual(15);
    const rights = current.sections.find((s) => s.id === 'fundamental_rights')!.questions;
    expect(rights.map((q) => [q.kind, q.required, q.requiredFromTier])).toEqual(Array(7).fill(['text', true, 3]));
    for (const question of questions('impact')) expect(question.concerns.length).toBeGreaterThan(0);
  });

  it('a bad file is refused with its path and the place and reason of each problem', () => {
    const bad = shipped();
    bad.sections[1].questions[0].text.en = '';
    bad.tierThresholds = [0.5, 0.25, 0.75];
    delete bad.deadlines.signoffDays;
    const path = join(dir, '2026.1.json');
    writeFileSync(path, JSON.stringify(bad));
    expect(() => loadPolicies(dir)).toThrow(path);
    let message = '';
    try {
      loadPolicies(dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/sections\.1\.questions\.0\.text\.en: /);
    expect(message).toMatch(/tierThresholds: must rise within \(0, 1\)/);
    expect(message).toMatch(/deadlines\.signoffDays: /);
  });

  it('separation of duties: a file without it holds the default; one with a bad value is refused', () => {
    const older = shipped();
    delete older.separationOfDuties;
    writeFileSync(join(dir, '2026.1.json'), JSON.stringify(older));
    expect(loadPolicies(dir)[0].separationOfDuties).toEqual({ reviewsPerRound: 1, reviewerMaySignOff: false });
    writeFileSync(join(dir, '2026.1.json'), JSON.stringify({ ...older, separationOfDuties: { reviewsPerRound: 0 } }));
    expect(() => loadPolicies(dir)).toThrow(
      /separationOfDuties\.reviewsPerRound: [\s\S]*separationOfDuties\.reviewerMaySignOff: /,
    );
  });

  it('a file that is not JSON, or named for another version, is refused', () => {
    writeFileSync(join(dir, '2026.1.json'), '{ "version": ');
    expect(() => loadPolicies(dir)).toThrow(/not valid JSON/);
    rmSync(join(dir, '2026.1.json'));
    writeFileSync(join(dir, '2027.1.json'), JSON.stringify(shipped()));
    expect(() => loadPolicies(dir)).toThrow(/holds version 2026\.1; name it 2026\.1\.json/);
  });
});
