// Reassignment by choosing: whom a task may go to (the reassignment rule on each member of its group, least
// loaded first), an absent person's open tasks with theirs, and reassign-all with a person per task.
import { ownDatabase } from './support/own-database.js';
import { openTask, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  // Its own database: the candidates it lists would include other files' experts in the shared one.
  const database = await ownDatabase('candidates');
  system = await System.start({ DATABASE_URL: database }, database);
  // Of the technical group beside the demo experts: one inactive, one with a declared conflict with WELFARE.
  await system.db.query(
    `INSERT INTO users (id, name, department_code, roles, domains, conflicts, active) VALUES
       ('kang.expert', '강도윤', 'SAIF', '{foundation_expert}', '{technical}', '{}', false),
       ('seo.expert', '서지아', 'SAIF', '{foundation_expert}', '{technical}', '{WELFARE}', true)`,
  );
});
afterAll(() => system.stop());

const candidatesOf = (taskId: string) =>
  system.call('GET', `/api/admin/tasks/${taskId}/candidates`, { as: 'han.admin', headers: { 'Accept-Language': 'ko' } });
const claim = (taskId: string) => system.call('POST', `/api/tasks/${taskId}/claim`, { as: 'park.expert' });

it('lists who may take a task, least loaded first, and why the rest of its group may not', async () => {
  const first = await openTask(system, await submittedProposal(system), 'expert_review', 'park.expert');
  const second = await openTask(system, await submittedProposal(system), 'expert_review', 'park.expert');
  expect((await claim(first.id)).status).toBe(200); // park holds one task now, yoon none

  const { status, body } = await candidatesOf(second.id);
  expect(status).toBe(200);
  expect(body.candidates).toEqual([
    { id: 'yoon.expert', name: '윤하늘', department: 'SAIF', openTasks: 0, nearestDueAt: null },
    { id: 'park.expert', name: '박서연', department: 'SAIF', openTasks: 1, nearestDueAt: expect.any(String) },
  ]);
  const excluded = Object.fromEntries(body.excluded.map((e: any) => [e.id, e.code]));
  expect(excluded).toEqual({
    'choi.expert': 'assignee_of_proposal_department', // WELFARE, the proposal's department
    'kang.expert': 'person_inactive',
    'seo.expert': 'assignee_declared_conflict',
  });
  expect(body.excluded.find((e: any) => e.id === 'seo.expert').reason).toContain('이해충돌');

  // The holder is not their own candidate.
  const ofFirst = await candidatesOf(first.id);
  expect(ofFirst.body.candidates.map((c: any) => c.id)).toEqual(['yoon.expert']);
  expect((await system.call('GET', `/api/admin/tasks/${first.id}/candidates`, { as: 'park.expert' })).status).toBe(403);
});

it("shows an absent person's open tasks with their candidates, and moves each to the person chosen for it", async () => {
  const ids = [await submittedProposal(system), await submittedProposal(system)];
  const tasks: { id: string }[] = [];
  for (const id of ids) tasks.push(await openTask(system, id, 'expert_review', 'park.expert'));
  for (const task of tasks) expect((await claim(task.id)).status).toBe(200);

  const held = await system.call('GET', '/api/admin/users/park.expert/tasks', { as: 'han.admin' });
  expect(held.status).toBe(200);
  const shown = held.body.filter((h: any) => tasks.some((t) => t.id === h.task.id));
  expect(shown).toHaveLength(2);
  expect(shown[0]).toMatchObject({
    proposal: { title: '복지 상담 안내 챗봇', department: 'WELFARE' },
    candidates: { candidates: [expect.objectContaining({ id: 'yoon.expert' })] },
  });
  expect((await system.call('GET', '/api/admin/users/nobody/tasks', { as: 'han.admin' })).status).toBe(404);

  // A task park does not hold: a 422 naming the field, and nothing moves.
  const stray = await system.call('POST', '/api/admin/users/yoon.expert/reassign-all', {
    as: 'han.admin',
    body: { assignments: [{ taskId: tasks[0].id, assignee: 'park.expert' }] },
  });
  expect(stray).toMatchObject({ status: 422, body: { code: 'task_not_held_by' } });
  // Neither a person for all nor one per task: each field is valid (both optional), together they ask nothing.
  const empty = await system.call('POST', '/api/admin/users/park.expert/reassign-all', { as: 'han.admin', body: {} });
  expect(empty).toMatchObject({ status: 422, body: { code: 'reassign_all_needs_assignee' } });

  // One task to yoon, the other named nowhere and no `assignee`: it stays with park.
  const moved = await system.call('POST', '/api/admin/users/park.expert/reassign-all', {
    as: 'han.admin',
    body: { assignments: [{ taskId: tasks[0].id, assignee: 'yoon.expert' }] },
  });
  expect(moved.status).toBe(200);
  expect(moved.body.moved.map((t: any) => [t.id, t.assignee])).toEqual([[tasks[0].id, 'yoon.expert']]);
  const rows = await system.db.query(`SELECT id, assignee FROM tasks WHERE id = ANY($1) ORDER BY assignee`, [
    tasks.map((t) => t.id),
  ]);
  expect(rows.rows).toEqual([
    { id: tasks[1].id, assignee: 'park.expert' },
    { id: tasks[0].id, assignee: 'yoon.expert' },
  ]);
});
