import { formatDateTime, formatDay, parseDay, startOfSeoulDay } from '../apps/web/src/i18n/dates.js';

it("writes a time the Korean way in Seoul's time, whatever the machine's zone", () => {
  // 12:59 UTC is 21:59 in Seoul, a Tuesday.
  expect(formatDateTime('2026-12-01T12:59:00Z', 'ko')).toBe('2026. 12. 1.(화) 오후 9:59');
  expect(formatDateTime('2026-12-01T12:59:00Z', 'en')).toBe('Tue 1 Dec 2026, 9:59 pm');
  // 15:30 UTC is past midnight in Seoul: the next day, in the morning.
  expect(formatDateTime('2026-12-01T15:30:00Z', 'ko')).toBe('2026. 12. 2.(수) 오전 12:30');
  expect(formatDay('2026-03-01T03:00:00Z', 'ko')).toBe('2026. 3. 1.(일)');
});

it('reads a day typed the Korean way or as ISO, and refuses one that does not exist', () => {
  for (const typed of ['2026. 12. 1.', '2026.12.01', '2026-12-01', '20261201', ' 2026/12/1 '])
    expect([typed, parseDay(typed)]).toEqual([typed, '2026-12-01']);
  for (const typed of ['2026. 2. 30.', '12/01/2026', 'tomorrow', ''])
    expect([typed, parseDay(typed)]).toEqual([typed, undefined]);
  expect(startOfSeoulDay('2026-12-01')).toBe('2026-11-30T15:00:00.000Z');
});
