// The faults of one run, in an order and at moments drawn from the run's seed: worker crashes, a restart
// of the Temporal server, PostgreSQL stopped for a while. Each is undone before the next one starts.
import type { FileBackedTemporal } from '../support/file-backed-temporal.js';
import type { Random } from '../support/seeded-random.js';
import type { System } from '../support/system.js';
import type { RunningPostgres } from '#dev-stack';

export type Fault = 'kill-worker' | 'restart-temporal' | 'stop-postgres';

export interface FaultTargets {
  system: System;
  temporal: FileBackedTemporal;
  postgres: RunningPostgres;
  postgresOutageMs: number;
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `kills` worker crashes and one of each outage, shuffled by `random` (Fisher–Yates). */
export function drawFaults(random: Random, kills: number): Fault[] {
  const faults: Fault[] = [...Array<Fault>(kills).fill('kill-worker'), 'restart-temporal', 'stop-postgres'];
  for (let i = faults.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [faults[i], faults[j]] = [faults[j], faults[i]];
  }
  return faults;
}

export interface FaultRecord {
  /** The statuses the API answered while PostgreSQL was stopped. */
  duringOutage: number[];
  /** When each SIGKILL of the worker landed (Date.now()). */
  workerKills: number[];
}

/** Runs the faults one after another. */
export async function injectFaults(faults: Fault[], random: Random, targets: FaultTargets): Promise<FaultRecord> {
  const { system, temporal, postgres, log } = targets;
  const duringOutage: number[] = [];
  const workerKills: number[] = [];
  const started = Date.now();
  for (const fault of faults) {
    await sleep(random.between(500, 3_000));
    log(`+${((Date.now() - started) / 1000).toFixed(1)}s ${fault}`);
    if (fault === 'kill-worker') {
      workerKills.push(Date.now());
      await system.killWorker();
      await sleep(random.between(0, 2_000));
      system.startWorker();
    }
    if (fault === 'restart-temporal') {
      await temporal.halt();
      await sleep(random.between(1_000, 3_000));
      await temporal.resume();
    }
    if (fault === 'stop-postgres') {
      await postgres.halt();
      const until = Date.now() + targets.postgresOutageMs;
      while (Date.now() < until) {
        const reply = await system.call('GET', '/api/proposals', { as: 'kim.manager' }).catch(() => undefined);
        duringOutage.push(reply?.status ?? 0);
        await sleep(2_000);
      }
      await postgres.resume();
    }
  }
  return { duringOutage, workerKills };
}
