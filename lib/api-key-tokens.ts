// The keys of the JSON API (docs/decisions/0015-json-api-with-api-keys.md): 32 random bytes,
// written in base64url after a "widgets_" marker (so a leaked key is recognisable, as GitHub's
// "ghp_" ones are). Only the key's SHA-256 digest is stored. A digest of so much randomness cannot
// be reversed or guessed, so a fast hash is enough: a slow one (as for passwords) would cost every
// API request and buy nothing.
//
// Not server-only: the test factories (which Playwright loads outside Next) make keys with it.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const MARKER = 'widgets_';
const SECRET_BYTES = 32;
/** Characters of the key, after the marker, that are stored in the clear to find it by. */
const PREFIX_LENGTH = 8;

/** Every key has this form; anything else is not one of ours and is not looked up. */
const TOKEN_FORMAT = new RegExp(`^${MARKER}[A-Za-z0-9_-]{43}$`);

export type ApiKeyToken = {
  /** The key itself, shown once to the admin who creates it, never stored. */
  token: string;
  /** The key's first characters: stored, shown in the keys list, used to find the key. */
  prefix: string;
  /** SHA-256 of the key, in hex: what is stored. */
  digest: string;
};

export function generateApiKeyToken(): ApiKeyToken {
  const token = `${MARKER}${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { token, prefix: apiKeyTokenPrefix(token), digest: apiKeyTokenDigest(token) };
}

/** Whether the text has the form of a key (the API looks up nothing else). */
export function isApiKeyToken(text: string): boolean {
  return TOKEN_FORMAT.test(text);
}

export function apiKeyTokenPrefix(token: string): string {
  return token.slice(0, MARKER.length + PREFIX_LENGTH);
}

export function apiKeyTokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Whether `token` is the key whose digest is stored. Compared in constant time, so how long the
 * comparison takes says nothing about how much of a guess was right.
 */
export function apiKeyTokenMatches(token: string, storedDigest: string): boolean {
  const digest = Buffer.from(apiKeyTokenDigest(token), 'hex');
  const stored = Buffer.from(storedDigest, 'hex');
  return digest.length === stored.length && timingSafeEqual(digest, stored);
}
