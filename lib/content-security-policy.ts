// The Content-Security-Policy every page is served with: the browser runs only the scripts the
// server wrote into the page for this response, so markup an attacker slips into a page cannot
// run a script. proxy.ts makes a fresh nonce for each request and sets the policy on the request,
// where Next reads the nonce and writes it on every script it renders (its own and the pages'),
// and on the response, for the browser. A nonce needs every page rendered per request, which the
// root layout ensures by reading the request's headers.
// Why a nonce, and this policy: docs/decisions/0013-content-security-policy-and-origin-checks.md.

/** The request and response header the policy travels in. */
export const CONTENT_SECURITY_POLICY_HEADER = 'Content-Security-Policy';

/** A fresh, unguessable nonce (128 random bits, base64) for one response. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

type PolicyOptions = {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks in the browser with eval(). */
  development: boolean;
};

/** The policy's header value. */
export function contentSecurityPolicy({ nonce, development }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // 'strict-dynamic': a script the nonce let in may load more (Next loads each page's chunks as
    // it navigates); allow-lists of hosts are then ignored, so the nonce alone decides.
    [
      'script-src',
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // Styles may be inline: the Lit components' declarative shadow roots each carry a <style> the
    // server renders (ADR 7), which no nonce reaches, and React writes style attributes. A style
    // cannot run a script.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    // No other site may show the app in a frame (clickjacking); X-Frame-Options says the same to
    // browsers that predate this directive (next.config.ts).
    ['frame-ancestors', "'none'"],
    // No upgrade-insecure-requests: the production build is also served over plain http (the
    // e2e suite, on 127.0.0.1), where it turned a redirected fetch into https and broke it. HTTPS
    // is the TLS terminator's to enforce (Strict-Transport-Security), which does more.
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
