// The lifecycle code's changes made while runs were in flight, oldest first. Append only: a change's place
// in this list is its version. The API starts each run with the version it knows (`CODE_VERSION`), and
// the run follows every change up to it without asking; see workflows/code-changes.ts.
export const CODE_CHANGES = [
  /** The workflow records the submission as its first step (the API used to, before starting it). */
  'submission-recorded-by-workflow',
  /** A notification is queued in its event's transaction, then delivered by email. */
  'notification-with-its-event',
  /** Only the search attributes that changed are upserted. */
  'search-attributes-when-changed',
  /** Search attributes are upserted once the lifecycle is at rest, not at every write. */
  'search-attributes-at-rest',
] as const;

export type CodeChange = (typeof CODE_CHANGES)[number];

/** The version a run started now follows: every change so far. */
export const CODE_VERSION = CODE_CHANGES.length;
