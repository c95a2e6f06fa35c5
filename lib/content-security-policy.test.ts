import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce } from './content-security-policy';

const nonce = 'bm9uY2Utbm9uY2Utbm9uY2U=';

/** The policy's directives by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const production = { nonce, development: false };

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ])('sets %s to %j', (name, sources) => {
    expect(directives(contentSecurityPolicy(production)).get(name)).toEqual(sources);
  });

  it('sets nothing else, and each directive once', () => {
    const policy = contentSecurityPolicy(production);

    expect(policy.split('; ')).toHaveLength(9);
    expect(directives(policy).size).toBe(9);
  });

  it.each([
    ['production', false],
    ['development', true],
  ])('never lets inline scripts run without the nonce, in %s', (_, development) => {
    const scriptSources = directives(contentSecurityPolicy({ nonce, development })).get(
      'script-src',
    );

    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).toContain(`'nonce-${nonce}'`);
  });

  it.each([
    [true, ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]],
    [false, ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]],
  ])('allows eval() only in development (development: %s)', (development, scriptSources) => {
    const policy = contentSecurityPolicy({ nonce, development });

    expect(directives(policy).get('script-src')).toEqual(scriptSources);
  });
});

describe('createNonce', () => {
  it('makes 128 random bits, base64-encoded, new each time', () => {
    const nonces = Array.from({ length: 100 }, createNonce);

    for (const value of nonces) {
      expect(value).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(value, 'base64')).toHaveLength(16);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
