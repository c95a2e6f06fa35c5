import { beforeEach, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { apiRequests } from '@/lib/rate-limits';
import { apiKeyFactory } from '@/test/factories';
import { deleteTestData } from '@/test/support/database';
import { MAXIMUM_BODY_BYTES, receiveApiRequest } from './requests';

beforeEach(deleteTestData);

async function keyFor(role: 'catalog' | 'finance' = 'catalog') {
  return (await apiKeyFactory.create({ role })).token;
}

function apiRequest(
  token: string | null,
  { headers = {}, body }: { headers?: Record<string, string>; body?: BodyInit } = {},
) {
  return new Request('http://widgets.test/api/v1/widgets', {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

async function refusal(received: Awaited<ReturnType<typeof receiveApiRequest>>) {
  expect(received.accepted).toBe(false);
  const { response } = received as { response: Response };
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const JSON_BODY = { 'Content-Type': 'application/json' };

describe('receiveApiRequest', () => {
  it("accepts a key's request with the key's client and what its role may do", async () => {
    const received = await receiveApiRequest(apiRequest(await keyFor('finance')));
    expect(received.accepted).toBe(true);
    if (!received.accepted) return;
    expect(received.request.client).toMatchObject({ role: 'finance' });
    expect(received.request.ability.can('read', 'Widget')).toBe(true);
    expect(received.request.ability.can('create', 'Widget')).toBe(false);
  });

  it('authenticates before it negotiates: no key is 401 even for a request that wants HTML', async () => {
    const { status, headers } = await refusal(
      await receiveApiRequest(apiRequest(null, { headers: { Accept: 'text/html' } })),
    );
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe(
      'Token realm="Widgets API", Bearer realm="Widgets API"',
    );
  });

  it('answers 429 with Retry-After once the key has made its requests for the minute', async () => {
    const apiKey = await apiKeyFactory.create();
    await apiRequests.penalty(String(apiKey.id), env.API_RATE_LIMIT_PER_MINUTE);

    const { status, headers, body } = await refusal(
      await receiveApiRequest(apiRequest(apiKey.token)),
    );
    expect(status).toBe(429);
    const retryAfter = Number(headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(body).toEqual({ error: `Too many requests. Try again in ${retryAfter} seconds.` });
    // Another key is counted on its own.
    expect((await receiveApiRequest(apiRequest(await keyFor()))).accepted).toBe(true);
  });

  it('answers 406 unless the request accepts JSON; no Accept header accepts anything', async () => {
    const token = await keyFor();
    for (const accept of ['text/html', 'application/xml, text/*', 'application/json;q=0']) {
      const received = await receiveApiRequest(apiRequest(token, { headers: { Accept: accept } }));
      expect((await refusal(received)).status, accept).toBe(406);
    }
    for (const accept of [undefined, '*/*', 'application/*', 'text/html, application/json;q=0.1']) {
      const headers: Record<string, string> = accept ? { Accept: accept } : {};
      expect((await receiveApiRequest(apiRequest(token, { headers }))).accepted, accept).toBe(true);
    }
  });

  it('reads a JSON body for a write', async () => {
    const received = await receiveApiRequest(
      apiRequest(await keyFor(), { headers: JSON_BODY, body: '{"widget": {"name": "Stembolt"}}' }),
      { readsBody: true },
    );
    expect(received.accepted && received.request.body).toEqual({ widget: { name: 'Stembolt' } });
  });

  it('answers 415 to a body that is not application/json in UTF-8', async () => {
    const token = await keyFor();
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
      'application/json-patch+json',
      'nonsense',
    ]) {
      const received = await receiveApiRequest(
        apiRequest(token, { headers: { 'Content-Type': type }, body: '{}' }),
        { readsBody: true },
      );
      expect((await refusal(received)).status, type).toBe(415);
    }
    const utf8 = await receiveApiRequest(
      apiRequest(token, {
        headers: { 'Content-Type': 'application/json; charset=UTF-8' },
        body: '{}',
      }),
      { readsBody: true },
    );
    expect(utf8.accepted).toBe(true);
  });

  it('answers 413 to a body larger than the limit, declared or streamed, without reading it all', async () => {
    const token = await keyFor();
    const declared = await receiveApiRequest(
      apiRequest(token, { headers: JSON_BODY, body: 'x'.repeat(MAXIMUM_BODY_BYTES + 1) }),
      { readsBody: true },
    );
    expect((await refusal(declared)).status).toBe(413);

    let chunksRead = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        chunksRead += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
      },
    });
    const streamed = await receiveApiRequest(
      apiRequest(token, { headers: JSON_BODY, body: endless }),
      {
        readsBody: true,
      },
    );
    expect((await refusal(streamed)).status).toBe(413);
    expect(chunksRead).toBeLessThan(20);
  });

  it('answers 400 to a body that is empty, not UTF-8, or not JSON', async () => {
    const token = await keyFor();
    for (const [body, message] of [
      ['', 'The body is empty: send a JSON object.'],
      ['  \n', 'The body is empty: send a JSON object.'],
      [new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 'The body is not valid UTF-8.'],
      ["{'widget': 1}", 'The body is not valid JSON: '],
    ] as const) {
      const received = await receiveApiRequest(apiRequest(token, { headers: JSON_BODY, body }), {
        readsBody: true,
      });
      const { status, body: answer } = await refusal(received);
      expect(status).toBe(400);
      expect(answer.error).toContain(message);
    }
  });
});
