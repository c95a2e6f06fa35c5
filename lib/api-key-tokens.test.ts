import { describe, expect, it } from 'vitest';
import {
  apiKeyTokenDigest,
  apiKeyTokenMatches,
  apiKeyTokenPrefix,
  generateApiKeyToken,
  isApiKeyToken,
} from './api-key-tokens';

describe('generateApiKeyToken', () => {
  it('makes a recognisable key of 32 random bytes, and keeps only its prefix and digest', () => {
    const { token, prefix, digest } = generateApiKeyToken();
    expect(token).toMatch(/^widgets_[A-Za-z0-9_-]{43}$/);
    expect(isApiKeyToken(token)).toBe(true);
    expect(prefix).toBe(token.slice(0, 16));
    expect(apiKeyTokenPrefix(token)).toBe(prefix);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).toBe(apiKeyTokenDigest(token));
    expect(generateApiKeyToken().token).not.toBe(token);
  });
});

describe('isApiKeyToken', () => {
  it('refuses text that is not a key, before anything is looked up', () => {
    for (const text of [
      '',
      'widgets_',
      `widgets_${'a'.repeat(42)}`,
      `widgets_${'a'.repeat(44)}`,
      `ghp_${'a'.repeat(43)}`,
      `widgets_${'a'.repeat(42)}=`,
    ]) {
      expect(isApiKeyToken(text), text).toBe(false);
    }
  });
});

describe('apiKeyTokenMatches', () => {
  it('matches a key only to its own digest', () => {
    const key = generateApiKeyToken();
    const other = generateApiKeyToken();
    expect(apiKeyTokenMatches(key.token, key.digest)).toBe(true);
    expect(apiKeyTokenMatches(other.token, key.digest)).toBe(false);
    expect(apiKeyTokenMatches(key.token, 'not a digest')).toBe(false);
  });
});
