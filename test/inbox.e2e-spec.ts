// The inbox's filters over HTTP: by the task (kind, who holds it, due time) and by its proposal (stage, tier,
// department), applied by the API so that a page of 200 never hides a match. Other test files share the
// database, so each check looks for this file's own two tasks, as an expert only this file uses (whose
// claim no other file's count of park.expert's tasks can see).
import { lowRiskDraft, openTask } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
let expert: string; // a token: an expert of every domain, of the Foundation, in the directory from the first call
const mine: Record<'welfare' | 'transport', string> = { welfare: '', transport: '' };
beforeAll(async () => {
  system = await System.start();
  expert = system.token('park.expert', { sub: 'inbox.expert' } as never);
  for (const [key, manager] of [
    ['welfare', 'kim.manager'],
    ['transport', 'lee.manager'],
  ] as const) {
    const created = await system.call('POST', '/api/proposals', { as: manager, body: lowRiskDraft() });
    expect((await system.call('POST', `/api/proposals/${created.body.id}/submit`, { as: manager })).status).toBe(202);
    mine[key] = (await openTask(system, created.body.id, 'expert_review', 'park.expert')).id;
  }
});
afterAll(() => system.stop());

/** Every page of the expert's inbox under `filters`: which of this file's tasks it holds. */
async function found(filters: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 200) {
    const reply = await system.call('GET', `/api/tasks?${filters}&limit=200&offset=${offset}`, { token: expert });
    expect(reply.status).toBe(200);
    ids.push(...reply.body.map((t: { id: string }) => t.id));
    if (reply.body.length < 200) break;
  }
  return Object.entries(mine)
    .filter(([, id]) => ids.includes(id))
    .map(([key]) => key)
    .sort();
}

it("filters by the proposal's department, stage and tier", async () => {
  expect(await found('department=TRANSPORT')).toEqual(['transport']);
  expect(await found('department=WELFARE')).toEqual(['welfare']);
  expect(await found('stage=EXPERT_REVIEW')).toEqual(['transport', 'welfare']);
  expect(await found('stage=ETHICS_SIGNOFF')).toEqual([]);
  expect(await found('tier=1')).toEqual(['transport', 'welfare']);
  expect(await found('tier=2')).toEqual([]);
  expect(await found('stage=EXPERT_REVIEW&tier=1&department=TRANSPORT')).toEqual(['transport']);
});

it('filters by the task: its kind, who holds it, its due time', async () => {
  expect(await found('kind=expert_review')).toEqual(['transport', 'welfare']);
  expect(await found('kind=ethics_signoff')).toEqual([]);
  expect((await system.call('POST', `/api/tasks/${mine.transport}/claim`, { token: expert })).status).toBe(200);
  expect(await found('assignee=me')).toEqual(['transport']);
  expect(await found('assignee=none')).toEqual(['welfare']);
  expect(await found(`dueBefore=${encodeURIComponent(new Date(Date.now() - 60_000).toISOString())}`)).toEqual([]);
  expect(await found(`dueBefore=${encodeURIComponent(new Date(Date.now() + 400 * 86_400_000).toISOString())}`)).toEqual([
    'transport',
    'welfare',
  ]);
});

it('refuses a filter it does not know the value of, naming it', async () => {
  for (const [filter, field] of [
    ['stage=SOMEWHERE', 'stage'],
    ['tier=5', 'tier'],
    ['department=' + 'X'.repeat(51), 'department'],
  ]) {
    const reply = await system.call('GET', `/api/tasks?${filter}`, { token: expert });
    expect(reply.status).toBe(400);
    expect(reply.body.fields).toEqual([expect.objectContaining({ field })]);
  }
});
