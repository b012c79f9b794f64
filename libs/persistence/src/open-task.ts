// The domain's open task (OPEN_TASK_STATUSES, as isTaskOpen reads it) as a SQL condition, for every query
// and index on open tasks.
import { OPEN_TASK_STATUSES } from '#domain';

/** `<column> IN ('open', 'claimed')`: the column is a task's status, as the statement names it. */
export const openTaskCondition = (column: string): string =>
  `${column} IN (${OPEN_TASK_STATUSES.map((status) => `'${status}'`).join(', ')})`;
