// Cross-origin protection (CSRF): a request that may change something is refused when a browser
// says another origin sent it. proxy.ts applies the rule to every request before it is routed, so
// it covers server actions and route handlers alike: Next's own check covers server actions only,
// and answers a refused one with a 500.
//
// The rule is Go 1.25's http.CrossOriginProtection's. Browsers have sent Sec-Fetch-Site with every
// request since 2023; it names the relation between the page that sent the request and its target,
// and a page cannot forge it. An older browser sends only Origin, which is compared with the host
// the request was sent to. A request with neither did not come from a browser's form or script
// (curl, a monitor, a server), and cannot ride on a visitor's cookies, so it is let through.
// SameSite=Lax cookies already stay off another site's posts, but not off a sibling subdomain's
// (the same site), and a write that needs no sign-in needs no cookie to be forged.

/**
 * Origins (scheme://host[:port]) besides the app's own whose pages may post to it. next.config.ts
 * hands their hosts to Next's own check of server actions, which runs after this one.
 */
export const TRUSTED_ORIGINS: readonly string[] = [];

// These must not change anything (the app keeps to that), so anyone may send them.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// The JSON API is exempt: its clients authenticate with a token in a header, which a page on
// another origin cannot make a visitor's browser send, and it sets no cookies.
const EXEMPT_PATH = '/api/v1';

export type CrossOriginCheckedRequest = { method: string; url: string; headers: Headers };

/** Whether `request` is an unsafe request from another origin, which must change nothing. */
export function isRefusedCrossOriginRequest(
  request: CrossOriginCheckedRequest,
  trustedOrigins: readonly string[] = TRUSTED_ORIGINS,
): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const { pathname } = new URL(request.url);
  if (pathname === EXEMPT_PATH || pathname.startsWith(`${EXEMPT_PATH}/`)) return false;

  const origin = request.headers.get('origin');
  if (origin !== null && trustedOrigins.includes(origin)) return false;

  // "none": the visitor typed the address or used a bookmark.
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null) return fetchSite !== 'same-origin' && fetchSite !== 'none';

  if (origin === null) return false;
  const host = requestHost(request.headers);
  return host === null || originHost(origin) !== host;
}

// The host the browser sent the request to, as Next's own check reads it: a reverse proxy in
// front of the app says so in X-Forwarded-Host (its first entry); otherwise Host. A page on
// another origin cannot set either header on a visitor's form post.
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwarded || headers.get('host');
  return host ? host.toLowerCase() : null;
}

// Only the host is compared, as Go and Next do: behind a proxy that ends TLS, the app cannot tell
// which scheme the browser used. "null" (a sandboxed frame, a privacy-sensitive redirect) and
// anything else that is not a URL have no host and never match.
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}
