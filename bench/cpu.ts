// CPU seconds spent by each part of the system during a phase, read from Linux's /proc: the profile that
// says where a proposal's cost goes (API, worker, PostgreSQL's backends, the Temporal server, this process).
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export type CpuSeconds = Record<string, number>;

interface ProcessEntry {
  pid: number;
  parent: number;
  comm: string;
  /**
   * utime + stime of the process and of its children that ended and were reaped (PostgreSQL's backends end
   * when the pool lets a connection go), in seconds.
   */
  seconds: number;
}

/** Every process on the machine, each read once from /proc/<pid>/stat. */
function processes(): ProcessEntry[] {
  const list: ProcessEntry[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: count fields after the closing one.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      list.push({
        pid: Number(entry),
        parent: Number(fields[1]),
        comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        seconds: fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / TICKS_PER_SECOND,
      });
    } catch {
      // ended while listed
    }
  }
  return list;
}

/** This process's descendants: the stack it started, not other stacks on the machine. */
function descendants(all: ProcessEntry[]): ProcessEntry[] {
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (!ours.has(p.pid) && ours.has(p.parent)) grew = Boolean(ours.add(p.pid));
  }
  return all.filter((p) => ours.has(p.pid));
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
    const ours = descendants(processes());
    const secondsOf = (match: (p: ProcessEntry) => boolean) => ours.filter(match).reduce((sum, p) => sum + p.seconds, 0);
    const usage = process.cpuUsage();
    return {
      ...Object.fromEntries(Object.entries(this.pids).map(([name, pid]) => [name, secondsOf((p) => p.pid === pid)])),
      // PostgreSQL runs one process per connection: all of them.
      postgres: secondsOf((p) => p.comm === 'postgres'),
      temporal: secondsOf((p) => p.comm === 'temporal'),
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
