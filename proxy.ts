// Next.js's proxy (formerly middleware): runs before a request is routed. Its one job here is the
// second step of a flash message's trip (lib/flash.ts explains all three): the request that
// follows a redirect brings the flash cookie; the proxy hands the message to the page in a
// request header and deletes the cookie, so the message shows once. (Pages cannot do this
// themselves: a server component may read cookies but not change them.)
import { NextResponse, type NextRequest, type ProxyConfig } from 'next/server';
import { FLASH_COOKIE, FLASH_HEADER, flashHeaderValue } from '@/lib/flash';

export function proxy(request: NextRequest) {
  const cookieValue = request.cookies.get(FLASH_COOKIE)?.value ?? '';
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(FLASH_HEADER, flashHeaderValue(cookieValue));

  // `request: { headers }` passes the headers on to the page; the response never shows them.
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.cookies.delete(FLASH_COOKIE);
  return response;
}

export const config: ProxyConfig = {
  // Next checks the matcher before it calls the proxy, so a request without the flash cookie (all
  // but the one after a redirect) costs nothing. Nor do Next's own files under /_next (scripts,
  // styles, images), which the browser may fetch with the cookie while the page loads: they
  // must not use up a message meant for the page. The matcher must be written as literals, so
  // the cookie's name is spelled out here; proxy.test.ts checks that it is FLASH_COOKIE.
  matcher: [
    {
      source: '/((?!_next/).*)',
      has: [{ type: 'cookie', key: 'flash' }],
    },
  ],
};
