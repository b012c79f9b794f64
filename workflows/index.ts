// The worker's workflow bundle entry: every workflow type it runs.
/** @public the worker runs it by name, from the workflow bundle */
export { proposalLifecycle } from './proposal-lifecycle.js';
/** @public the worker runs it by name, from the workflow bundle */
export { reconcile } from './reconcile.js';
/** @public the worker runs it by name, from the workflow bundle */
export { auditDigest } from './audit-digest.js';
