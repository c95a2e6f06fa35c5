import { NextRequest } from 'next/server';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { FLASH_COOKIE, FLASH_HEADER, parseFlashHeader, serializeFlash } from '@/lib/flash';
import { config, proxy } from './proxy';

const flash = { kind: 'notice', message: 'Thanks for rating!' } as const;
const flashCookie = `${FLASH_COOKIE}=${encodeURIComponent(serializeFlash(flash))}`;

// NextResponse.next({ request: { headers } }) passes headers on as x-middleware-request-*.
const passedOn = (response: Response, header: string) =>
  response.headers.get(`x-middleware-request-${header.toLowerCase()}`);

describe('when the proxy runs', () => {
  const runsFor = (url: string, cookies: Record<string, string> = {}) =>
    unstable_doesMiddlewareMatch({ config, url, cookies });

  it.each(['/', '/widgets/42', '/manufacturers/new', '/widget_ratings', '/api/v1/widgets'])(
    'runs for %s, a page or route handler, with or without the flash cookie',
    (url) => {
      expect(runsFor(url)).toBe(true);
      expect(runsFor(url, { [FLASH_COOKIE]: serializeFlash(flash) })).toBe(true);
    },
  );

  it.each([
    '/_next/static/chunks/main.js',
    '/_next/image?url=%2Fa.png&w=64&q=75',
    '/icon.svg',
    '/icon.svg?3f2a1b',
    '/favicon.ico',
  ])("never runs for %s, one of Next's own files, which must not use up the flash", (url) => {
    expect(runsFor(url, { [FLASH_COOKIE]: serializeFlash(flash) })).toBe(false);
  });
});

describe('proxy', () => {
  it('hands the flash to the page in a request header and deletes the cookie', () => {
    const request = new NextRequest('http://localhost/widgets/42', {
      headers: { cookie: flashCookie },
    });

    const response = proxy(request);

    expect(parseFlashHeader(passedOn(response, FLASH_HEADER))).toEqual(flash);
    expect(response.headers.get('set-cookie')).toMatch(
      new RegExp(`^${FLASH_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970`),
    );
  });

  it('leaves cookies alone and passes no flash when the request brings none', () => {
    const response = proxy(new NextRequest('http://localhost/widgets/42'));

    expect(passedOn(response, FLASH_HEADER)).toBeNull();
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('gives the page and the browser the same policy, with a new nonce for each request', () => {
    const policies = [1, 2].map(() => {
      const response = proxy(new NextRequest('http://localhost/widgets/42'));
      const policy = response.headers.get('content-security-policy');
      expect(passedOn(response, 'content-security-policy')).toBe(policy);
      return policy;
    });

    const nonces = policies.map((policy) => policy?.match(/'nonce-([^']+)'/)?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[1]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('refuses a cross-origin post with 403, passing nothing on and keeping the flash', async () => {
    const request = new NextRequest('http://localhost/widget_ratings', {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
        cookie: flashCookie,
      },
    });

    const response = proxy(request);

    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Cross-origin request refused.\n');
    expect(response.headers.get('x-middleware-next')).toBeNull();
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it.each([
    ['a same-origin post', '/widget_ratings', { 'sec-fetch-site': 'same-origin' }],
    ['a post without Origin', '/widget_ratings', {}],
    ['a cross-origin post to the API', '/api/v1/widgets', { 'sec-fetch-site': 'cross-site' }],
  ])('passes %s on', (_, path, headers) => {
    const request = new NextRequest(`http://localhost${path}`, { method: 'POST', headers });

    const response = proxy(request);

    expect(response.status).toBe(200);
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });
});
