// Waiting work, as administrators see it (GET /api/admin/stalled): when a wait counts as stalled — at its
// due time, or earlier once idle past the policy's threshold. Which stages wait on whom is stages.ts.
import type { Deadlines } from './policy/index.js';

/** Policies count deadlines in days; clocks count milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** When a wait begun at `since` and due at `dueAt` counts as stalled. */
export function stallsAt(since: Date, dueAt: Date, deadlines: Pick<Deadlines, 'stalledAfterDays'>): Date {
  return new Date(Math.min(dueAt.getTime(), since.getTime() + deadlines.stalledAfterDays * DAY_MS));
}

/**
 * When escalation `level` (from 1) of a wait due at `dueAt` (ms) goes out: the first at the due time, each
 * later one after a gap `escalationBackoff` times the one before. None past the policy's last level.
 */
export function escalationAt(
  dueAt: number,
  level: number,
  deadlines: Pick<Deadlines, 'escalationIntervalDays' | 'escalationBackoff' | 'escalationLevels'>,
): number | undefined {
  if (level < 1 || level > deadlines.escalationLevels) return undefined;
  let at = dueAt;
  for (let gap = deadlines.escalationIntervalDays * DAY_MS, l = 1; l < level; l += 1, gap *= deadlines.escalationBackoff)
    at += gap;
  return at;
}

export const daysAfter = (from: Date, days: number): Date => new Date(from.getTime() + days * DAY_MS);
