// The console over the test stack for `npm run bench:web` and `npm run lighthouse`: embedded PostgreSQL and
// Temporal, the API (serving dist/web) and the worker, with a department's worth of lists to show: 60 proposals,
// an open review of each (past due, so stalled too), 30 systems in the register, one proposal in real review.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { policyFor } from '#domain';
import { registerPolicyFiles } from '#policy';
import { freePort, spawnNode, startThrowawayStack, stopProcess, throwawayAppEnv, waitForHttpOk } from '#dev-stack';

export type Role = 'anonymous' | 'kim.manager' | 'park.expert' | 'han.admin';

/** What the console keeps in sessionStorage once a demo user has signed in (apps/web/src/app/session.tsx). */
interface StoredSession {
  token: string;
  id: string;
  name: string;
  roles: string[];
  department: string;
}

export interface WebStack {
  baseUrl: string;
  sessions: Record<Exclude<Role, 'anonymous'>, StoredSession>;
  /** A proposal in expert review, and its open technical task. */
  review: { proposalId: string; taskId: string };
  stop: () => Promise<void>;
}

const log = (m: string) => console.error(`[bench:web] ${m}`);
registerPolicyFiles(); // the questionnaire the drafts answer, as the API reads it

export async function startWebStack(): Promise<WebStack> {
  const stack = await startThrowawayStack('bench-web', log);
  const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
  const port = await freePort();
  const env = {
    ...throwawayAppEnv(stack, 'bench-web', port),
    DEV_SIGN_IN: 'true',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
  };
  const children = ['api', 'worker'].map((name) =>
    spawnNode({ name, entry: `dist/apps/${name}/src/main.js`, env, output: () => {} }),
  );
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    await db.end();
    await stack.stop();
  };
  try {
    await waitForHttpOk(`${baseUrl}/health`);
    const sessions = {} as WebStack['sessions'];
    for (const id of ['kim.manager', 'park.expert', 'han.admin'] as const) sessions[id] = await signIn(baseUrl, id);
    const call = async (method: string, path: string, as: StoredSession, body?: unknown) => {
      const reply = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${as.token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!reply.ok) throw new Error(`${method} ${path}: ${reply.status} ${await reply.text()}`);
      return (await reply.json()) as { id: string };
    };
    const draft = (title: string) => ({
      title,
      summary: '시민의 복지 문의에 답하고 알맞은 창구를 안내합니다.',
      purpose: '구청 복지 창구의 대기 시간을 줄입니다.',
      systemType: 'in_house',
      automation: 'advisory',
      highImpactArea: null,
      personalData: false,
      affectsVulnerableGroups: false,
      answers: lowestAnswers(),
    });
    log('seeding 60 proposals with a stalled review each, and 30 register entries');
    for (let n = 1; n <= 60; n++) {
      const created = await call('POST', '/api/proposals', sessions['kim.manager'], draft(`복지 안내 챗봇 ${n}`));
      await db.query(
        `INSERT INTO tasks (id, proposal_id, kind, domain, round, status, candidate_group, due_at, stalls_at)
         VALUES ($1, $2, 'expert_review', 'technical', 1, 'open', 'experts:technical',
                 now() - interval '2 days' + $3 * interval '1 hour', now() - interval '5 days')`,
        [randomUUID(), created.id, n],
      );
    }
    for (let n = 1; n <= 30; n++) {
      await db.query(
        `INSERT INTO register_entries (proposal_id, name, department_code, department_name, purpose, tier, human_oversight,
           overseer_contact, ai_notice, risk_summary, status, deployed_version, published_at, updated_at)
         VALUES ($1, $2, 'WELFARE', '복지정책과', '구청 복지 창구의 대기 시간을 줄입니다.', 1,
                 '담당 공무원이 모든 답변을 확인합니다', '복지정책과 02-2133-7000',
                 'AI는 참고 정보만 제공하며, 결정은 담당 공무원이 내립니다.', '1등급: 영향이 작습니다',
                 'in_use', '1.0.0', now() - $3 * interval '1 hour', now())`,
        [randomUUID(), `복지 상담 안내 ${n}`, n],
      );
    }
    const proposalId = (await call('POST', '/api/proposals', sessions['kim.manager'], draft('교통 민원 안내 챗봇'))).id;
    await call('POST', `/api/proposals/${proposalId}/submit`, sessions['kim.manager']);
    const taskId = await waitForTask(db, proposalId);
    return { baseUrl, sessions, review: { proposalId, taskId }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function signIn(baseUrl: string, userId: string): Promise<StoredSession> {
  const reply = await fetch(`${baseUrl}/api/sign-in/development`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  const { token } = (await reply.json()) as { token: string };
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  return { token, id: claims.sub, name: claims.name, roles: claims.roles, department: claims.dept ?? '' };
}

/** The least risky option of each question, and a line for each text: a tier I proposal. */
function lowestAnswers(): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of policyFor().sections.flatMap((s) => s.questions)) {
    if (question.kind === 'text') {
      answers[question.id] = '복지정책과 서비스 안내서';
      continue;
    }
    const [best] = [...question.options].sort((a, b) =>
      question.scoring === 'mitigation' ? b.points - a.points : a.points - b.points,
    );
    answers[question.id] = question.kind === 'multi' ? [best.id] : best.id;
  }
  return answers;
}

async function waitForTask(db: pg.Pool, proposalId: string): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const { rows } = await db.query(`SELECT id FROM tasks WHERE proposal_id = $1 AND kind = 'expert_review' LIMIT 1`, [
      proposalId,
    ]);
    if (rows.length > 0) return rows[0].id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no review task opened for ${proposalId}`);
}
