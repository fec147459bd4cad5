import net from "node:net";
import { lookup as dnsLookup } from "node:dns/promises";
import { env } from "@/lib/env";

// Addresses a notification must never reach in production: the gateway's own host and networks, where an
// attacker-chosen notifyUrl could probe internal services (SSRF).
const FORBIDDEN = new net.BlockList();
for (const [subnet, prefix] of [
  ["0.0.0.0", 8], // "this network", including the unspecified 0.0.0.0
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT, private in practice
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking networks
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved and broadcast
] as const) {
  FORBIDDEN.addSubnet(subnet, prefix, "ipv4");
}
for (const [subnet, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // deprecated site-local
  ["ff00::", 8], // multicast
] as const) {
  FORBIDDEN.addSubnet(subnet, prefix, "ipv6");
}

/** The IPv4 address carried inside an IPv6 one (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96), if any. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex?.[1] || !hex[2]) return undefined;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** Whether an IP address (v4 or v6 literal) is loopback, private, link-local, unspecified or similar. */
export function isForbiddenAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return FORBIDDEN.check(address, "ipv4");
  if (family !== 6) return true; // not an address at all: never connect to it
  const inner = embeddedIpv4(address);
  if (inner !== undefined) return isForbiddenAddress(inner);
  return FORBIDDEN.check(address, "ipv6");
}

export type ResolvedAddress = { address: string; family: number };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Whether the guard applies: production, unless the operator opted out for a private deployment. */
export function ssrfGuardEnabled(): boolean {
  return env.NODE_ENV === "production" && !env.NOTIFY_ALLOW_PRIVATE_ADDRESSES;
}

export type UrlCheck = { ok: true; addresses: ResolvedAddress[] } | { ok: false; reason: string };

/**
 * Resolves a notify URL's host and accepts it only if every address it resolves to is public: one
 * private address among public ones would let DNS round-robin reach the inside.
 */
export async function checkPublicUrl(url: string, resolve: Resolver = systemResolver): Promise<UrlCheck> {
  if (!URL.canParse(url)) return { ok: false, reason: "is not a URL" };
  const hostname = new URL(url).hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(hostname)) {
    return isForbiddenAddress(hostname)
      ? { ok: false, reason: "points to a private, loopback or link-local address" }
      : { ok: true, addresses: [{ address: hostname, family: net.isIP(hostname) }] };
  }
  const lower = hostname.toLowerCase().replace(/\.$/, "");
  if (lower === "localhost" || lower.endsWith(".localhost")) {
    return { ok: false, reason: "points to the gateway's own host" };
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(hostname);
  } catch {
    return { ok: false, reason: "has a host name that does not resolve" };
  }
  if (addresses.length === 0) return { ok: false, reason: "has a host name that does not resolve" };
  if (addresses.some((a) => isForbiddenAddress(a.address))) {
    return { ok: false, reason: "resolves to a private, loopback or link-local address" };
  }
  return { ok: true, addresses };
}
