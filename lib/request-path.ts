// Next.js answers a request whose path it cannot percent-decode (/widgets/%E0%A4%A) with a 500.
// Such a URL is the client's mistake: server.ts answers it with 400 before Next sees it.

/** Whether the request target's path is not valid percent-encoded UTF-8. */
export function hasMalformedPath(requestTarget: string): boolean {
  const path = requestTarget.split('?', 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
