// Next.js's proxy (formerly middleware): runs before a page or route handler request is routed.
// It does three things, in this order:
//   1. Refuses a request that may change something when another origin sent it: 403, before any
//      server action or route handler runs, so nothing is written (lib/cross-origin.ts).
//   2. Gives the page its Content-Security-Policy with a fresh nonce: on the request, where Next
//      reads the nonce and writes it on its scripts, and on the response
//      (lib/content-security-policy.ts).
//   3. The second step of a flash message's trip (lib/flash.ts explains all three): the request
//      that follows a redirect brings the flash cookie; the proxy hands the message to the page in
//      a request header and deletes the cookie, so the message shows once. (Pages cannot do this
//      themselves: a server component may read cookies but not change them.)
import { NextResponse, type NextRequest, type ProxyConfig } from 'next/server';
import {
  CONTENT_SECURITY_POLICY_HEADER,
  contentSecurityPolicy,
  createNonce,
} from '@/lib/content-security-policy';
import { isRefusedCrossOriginRequest } from '@/lib/cross-origin';
import { FLASH_COOKIE, FLASH_HEADER, flashHeaderValue } from '@/lib/flash';

export function proxy(request: NextRequest) {
  if (isRefusedCrossOriginRequest(request)) {
    return new NextResponse('Cross-origin request refused.\n', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }

  const requestHeaders = new Headers(request.headers);
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === 'development',
  });
  requestHeaders.set(CONTENT_SECURITY_POLICY_HEADER, policy);

  const flashCookie = request.cookies.get(FLASH_COOKIE);
  if (flashCookie) requestHeaders.set(FLASH_HEADER, flashHeaderValue(flashCookie.value));

  // `request: { headers }` passes the headers on to the page; the response never shows them.
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(CONTENT_SECURITY_POLICY_HEADER, policy);
  if (flashCookie) response.cookies.delete(FLASH_COOKIE);
  return response;
}

export const config: ProxyConfig = {
  // Every page and route handler, and none of Next's own files under /_next (scripts, styles,
  // images) or the icon: they need neither check nor policy, and the browser may fetch them with
  // the flash cookie while the page loads, so they must not use up a message meant for the page.
  matcher: ['/((?!_next/|icon\\.svg$|favicon\\.ico$).*)'],
};
