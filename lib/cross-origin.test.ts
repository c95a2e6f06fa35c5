import { describe, expect, it } from 'vitest';
import { isRefusedCrossOriginRequest } from './cross-origin';

const APP = 'https://widgets.example.com';

function request(method: string, path: string, headers: Record<string, string> = {}) {
  return {
    method,
    url: `${APP}${path}`,
    headers: new Headers({ host: 'widgets.example.com', ...headers }),
  };
}

describe('isRefusedCrossOriginRequest', () => {
  it.each([
    // Sec-Fetch-Site decides when a browser sent it.
    ['a same-origin post', 'POST', { 'sec-fetch-site': 'same-origin' }, false],
    ['a post from the address bar', 'POST', { 'sec-fetch-site': 'none' }, false],
    ['a cross-site post', 'POST', { 'sec-fetch-site': 'cross-site' }, true],
    ['a post from a sibling subdomain', 'POST', { 'sec-fetch-site': 'same-site' }, true],
    [
      'a cross-site post that claims our origin',
      'POST',
      { 'sec-fetch-site': 'cross-site', origin: APP },
      true,
    ],
    ['an unknown Sec-Fetch-Site', 'POST', { 'sec-fetch-site': 'nearby' }, true],
    // Without it, Origin is compared with the host the request was sent to.
    ['a post from our origin', 'POST', { origin: APP }, false],
    [
      'a post from our origin, host in capitals',
      'POST',
      { origin: APP, host: 'Widgets.Example.COM' },
      false,
    ],
    ['a post from another origin', 'POST', { origin: 'https://evil.example' }, true],
    ['a post from our host on another port', 'POST', { origin: `${APP}:8443` }, true],
    ['a post from a sandboxed frame', 'POST', { origin: 'null' }, true],
    ['a post with a malformed Origin', 'POST', { origin: 'not a url' }, true],
    // A reverse proxy names the host the browser used in X-Forwarded-Host.
    [
      'a post through a proxy, from its origin',
      'POST',
      { origin: APP, host: '10.0.0.5:3000', 'x-forwarded-host': 'widgets.example.com, 10.0.0.5' },
      false,
    ],
    [
      'a post through a proxy, from another origin',
      'POST',
      {
        origin: 'http://10.0.0.5:3000',
        host: '10.0.0.5:3000',
        'x-forwarded-host': 'widgets.example.com',
      },
      true,
    ],
    // Neither header: not a browser's form or script.
    ['a post from curl', 'POST', {}, false],
    // Every method that may change something is checked; safe ones never are.
    ['a cross-site PUT', 'PUT', { 'sec-fetch-site': 'cross-site' }, true],
    ['a cross-site PATCH', 'PATCH', { 'sec-fetch-site': 'cross-site' }, true],
    ['a cross-site DELETE', 'DELETE', { origin: 'https://evil.example' }, true],
    ['a cross-site GET', 'GET', { 'sec-fetch-site': 'cross-site' }, false],
    ['a cross-site HEAD', 'HEAD', { origin: 'https://evil.example' }, false],
    ['a cross-site OPTIONS', 'OPTIONS', { 'sec-fetch-site': 'cross-site' }, false],
  ] as const)('%s: refused %s', (_, method, headers, refused) => {
    expect(isRefusedCrossOriginRequest(request(method, '/manufacturers/new', headers))).toBe(
      refused,
    );
  });

  it('checks route handlers as well as pages', () => {
    const forged = request('POST', '/widget_ratings', { origin: 'https://evil.example' });

    expect(isRefusedCrossOriginRequest(forged)).toBe(true);
  });

  it.each(['/api/v1', '/api/v1/widgets', '/api/v1/widgets/42'])(
    'leaves the token-authenticated API at %s to its clients',
    (path) => {
      const fromAnotherOrigin = request('POST', path, {
        origin: 'https://client.example',
        'sec-fetch-site': 'cross-site',
      });

      expect(isRefusedCrossOriginRequest(fromAnotherOrigin)).toBe(false);
    },
  );

  it.each(['/api/v10/widgets', '/api/v1widgets', '/api/v2/widgets'])(
    'checks %s, which is not the API',
    (path) => {
      expect(
        isRefusedCrossOriginRequest(request('POST', path, { origin: 'https://evil.example' })),
      ).toBe(true);
    },
  );

  it('lets a trusted origin post, with or without Sec-Fetch-Site', () => {
    const trusted = ['https://admin.example.com'];
    const fromTrusted = { origin: 'https://admin.example.com' };

    expect(isRefusedCrossOriginRequest(request('POST', '/widgets/new', fromTrusted), trusted)).toBe(
      false,
    );
    expect(
      isRefusedCrossOriginRequest(
        request('POST', '/widgets/new', { ...fromTrusted, 'sec-fetch-site': 'same-site' }),
        trusted,
      ),
    ).toBe(false);
    expect(
      isRefusedCrossOriginRequest(
        request('POST', '/widgets/new', { origin: 'https://admin.example.com.evil.example' }),
        trusted,
      ),
    ).toBe(true);
  });
});
