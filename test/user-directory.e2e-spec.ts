// resolveDirectoryUser against the run's PostgreSQL: what a request writes, and what it leaves alone.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  createDataSource,
  DirectoryChangeEntity,
  DirectoryRepository,
  LAST_SEEN_STEP_MS,
  resolveDirectoryUser,
  type SeenIdentity,
  UserEntity,
} from '#persistence';

let db: DataSource;
let directory: DirectoryRepository;
beforeAll(async () => {
  db = await createDataSource(process.env.TEST_DATABASE_URL!).initialize();
  directory = new DirectoryRepository(db);
});
afterAll(() => db.destroy());

const seen = (overrides: Partial<SeenIdentity> = {}): SeenIdentity => ({
  id: `u-${randomUUID()}`,
  name: '임도윤',
  roles: ['foundation_expert'],
  department: 'SAIF',
  domains: ['technical'],
  ...overrides,
});
const changesOf = (userId: string) => db.getRepository(DirectoryChangeEntity).find({ where: { userId }, order: { at: 'ASC' } });
const at = (ms: number) => new Date(Date.UTC(2026, 11, 1) + ms);

it('first sight creates the row, seeding domains from the token; two first requests at once make one row', async () => {
  const person = seen();
  const [a, b] = await Promise.all([
    resolveDirectoryUser(directory, person, at(0)),
    resolveDirectoryUser(directory, person, at(0)),
  ]);
  expect(a).toMatchObject({ id: person.id, domains: ['technical'], conflicts: [], active: true, email: null });
  expect(b.id).toBe(person.id);
  expect(await db.getRepository(UserEntity).countBy({ id: person.id })).toBe(1);
  expect(await changesOf(person.id)).toEqual([]);
});

it('an unchanged token writes nothing until last_seen_at is a step old', async () => {
  const person = seen();
  await resolveDirectoryUser(directory, person, at(0));
  await resolveDirectoryUser(directory, person, at(LAST_SEEN_STEP_MS - 1));
  expect((await db.getRepository(UserEntity).findOneByOrFail({ id: person.id })).lastSeenAt).toEqual(at(0));
  await resolveDirectoryUser(directory, person, at(LAST_SEEN_STEP_MS));
  expect((await db.getRepository(UserEntity).findOneByOrFail({ id: person.id })).lastSeenAt).toEqual(at(LAST_SEEN_STEP_MS));
  expect(await changesOf(person.id)).toEqual([]);
});

it('the token refreshes name, department, roles and email, recorded as sign-in; never domains or conflicts', async () => {
  const person = seen({ email: 'lim@saif.example' });
  await resolveDirectoryUser(directory, person, at(0));
  await db.getRepository(UserEntity).update({ id: person.id }, { conflicts: ['TRANSPORT'] });
  const row = await resolveDirectoryUser(
    directory,
    { ...person, roles: ['ethics_officer'], domains: ['external'], email: undefined },
    at(1),
  );
  expect(row).toMatchObject({
    roles: ['ethics_officer'],
    domains: ['technical'],
    conflicts: ['TRANSPORT'],
    email: 'lim@saif.example',
  });
  expect(await db.getRepository(UserEntity).findOneByOrFail({ id: person.id })).toMatchObject({
    roles: ['ethics_officer'],
    domains: ['technical'],
  });
  expect(
    (await changesOf(person.id)).map(({ changedBy, field, oldValue, newValue }) => ({ changedBy, field, oldValue, newValue })),
  ).toEqual([{ changedBy: 'sign-in', field: 'roles', oldValue: ['foundation_expert'], newValue: ['ethics_officer'] }]);
});
