import { ApiError } from './api-error.js';

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
  // A client that sends no bearer token breaks the spec's security requirement: say so in
  // the journal too, not only in the vendor's answer (samock check-client reports it).
  if (reading.kind === 'missing') throw withIssue(errors.missing(), 'The request has no Authorization header; the spec requires a Bearer token', null);
  if (reading.kind === 'malformed') throw withIssue(errors.malformed(), `The Authorization header uses the "${reading.scheme}" scheme; the spec requires Bearer`, reading.scheme);
  const { token } = reading;
  if (token === RESERVED_TOKENS.invalid) throw errors.invalid();
  if (token === RESERVED_TOKENS.expired) throw errors.expired();
  if (token === RESERVED_TOKENS.forbidden) throw errors.forbidden();
  const verdict = verify(token);
  if (verdict === 'invalid') throw errors.invalid();
  if (verdict === 'expired') throw errors.expired();
  return { token };
}

/** Adds the request violation (for the journal) to an API's auth error. */
export function withIssue(error: ApiError, message: string, actual: string | null): ApiError {
  return new ApiError(error.status, error.code, error.message, {
    ...error.details,
    issues: [{ location: 'header', pointer: '/authorization', rule: 'security', message, expected: 'Bearer <token>', actual }],
  });
}
