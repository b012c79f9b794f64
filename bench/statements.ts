// SQL statements per proposal, by process: the bench preloads bench/count-statements.ts into the API and the
// worker and asks each for its count before and after the lifecycle's blocks.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PRELOAD = pathToFileURL(resolve('dist/bench/count-statements.js')).href;
const countFile = (name: string) => resolve(`bench/results/statements-${name}.tmp`);

/** The environment of a process whose statements are counted, under `name`. */
export function countingStatements(name: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = [env.NODE_OPTIONS, `--import=${PRELOAD}`].filter(Boolean).join(' ');
  return { ...env, NODE_OPTIONS: options, BENCH_STATEMENTS_FILE: countFile(name) };
}

/** Each process's statements so far. */
export async function statementsSoFar(processes: Record<string, ChildProcess>): Promise<Record<string, number>> {
  const counts = await Promise.all(Object.entries(processes).map(async ([name, child]) => [name, await askCount(name, child)]));
  return Object.fromEntries(counts);
}

async function askCount(name: string, child: ChildProcess): Promise<number> {
  const file = countFile(name);
  rmSync(file, { force: true });
  child.kill('SIGWINCH');
  for (let waited = 0; waited < 10_000; waited += 20) {
    await new Promise((done) => setTimeout(done, 20));
    const text = readIfThere(file);
    if (text) return Number(text); // written in one write: never half a number
  }
  throw new Error(`the ${name} process did not report its statement count`);
}

function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Statements per unit of work between two counts, per process and in total. */
export function statementsPer(units: number, before: Record<string, number>, after: Record<string, number>) {
  const names = Object.keys(after);
  const sent = (name: string) => after[name] - before[name];
  const per = Object.fromEntries(names.map((name) => [name, round(sent(name) / units)]));
  return { ...per, total: round(names.reduce((sum, name) => sum + sent(name), 0) / units) };
}

const round = (n: number) => Math.round(n * 10) / 10;
