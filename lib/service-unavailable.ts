// What a visitor is told while the database cannot be reached (lib/db/errors.ts), with status 503:
// the page server.ts sends in place of Next.js's error page (lib/response-status.ts), the JSON
// API's error, and the error boundaries' page after a navigation with JavaScript (app/error.tsx).
// Not server-only: the error boundaries are Client Components.

/** The digest of a DatabaseUnavailableError, the one thing of it a Client Component sees. */
export const DATABASE_UNAVAILABLE_DIGEST = 'widgets-database-unavailable';

export const SERVICE_UNAVAILABLE_HEADING = 'Temporarily unavailable';
export const SERVICE_UNAVAILABLE_MESSAGE =
  'Widgets cannot be used right now. Please try again in a few minutes.';

/** The JSON API's `error` for the same (PRODUCT.md §8: one sentence saying what to do). */
export const SERVICE_UNAVAILABLE_API_MESSAGE =
  'The service is temporarily unavailable. Try again in a few minutes.';

/** Seconds a client should wait before it tries again (the Retry-After of a 503). */
export const SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

/**
 * The page itself. Next.js renders a page's error boundary only in the browser (its server HTML
 * is an empty shell), so without JavaScript this is what a visitor sees: self-contained, since
 * nothing that needs the database can render, in the app's colours (app/globals.css).
 */
export const SERVICE_UNAVAILABLE_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${SERVICE_UNAVAILABLE_HEADING} · Widgets</title>
<style>
body { margin: 0; font-family: system-ui, sans-serif; color: #1f2933; background: #ffffff; }
header { border-bottom: 1px solid #d2d6dc; background: #f3f4f6; }
header p, main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
header p { font-size: 1.25rem; font-weight: 700; color: #1e3a8a; }
main { padding-top: 2rem; }
h1 { font-size: 1.875rem; margin: 0 0 0.5rem; }
main p { color: #616e7c; }
a { color: #1d4ed8; }
</style>
</head>
<body>
<header><p>Widgets</p></header>
<main>
<h1>${SERVICE_UNAVAILABLE_HEADING}</h1>
<p>${SERVICE_UNAVAILABLE_MESSAGE}</p>
<p><a href="">Try again</a></p>
</main>
</body>
</html>
`;
