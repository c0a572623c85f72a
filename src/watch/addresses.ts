/**
 * Which IP addresses a fetch may reach: public unicast only. Loopback, private, link-local,
 * shared, documentation, multicast and reserved ranges are refused, in IPv4 and IPv6,
 * including IPv4 addresses carried inside IPv6 (mapped, compatible, NAT64, 6to4).
 */
import { isIPv4, isIPv6 } from "node:net";

/** IPv4 ranges no fetch from a watch should reach: [network, prefix length, what it is]. */
const IPV4_REFUSED: ReadonlyArray<readonly [string, number, string]> = [
  ["0.0.0.0", 8, "this network"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "shared (carrier NAT)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "protocol assignments"],
  ["192.0.2.0", 24, "documentation"],
  ["192.88.99.0", 24, "6to4 relay"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

function ipv4Number(ip: string): number {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function refusedIpv4(n: number): string | null {
  for (const [base, bits, what] of IPV4_REFUSED) {
    const size = 2 ** (32 - bits);
    if (Math.floor(n / size) === Math.floor(ipv4Number(base) / size)) return what;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (with "::" expanded and a trailing dotted IPv4 read). */
function ipv6Groups(ip: string): number[] {
  let text = ip.replace(/%.*$/, "").toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = ipv4Number(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (s: string): number[] => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head), right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function refusedIpv6(ip: string): string | null {
  const g = ipv6Groups(ip);
  const v4 = (hi: number, lo: number): number => hi * 65536 + lo;
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return "unspecified";
  if (zeros(0, 7) && g[7] === 1) return "loopback";
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64): the IPv4 address decides.
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return prefixed("IPv4 in IPv6", refusedIpv4(v4(g[6]!, g[7]!)));
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return prefixed("NAT64", refusedIpv4(v4(g[6]!, g[7]!)));
  if (g[0] === 0x2002) return prefixed("6to4", refusedIpv4(v4(g[1]!, g[2]!)));
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return "unique local (private)";
  if ((first & 0xffc0) === 0xfe80) return "link-local";
  if ((first & 0xffc0) === 0xfec0) return "site-local";
  if ((first & 0xff00) === 0xff00) return "multicast";
  if (first === 0x2001 && g[1] === 0x0db8) return "documentation";
  // Teredo hides an IPv4 address that could be anything; nothing a news site needs.
  if (first === 0x2001 && g[1] === 0) return "Teredo tunnel";
  if (first === 0x0100 && zeros(1, 4)) return "discard-only";
  return null;
}

const prefixed = (how: string, what: string | null): string | null => (what ? `${what} (${how})` : null);

/** Why an address may not be fetched (loopback, private, ...), or null for a public one. */
export function refusedAddress(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, "");
  if (isIPv4(bare)) return refusedIpv4(ipv4Number(bare));
  if (isIPv6(bare)) return refusedIpv6(bare);
  return "not an IP address";
}
