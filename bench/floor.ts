// The floor's worker (in this process, on the same server, SDK default worker settings like apps/worker)
// and its client: bare workflows through start and updates, and single update round trips.
import { fileURLToPath } from 'node:url';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import { type Latencies, pool } from './stats.js';

const TASK_QUEUE = 'bench-floor';

export interface Shape {
  startActivities: number;
  updates: number;
  activitiesPerUpdate: number;
}

export class Floor {
  private constructor(
    private readonly client: Client,
    private readonly worker: Worker,
    private readonly running: Promise<void>,
  ) {}

  static async start(address: string): Promise<Floor> {
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: fileURLToPath(new URL('./floor-workflow.js', import.meta.url)),
      logger: { info() {}, warn() {}, error() {}, debug() {}, trace() {}, log() {} },
    });
    const worker = await Worker.create({
      connection: await NativeConnection.connect({ address }),
      taskQueue: TASK_QUEUE,
      workflowBundle,
      activities: { noop: async () => {} },
    });
    const client = new Client({ connection: await Connection.connect({ address }) });
    return new Floor(client, worker, worker.run());
  }

  private async startOne(shape: Shape) {
    return this.client.workflow.start('floorWorkflow', {
      taskQueue: TASK_QUEUE,
      workflowId: `floor-${crypto.randomUUID()}`,
      args: [shape.startActivities, shape.updates, shape.activitiesPerUpdate],
    });
  }

  /** `count` workflows through start, every update and completion, `concurrency` at once. */
  async runWorkflows(shape: Shape, count: number, concurrency: number): Promise<void> {
    await pool(count, concurrency, async () => {
      const handle = await this.startOne(shape);
      for (let step = 0; step < shape.updates; step++) await handle.executeUpdate('step', { args: [step] });
      await handle.result();
    });
  }

  /** One update round trip on each of `count` waiting workflows, `concurrency` at once. */
  async updateRoundTrips(activitiesPerUpdate: number, count: number, concurrency: number, latencies: Latencies) {
    const handles: WorkflowHandle[] = [];
    for (let i = 0; i < count; i++) handles.push(await this.startOne({ startActivities: 0, updates: 1, activitiesPerUpdate }));
    await pool(count, concurrency, (i) => latencies.time('raw update', () => handles[i].executeUpdate('step', { args: [0] })));
  }

  async stop(): Promise<void> {
    this.worker.shutdown();
    await this.running;
    await this.client.connection.close();
  }
}
