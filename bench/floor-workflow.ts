// Temporal's own floor for the lifecycle: a bare workflow with as many activities and updates as one
// proposal from submission to deployment, each activity a no-op. No HTTP, no PostgreSQL, no rules.
// Bundled on its own by bench/floor.ts; deterministic like any workflow.
import { condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';

interface FloorActivities {
  noop(): Promise<void>;
}

const { noop } = proxyActivities<FloorActivities>({ startToCloseTimeout: '1 minute' });

const stepUpdate = defineUpdate<number, [number]>('step');

/**
 * `startActivities` at start (the screening), then `updates` updates, each running `activitiesPerUpdate`.
 * @public the floor's worker runs it by name, from its bundle
 */
export async function floorWorkflow(startActivities: number, updates: number, activitiesPerUpdate: number): Promise<void> {
  // The handler first: an update that arrives in the first activation finds it, and waits for the start.
  let started = false;
  let done = 0;
  setHandler(stepUpdate, async (step) => {
    await condition(() => started);
    for (let i = 0; i < activitiesPerUpdate; i++) await noop();
    done += 1;
    return step;
  });
  for (let i = 0; i < startActivities; i++) await noop();
  started = true;
  await condition(() => done >= updates);
}
