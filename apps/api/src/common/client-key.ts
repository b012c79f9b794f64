// What a rate limit counts by: an IPv4 address, or the /64 network of an IPv6 one — one subscriber gets a
// whole /64, so counting single IPv6 addresses would give each client 2^64 fresh starts. Runs on every
// limited request, so it parses by hand, without a regular expression or a copy of the address per group.
import { isIPv4, isIPv6 } from 'node:net';

const MAPPED_IPV4 = '::ffff:';

export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  if (!address.includes(':')) return isIPv4(address) ? address : 'unknown';
  if (address.toLowerCase().startsWith(MAPPED_IPV4) && isIPv4(address.slice(MAPPED_IPV4.length))) {
    return address.slice(MAPPED_IPV4.length);
  }
  if (!isIPv6(address)) return 'unknown';
  const zone = address.indexOf('%');
  return prefix64(zone === -1 ? address : address.slice(0, zone));
}

/** The first four groups of a valid IPv6 address, `::` filled in, each without leading zeros. */
function prefix64(address: string): string {
  let from = 0;
  for (let i = 0; i < 4; i++) {
    const colon = address.indexOf(':', from);
    // `::` within the /64, or a group with a leading zero: spelled otherwise than RFC 5952 writes it
    if (colon === from || (colon - from > 1 && address.charCodeAt(from) === 48)) return normalizedPrefix(address);
    from = colon + 1;
  }
  return `${address.slice(0, from).toLowerCase()}:/64`;
}

/** The slow way, for the addresses whose `::` falls within the /64 (2001:db8::1, ::1) or written with leading zeros. */
function normalizedPrefix(address: string): string {
  const gap = address.indexOf('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  let all = groups(address);
  if (gap !== -1) {
    const left = groups(address.slice(0, gap));
    const right = groups(address.slice(gap + 2));
    // An embedded IPv4 tail (::1.2.3.4) stands for two groups.
    const rightCount = right.reduce((n, group) => n + (group.includes('.') ? 2 : 1), 0);
    all = [...left, ...Array<string>(8 - left.length - rightCount).fill('0'), ...right];
  }
  const prefix = all.slice(0, 4).map((group) => parseInt(group, 16).toString(16));
  return `${prefix.join(':')}::/64`;
}
