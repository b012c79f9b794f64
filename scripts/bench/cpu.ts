// CPU seconds spent by each part of the system during a phase, read from Linux's /proc: the profile that
// says where a proposal's cost goes (API, worker, PostgreSQL's backends, the Temporal server, this process).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export type CpuSeconds = Record<string, number>;

/**
 * utime + stime of one process and of its children that ended and were reaped (PostgreSQL's backends end
 * when the pool lets a connection go), in seconds; 0 once it is gone.
 */
function processSeconds(pid: number): number {
  try {
    // The command name is in parentheses and may hold spaces: count fields after the closing one.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

interface ProcessEntry {
  pid: number;
  parent: number;
  comm: string;
}

function processes(): ProcessEntry[] {
  const list: ProcessEntry[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      list.push({ pid: Number(entry), parent: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]), comm });
    } catch {
      // ended while listed
    }
  }
  return list;
}

/** This process's descendants named `comm` (PostgreSQL runs one per connection), summed; not other stacks'. */
function seconds(comm: string): number {
  const all = processes();
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (!ours.has(p.pid) && ours.has(p.parent)) grew = Boolean(ours.add(p.pid));
  }
  return all.filter((p) => p.comm === comm && ours.has(p.pid)).reduce((sum, p) => sum + processSeconds(p.pid), 0);
}

interface PhaseTotals {
  units: number;
  seconds: number;
  cpu: CpuSeconds;
}

/** Wall time and CPU of named phases, summed over the blocks each ran in. */
export class CpuMeter {
  private readonly phases = new Map<string, PhaseTotals>();

  constructor(private readonly pids: Record<string, number>) {}

  read(): CpuSeconds {
    const usage = process.cpuUsage();
    return {
      ...Object.fromEntries(Object.entries(this.pids).map(([name, pid]) => [name, processSeconds(pid)])),
      postgres: seconds('postgres'),
      temporal: seconds('temporal'),
      'load generator and floor worker': (usage.user + usage.system) / 1e6,
    };
  }

  /** Runs one block of `units` of the phase's work (proposals, workflows), adding its time and CPU. */
  async measure(phase: string, units: number, run: () => Promise<unknown>): Promise<void> {
    const before = this.read();
    const started = performance.now();
    await run();
    const seconds = (performance.now() - started) / 1000;
    const after = this.read();
    const totals = this.phases.get(phase) ?? { units: 0, seconds: 0, cpu: {} };
    totals.units += units;
    totals.seconds += seconds;
    for (const part of Object.keys(after)) totals.cpu[part] = (totals.cpu[part] ?? 0) + after[part] - before[part];
    this.phases.set(phase, totals);
  }

  /** Units per second over all its blocks, and CPU seconds per unit by part of the system. */
  summary(phase: string): { perSecond: number; cpuPerUnit: CpuSeconds } {
    const { units, seconds, cpu } = this.phases.get(phase)!;
    const cpuPerUnit = Object.fromEntries(Object.entries(cpu).map(([part, s]) => [part, Number((s / units).toFixed(4))]));
    return { perSecond: units / seconds, cpuPerUnit };
  }
}
