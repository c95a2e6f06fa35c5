// Flash messages: a message shown once, on the page a redirect leads to ("Thanks for rating!",
// "Widget created."), like Rails' flash.
//
// How a flash travels:
//   1. A route handler or server action that redirects puts the message in a short-lived cookie
//      on the redirect response: redirectWithFlash() in route handlers; setFlash() and then
//      redirect() in server actions.
//   2. The browser follows the redirect and sends the cookie back. proxy.ts, which runs only for
//      requests that carry it, copies its value into a request header for the page
//      (flashHeaderValue) and deletes the cookie on the response, so the message shows once.
//   3. The root layout reads that header with readFlash() and renders <FlashMessage>.
// A server component cannot change cookies, which is why the proxy, not the layout, clears it.
//
// The cookie is the browser's to change, and so is the header, so neither is trusted: readFlash()
// validates what arrives and ignores anything malformed, and React escapes the message like any
// other text. At worst a visitor shows themselves a message they wrote.
import { cookies, headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';

/** The cookie's name. proxy.ts spells it out again in its `matcher`, which must be a literal. */
export const FLASH_COOKIE = 'flash';

/** The request header proxy.ts passes the flash to the page in. */
export const FLASH_HEADER = 'x-flash';

const flashSchema = z.object({
  /** notice: something went as asked (success styling); alert: it did not (danger styling). */
  kind: z.enum(['notice', 'alert']),
  message: z.string().trim().min(1).max(200),
});

export type Flash = z.infer<typeof flashSchema>;

// Long enough to follow a redirect, short enough that a flash whose redirect was never followed
// does not turn up on some page much later.
const FLASH_COOKIE_MAX_AGE_SECONDS = 60;

const flashCookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  secure: process.env.NODE_ENV === 'production',
  maxAge: FLASH_COOKIE_MAX_AGE_SECONDS,
} as const;

/** The cookie value for a flash. */
export function serializeFlash(flash: Flash): string {
  return JSON.stringify(flashSchema.parse(flash));
}

/** The flash a cookie value holds, or null when there is none or it is not a valid flash. */
export function parseFlash(value: string | null | undefined): Flash | null {
  if (!value) return null;
  try {
    const result = flashSchema.safeParse(JSON.parse(value));
    return result.success ? result.data : null;
  } catch {
    return null; // not JSON
  }
}

/**
 * For proxy.ts: the flash cookie's value as a request header value. Headers carry only ASCII,
 * and a message may not be, so the value is percent-encoded as it is in the cookie itself.
 */
export function flashHeaderValue(cookieValue: string): string {
  return encodeURIComponent(cookieValue);
}

/** The flash a flashHeaderValue() holds, or null. */
export function parseFlashHeader(value: string | null): Flash | null {
  if (!value) return null;
  try {
    return parseFlash(decodeURIComponent(value));
  } catch {
    return null; // malformed percent-encoding
  }
}

/** For route handlers: a 303 redirect to `path` that shows `flash` on the page it leads to. */
export function redirectWithFlash(path: string, flash: Flash): NextResponse {
  // A relative Location is valid HTTP and keeps the redirect on whatever host the visitor used.
  const response = new NextResponse(null, { status: 303, headers: { Location: path } });
  response.cookies.set(FLASH_COOKIE, serializeFlash(flash), flashCookieOptions);
  return response;
}

/** For server actions: shows `flash` on the next page. Call it, then redirect(). */
export async function setFlash(flash: Flash): Promise<void> {
  (await cookies()).set(FLASH_COOKIE, serializeFlash(flash), flashCookieOptions);
}

/** For the root layout: the flash to show on this page, if the request brought one. */
export async function readFlash(): Promise<Flash | null> {
  return parseFlashHeader((await headers()).get(FLASH_HEADER));
}
