// Policy versions: a proposal keeps the version it started with, a new version applies to new proposals
// only, and both run at once, each on its own path.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newDigestSigningKey } from '#dev-stack';
import { POLICY_DIR } from '#policy';
import { policyFor } from '#domain';
import { lowRiskAnswers, lowRiskDraft } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
let policyDir: string;
beforeAll(async () => {
  // A second version, 2026.9, with lower thresholds: any impact above 5% is tier II already.
  policyDir = mkdtempSync(join(tmpdir(), 'policy-versions-'));
  cpSync(join(POLICY_DIR, '2026.1.json'), join(policyDir, '2026.1.json'));
  const stricter = {
    ...JSON.parse(readFileSync(join(POLICY_DIR, '2026.1.json'), 'utf8')),
    version: '2026.9',
    tierThresholds: [0.05, 0.5, 0.75],
  };
  writeFileSync(join(policyDir, '2026.9.json'), JSON.stringify(stricter));
  system = await System.start({ POLICY_DIR: policyDir });
});
afterAll(async () => {
  await system.stop();
  rmSync(policyDir, { recursive: true, force: true });
});

it('a proposal begun under 2026.1 and one under 2026.9 are in flight at once, each scored and routed by its own version', async () => {
  expect((await system.call('GET', '/api/questionnaire', { as: 'kim.manager' })).body.version).toBe('2026.9');
  // 2 of 25 impact points (8%): tier I under 2026.1, tier II under 2026.9.
  const draft = {
    ...lowRiskDraft(policyFor('2026.1')),
    answers: { ...lowRiskAnswers(policyFor('2026.1')), pi_people_affected: 'under_100k' },
  };
  const older = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: draft });
  const newer = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: draft });
  expect(newer.body.policyVersion).toBe('2026.9');
  // The older draft was begun before 2026.9 shipped: it keeps 2026.1.
  await system.db.query(`UPDATE proposals SET policy_version = '2026.1' WHERE id = $1`, [older.body.id]);

  const [a, b] = await Promise.all(
    [older.body.id, newer.body.id].map((id) => system.call('POST', `/api/proposals/${id}/submit`, { as: 'kim.manager' })),
  );
  expect(a.body).toMatchObject({ status: 'EXPERT_REVIEW', tier: 1, policyVersion: '2026.1' });
  expect(b.body).toMatchObject({ status: 'EXPERT_REVIEW', tier: 2, policyVersion: '2026.9' });
  expect(a.body.tasks.map((t: any) => t.domain)).toEqual(['technical']);
  expect(b.body.tasks.map((t: any) => t.domain).sort()).toEqual(['ethics_social', 'technical']);

  // Both move on by their own paths; one person decides one review of a round (separation of duties).
  for (const task of [...a.body.tasks, ...b.body.tasks]) {
    const done = await system.call('POST', `/api/tasks/${task.id}/complete`, {
      as: task.domain === 'technical' ? 'yoon.expert' : 'park.expert',
      body: { decision: 'approve', comment: '' },
    });
    expect(done.status).toBe(200);
  }
  for (const id of [older.body.id, newer.body.id]) {
    const detail = await system.call('GET', `/api/proposals/${id}`, { as: 'kim.manager' });
    expect(detail.body.status).toBe('ETHICS_SIGNOFF');
  }
});

it('a bad policy file stops the API and the worker at start, naming the file, the place and the reason', async () => {
  const badDir = mkdtempSync(join(tmpdir(), 'policy-bad-'));
  const bad = JSON.parse(readFileSync(join(POLICY_DIR, '2026.1.json'), 'utf8'));
  bad.deadlines.reminderShare = 2;
  writeFileSync(join(badDir, '2026.1.json'), JSON.stringify(bad));
  try {
    for (const entry of ['dist/apps/api/src/main.js', 'dist/apps/worker/src/main.js']) {
      const run = spawnSync(process.execPath, [entry], {
        env: {
          ...process.env,
          POLICY_DIR: badDir,
          DATABASE_URL: 'postgres://x@localhost/x',
          TEMPORAL_ADDRESS: 'localhost:1',
          AUTH_JWT_SECRET: 'x'.repeat(32),
          AUDIT_HMAC_KEY: 'x'.repeat(32),
          AUDIT_DIGEST_SIGNING_KEY: newDigestSigningKey(),
          TEMPORAL_CODEC_KEYS: `k:${Buffer.alloc(32).toString('base64')}`,
        },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${join(badDir, '2026.1.json')} is not a valid policy`);
      expect(run.stderr).toMatch(/deadlines\.reminderShare: /);
    }
  } finally {
    rmSync(badDir, { recursive: true, force: true });
  }
});
