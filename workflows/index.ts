// The worker's workflow bundle entry: every workflow type it runs.
export { proposalLifecycle } from './proposal-lifecycle.js';
