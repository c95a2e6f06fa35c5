import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressResolver, parseTrustedProxies } from '@/lib/client-address';

/** A request as node:http hands it over: the socket's peer and the headers. */
function requestFrom(remoteAddress: string | undefined, forwardedFor?: string): IncomingMessage {
  const headers = forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor };
  return { socket: { remoteAddress }, headers, connection: { remoteAddress } } as IncomingMessage;
}

describe('clientAddressResolver', () => {
  it("takes the socket's peer, and ignores X-Forwarded-For, when no proxy is trusted", () => {
    const clientAddressOf = clientAddressResolver([]);

    expect(clientAddressOf(requestFrom('198.51.100.4', '203.0.113.7'))).toBe('198.51.100.4');
    expect(clientAddressOf(requestFrom(undefined))).toBe('unknown');
  });

  it('believes X-Forwarded-For only as far back as the hops are trusted proxies', () => {
    const clientAddressOf = clientAddressResolver(parseTrustedProxies('loopback, 10.0.0.0/8'));

    // Visitor → balancer 10.0.0.2 → this server, which sees the balancer on loopback.
    expect(clientAddressOf(requestFrom('127.0.0.1', '203.0.113.7, 10.0.0.2'))).toBe('203.0.113.7');
    // A visitor's own X-Forwarded-For is not believed: the first untrusted hop is the client.
    expect(clientAddressOf(requestFrom('127.0.0.1', '192.0.2.66, 203.0.113.7'))).toBe(
      '203.0.113.7',
    );
    // A request straight from an untrusted address is that address, whatever it claims.
    expect(clientAddressOf(requestFrom('198.51.100.4', '203.0.113.7'))).toBe('198.51.100.4');
  });

  it('refuses a list it cannot read', () => {
    expect(() => parseTrustedProxies('loopback, the balancer')).toThrow();
    expect(parseTrustedProxies(' ')).toEqual([]);
  });
});
