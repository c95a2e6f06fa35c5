// The address a request came from: the socket's peer, or, behind proxies the deployment trusts
// (TRUSTED_PROXIES), the address the nearest of them saw in X-Forwarded-For. Only trusted hops
// are believed: a client can write any X-Forwarded-For it likes. Failed sign-ins are limited per
// this address (lib/rate-limits.ts), so behind a load balancer it must be the visitor's, not the
// balancer's. proxy-addr is Express's implementation of the same rule (its `trust proxy`).
// Not server-only: server.ts imports it.
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * Parses TRUSTED_PROXIES: comma-separated addresses, CIDR ranges, or the names `loopback`,
 * `linklocal` and `uniquelocal`. Throws on anything else (lib/env.ts reports it at boot).
 */
export function parseTrustedProxies(value: string): string[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  proxyAddr.compile(entries);
  return entries;
}

/** A function that names the client address of a request, trusting the given proxies only. */
export function clientAddressResolver(trustedProxies: string[]): (req: IncomingMessage) => string {
  if (trustedProxies.length === 0) return (req) => req.socket.remoteAddress ?? 'unknown';
  const trust = proxyAddr.compile(trustedProxies);
  return (req) => (req.socket.remoteAddress ? proxyAddr(req, trust) : 'unknown');
}
