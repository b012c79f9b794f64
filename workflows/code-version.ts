// Which version of the lifecycle's code a run follows. Each run takes the version of the worker that starts
// it, at its start and at each continue-as-new, and records it as a patch marker: a run replays on the
// branches of its own version, and a worker whose bundle is older than a run's version fails that run's
// workflow task (the run waits for a newer worker) rather than running it on old code.
import { patched } from '@temporalio/workflow';

/**
 * The changes made to the lifecycle's code while runs were in flight, oldest first; append only. A change's
 * version is its place in the list plus one more than BASELINE. See docs/workflow-versioning.md.
 */
const CHANGES: readonly string[] = [];

/** The code of 2026-12-02. Runs of earlier code existed only in tests; their histories were dropped. */
const BASELINE = 1;

const CODE_VERSION = BASELINE + CHANGES.length;

const markerOf = (version: number) => `bareun-code-version-${version}`;

/** The version this run follows: its marker, or (on first execution) this bundle's version, recorded as one. */
export function versionOfThisRun(): number {
  for (let version = CODE_VERSION; version >= BASELINE; version -= 1) {
    if (patched(markerOf(version))) return version;
  }
  // Not an ApplicationFailure: it fails the workflow task, which Temporal retries, never the workflow.
  throw new Error(`This run follows a code version newer than ${CODE_VERSION}, this worker's: a newer worker must run it.`);
}
