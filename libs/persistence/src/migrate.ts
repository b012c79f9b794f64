import { createDataSource } from './database.js';
import { seedDemoData } from './demo-data.js';

async function withDataSource(url: string, work: (db: ReturnType<typeof createDataSource>) => Promise<unknown>): Promise<void> {
  const db = await createDataSource(url).initialize();
  try {
    await work(db);
  } finally {
    await db.destroy();
  }
}

/** Applies pending migrations; returns the names of those it ran. */
export async function runMigrations(url: string): Promise<string[]> {
  const names: string[] = [];
  await withDataSource(url, async (db) => names.push(...(await db.runMigrations({ transaction: 'each' })).map((m) => m.name)));
  return names;
}

export const seedDemo = (url: string): Promise<void> => withDataSource(url, seedDemoData);
