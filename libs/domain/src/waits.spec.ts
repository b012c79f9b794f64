import { DAY_MS, escalationAt } from './waits.js';

const deadlines = { escalationIntervalDays: 2, escalationBackoff: 2, escalationLevels: 4 };
const due = Date.UTC(2027, 0, 1);
const daysAfterDue = (level: number) => {
  const at = escalationAt(due, level, deadlines);
  return at === undefined ? undefined : (at - due) / DAY_MS;
};

describe('escalationAt', () => {
  it('escalates at the due time, then after gaps that double, up to the last level', () => {
    expect([1, 2, 3, 4].map(daysAfterDue)).toEqual([0, 2, 6, 14]);
  });

  it('has no level past the last, nor before the first', () => {
    expect(daysAfterDue(5)).toBeUndefined();
    expect(daysAfterDue(0)).toBeUndefined();
  });

  it('repeats at the interval when the backoff is 1', () => {
    const even = { ...deadlines, escalationBackoff: 1 };
    expect([1, 2, 3].map((level) => (escalationAt(due, level, even)! - due) / DAY_MS)).toEqual([0, 2, 4]);
  });
});
