import type { LifecycleMetricsRepository } from '#persistence';
import { CachedFigures } from './lifecycle-collectors.js';

/** A repository that counts its aggregate queries; `fail` makes the next reading fail. */
function countingRepository() {
  const state = { queries: 0, fail: false };
  const query = async <T>(rows: T): Promise<T> => {
    state.queries++;
    if (state.fail) throw new Error('connection terminated');
    return rows;
  };
  const repository = {
    openTasksByKind: () => query([{ kind: 'expert_review', n: state.queries }]),
    escalationsByAction: () => query([]),
    decisionsByKind: () => query([]),
    stageStays: () => query([]),
  } as unknown as LifecycleMetricsRepository;
  return { repository, state };
}

it('reads the four aggregates once per TTL, however many scrapes come, concurrent or not', async () => {
  let now = 0;
  const { repository, state } = countingRepository();
  const figures = new CachedFigures(repository, 30_000, () => now);
  await Promise.all([figures.get(), figures.get(), figures.get()]);
  now += 29_000;
  await figures.get();
  expect(state.queries).toBe(4);
  now += 1_000;
  await figures.get();
  expect(state.queries).toBe(8);
});

it('keeps no failed reading: the next scrape asks the database again', async () => {
  const { repository, state } = countingRepository();
  const figures = new CachedFigures(repository, 30_000, () => 0);
  state.fail = true;
  await expect(figures.get()).rejects.toThrow('connection terminated');
  state.fail = false;
  await expect(figures.get()).resolves.toMatchObject({ openTasks: [{ kind: 'expert_review' }] });
});
