import { NextRequest } from 'next/server';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { FLASH_COOKIE, FLASH_HEADER, parseFlashHeader, serializeFlash } from '@/lib/flash';
import { config, proxy } from './proxy';

const flash = { kind: 'notice', message: 'Thanks for rating!' } as const;

describe('when the proxy runs', () => {
  const runsFor = (url: string, cookies: Record<string, string> = {}) =>
    unstable_doesMiddlewareMatch({ config, url, cookies });

  it('runs for a page requested with the flash cookie', () => {
    expect(runsFor('/widgets/42', { [FLASH_COOKIE]: serializeFlash(flash) })).toBe(true);
    expect(runsFor('/', { [FLASH_COOKIE]: serializeFlash(flash) })).toBe(true);
  });

  it('does not run without the flash cookie', () => {
    expect(runsFor('/widgets/42')).toBe(false);
    expect(runsFor('/widgets/42', { session: 'abc' })).toBe(false);
  });

  it("never runs for Next's own files, which must not use up the flash", () => {
    const cookies = { [FLASH_COOKIE]: serializeFlash(flash) };
    expect(runsFor('/_next/static/chunks/main.js', cookies)).toBe(false);
    expect(runsFor('/_next/image?url=%2Fa.png&w=64&q=75', cookies)).toBe(false);
  });
});

describe('proxy', () => {
  it('hands the flash to the page in a request header and deletes the cookie', () => {
    const request = new NextRequest('http://localhost/widgets/42', {
      headers: { cookie: `${FLASH_COOKIE}=${encodeURIComponent(serializeFlash(flash))}` },
    });

    const response = proxy(request);

    // NextResponse.next({ request: { headers } }) passes headers on as x-middleware-request-*.
    expect(parseFlashHeader(response.headers.get(`x-middleware-request-${FLASH_HEADER}`))).toEqual(
      flash,
    );
    expect(response.headers.get('set-cookie')).toMatch(
      new RegExp(`^${FLASH_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970`),
    );
  });
});
