// Latency samples per named call, and a pool that keeps `concurrency` tasks running.
export class Latencies {
  private readonly samples = new Map<string, number[]>();

  add(name: string, ms: number): void {
    const list = this.samples.get(name) ?? [];
    list.push(ms);
    this.samples.set(name, list);
  }

  async time<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.add(name, performance.now() - started);
    }
  }

  values(name: string): number[] {
    return this.samples.get(name) ?? [];
  }

  summary(): Record<string, { calls: number; p50: number; p95: number; p99: number }> {
    return Object.fromEntries([...this.samples].map(([name, list]) => [name, percentiles(list)]));
  }
}

export function percentiles(list: number[]) {
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1));
  return { calls: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs `count` jobs, at most `concurrency` at once; returns the wall time in seconds. */
export async function pool(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await job(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}
