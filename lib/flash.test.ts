import { describe, expect, it } from 'vitest';
import {
  FLASH_COOKIE,
  flashHeaderValue,
  parseFlash,
  parseFlashHeader,
  redirectWithFlash,
  serializeFlash,
} from './flash';

describe('serializeFlash and parseFlash', () => {
  it('round-trip a notice and an alert', () => {
    const notice = { kind: 'notice', message: 'Thanks for rating!' } as const;
    const alert = { kind: 'alert', message: 'This manufacturer still has widgets.' } as const;

    expect(parseFlash(serializeFlash(notice))).toEqual(notice);
    expect(parseFlash(serializeFlash(alert))).toEqual(alert);
  });

  it('refuses to write a flash that could not be read back', () => {
    expect(() => serializeFlash({ kind: 'notice', message: ' ' })).toThrow();
  });

  it.each([
    ['nothing', undefined],
    ['an empty value', ''],
    ['text that is not JSON', 'Thanks for rating!'],
    ['JSON that is not an object', '"Thanks for rating!"'],
    ['an unknown kind', '{"kind":"shout","message":"Hi"}'],
    ['no message', '{"kind":"notice"}'],
    ['a blank message', '{"kind":"notice","message":"  "}'],
    ['a message that is not text', '{"kind":"notice","message":42}'],
    ['a message longer than a flash', JSON.stringify({ kind: 'notice', message: 'x'.repeat(201) })],
  ])('ignores %s', (_, value) => {
    expect(parseFlash(value)).toBeNull();
  });
});

describe('flashHeaderValue and parseFlashHeader', () => {
  it('carry any message through a header, which takes only ASCII', () => {
    const flash = { kind: 'notice', message: 'Gespeichert — merci ✓' } as const;

    const header = flashHeaderValue(serializeFlash(flash));

    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(parseFlashHeader(header)).toEqual(flash);
  });

  it.each([null, '', '%E0%A4%A', 'not%20a%20flash'])('ignores the header %j', (header) => {
    expect(parseFlashHeader(header)).toBeNull();
  });
});

describe('redirectWithFlash', () => {
  it('answers 303 with the flash in a short-lived cookie that scripts cannot read', () => {
    const response = redirectWithFlash('/widgets/42', {
      kind: 'notice',
      message: 'Thanks for rating!',
    });

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/widgets/42');
    const cookie = response.cookies.get(FLASH_COOKIE);
    expect(parseFlash(cookie?.value)).toEqual({ kind: 'notice', message: 'Thanks for rating!' });
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 });
    // Secure in production only: development and the tests serve plain http.
    expect(cookie?.secure).toBe(false);
  });
});
