/**
 * Requests per minute each JSON API key may make in the suite's server: playwright.config.ts sets
 * it, e2e/api/authentication.spec.ts reaches it. Low, so that takes a moment, not minutes.
 */
export const E2E_API_RATE_LIMIT_PER_MINUTE = 100;
