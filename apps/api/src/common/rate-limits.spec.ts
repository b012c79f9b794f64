import { clientKey } from './client-key.js';
import { RateLimits, WindowedCounter } from './rate-limits.js';

const limits = (failures: number) =>
  new RateLimits({ RATE_LIMIT_PUBLIC_PER_MINUTE: 10, RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: failures });

describe('clientKey', () => {
  it('counts an IPv4 address as itself, also when mapped into IPv6', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    expect(clientKey('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(clientKey('2001:0DB8:0000:0001:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:1::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1:2:3:4:5:6')).toBe('0:0:1:2::/64');
    expect(clientKey('2001:db8:0:2::1')).not.toBe(clientKey('2001:db8:0:1::1'));
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('puts what is no address under one key', () => {
    expect(clientKey(undefined)).toBe('unknown');
    expect(clientKey('not an address')).toBe('unknown');
    expect(clientKey('2001:db8::1::2')).toBe('unknown');
  });
});

describe('WindowedCounter', () => {
  it('refuses past the limit until the next minute begins, and says how long to wait', () => {
    let now = 1_800_000_000_000; // on a minute boundary
    const counter = new WindowedCounter(2, 100, () => now);
    expect([counter.take('a'), counter.take('a'), counter.take('b')]).toEqual([0, 0, 0]);
    now += 15_000;
    expect(counter.take('a')).toBe(45);
    now += 45_000;
    expect(counter.size).toBe(0); // the old window's map is gone whole
    expect(counter.take('a')).toBe(0);
  });

  it('past its capacity counts new addresses together and keeps the tracked ones apart', () => {
    const counter = new WindowedCounter(3, 2, () => 0);
    expect(['a', 'b', 'c', 'd', 'e'].map((key) => counter.take(key))).toEqual([0, 0, 0, 0, 0]);
    expect(counter.take('f')).toBeGreaterThan(0); // c, d and e filled the shared count
    expect(counter.take('a')).toBe(0);
    expect(counter.size).toBe(3);
  });
});

describe('RateLimits.failedAuthentication', () => {
  it('lets failures through as 401 up to the limit, then asks to wait; other addresses are not affected', () => {
    const limited = limits(3);
    expect([1, 2, 3, 4].map(() => limited.failedAuthentication('198.51.100.1'))).toEqual([0, 0, 0, expect.any(Number)]);
    expect(limited.failedAuthentication('198.51.100.1')).toBeGreaterThan(0);
    expect(limited.failedAuthentication('198.51.100.2')).toBe(0);
    expect(limited.failedAuthentication('2001:db8:0:1::2')).toBe(0);
  });

  it('counts failures from 40,000 IPv6 clients within 200 ms of event-loop time, in bounded memory', () => {
    const ipv6 = (i: number, net = 'db8') => `2001:${net}:${(i >> 8).toString(16)}:${(i & 255).toString(16)}::1`;
    const warm = limits(30); // a running API is warmed up: compile the code first, on other addresses
    for (let i = 0; i < 5_000; i++) warm.failedAuthentication(ipv6(i, 'db9'));
    const limited = limits(30);
    const addresses = Array.from({ length: 40_000 }, (_, i) => ipv6(i));
    // Synchronous work holds the event loop for as long as it runs. Its CPU time is what it costs: on a
    // shared machine the wall clock also counts the time other processes had the core.
    const started = process.cpuUsage();
    let refused = 0;
    for (const address of addresses) if (limited.failedAuthentication(address) > 0) refused++;
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(200);
    expect(limited.failedAuthentications.size).toBe(20_001); // the capacity, and the count they share past it
    expect(refused).toBe(20_000 - 30); // past the capacity they fail as one client
  });
});
