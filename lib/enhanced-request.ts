// Progressive enhancement's handshake. Every form works as a plain HTML form post, answered with
// a redirect. When a component's JavaScript submits the same form in the background instead, it
// marks the request with this header, and the route handler answers with a status alone (204,
// 400, 404): no page is navigating, so there is nothing to redirect. Shared by the components
// that send it and the route handlers that read it, so it imports nothing server-only.

export const ENHANCED_REQUEST_HEADER = 'X-Enhanced-Request';

/** Whether a component's JavaScript sent this request rather than a plain form post. */
export function isEnhancedRequest(request: Request): boolean {
  return request.headers.get(ENHANCED_REQUEST_HEADER) === 'true';
}
