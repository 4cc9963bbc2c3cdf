import type { ApiError } from './api-error.js';

/**
 * Reserved bearer tokens shared by every API, so anyone can reproduce the
 * vendor's auth errors without a real account (see README "Authentication").
 */
export const RESERVED_TOKENS = {
  invalid: 'invalid',
  expired: 'expired',
  forbidden: 'forbidden',
} as const;

export type BearerReading =
  | { kind: 'missing' }
  | { kind: 'malformed'; scheme: string }
  | { kind: 'token'; token: string };

/** Reads `Authorization: Bearer <token>`; scheme is case-insensitive (RFC 7235). */
export function readBearer(headers: Record<string, string | undefined>): BearerReading {
  const value = headers['authorization'];
  if (value === undefined || value.trim() === '') return { kind: 'missing' };
  const match = /^(\S+)\s+(\S+)\s*$/.exec(value.trim());
  if (!match || match[1]!.toLowerCase() !== 'bearer') return { kind: 'malformed', scheme: value.trim().split(/\s+/)[0] ?? '' };
  return { kind: 'token', token: match[2]! };
}

export interface BearerErrors {
  missing: () => ApiError;
  malformed: () => ApiError;
  invalid: () => ApiError;
  expired: () => ApiError;
  forbidden: () => ApiError;
}

export type TokenVerdict = 'valid' | 'invalid' | 'expired' | 'unknown';

/**
 * The shared bearer policy: reserved tokens map to the API's auth errors; a token
 * the API issued is checked by `verify`; any other token is accepted, so a
 * client can use any placeholder while developing.
 */
export function authenticateBearer(
  headers: Record<string, string | undefined>,
  errors: BearerErrors,
  verify: (token: string) => TokenVerdict = () => 'unknown',
): { token: string } {
  const reading = readBearer(headers);
  if (reading.kind === 'missing') throw errors.missing();
  if (reading.kind === 'malformed') throw errors.malformed();
  const { token } = reading;
  if (token === RESERVED_TOKENS.invalid) throw errors.invalid();
  if (token === RESERVED_TOKENS.expired) throw errors.expired();
  if (token === RESERVED_TOKENS.forbidden) throw errors.forbidden();
  const verdict = verify(token);
  if (verdict === 'invalid') throw errors.invalid();
  if (verdict === 'expired') throw errors.expired();
  return { token };
}
