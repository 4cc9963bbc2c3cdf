import { ApiError } from './api-error.js';
import type { MockOptions } from './define-api.js';
import { REDACTED } from './redaction.js';

/**
 * Reserved bearer tokens shared by every API, so anyone can reproduce the
 * vendor's auth errors without a real account (see README "Authentication").
 */
export const RESERVED_TOKENS = {
  invalid: 'invalid',
  expired: 'expired',
  forbidden: 'forbidden',
} as const;

/** Authorization schemes whose names are safe to repeat (IANA's registry, plus common non-standard ones). */
const KNOWN_SCHEMES = new Set([
  'basic',
  'bearer',
  'digest',
  'hoba',
  'mutual',
  'negotiate',
  'ntlm',
  'oauth',
  'scram-sha-1',
  'scram-sha-256',
  'vapid',
  'token',
  'apikey',
  'aws4-hmac-sha256',
  'hawk',
  'dpop',
  'gnap',
  'privatetoken',
  'concealed',
]);

export type BearerReading =
  | { kind: 'missing' }
  /** `scheme` only when it is a known scheme's name: a header without one is the credential itself. */
  | { kind: 'malformed'; scheme?: string }
  | { kind: 'token'; token: string };

/** Reads `Authorization: Bearer <token>`; scheme is case-insensitive (RFC 7235). */
export function readBearer(headers: Record<string, string | undefined>): BearerReading {
  const value = headers['authorization'];
  if (value === undefined || value.trim() === '') return { kind: 'missing' };
  const match = /^(\S+)\s+(\S+)\s*$/.exec(value.trim());
  if (!match || match[1]!.toLowerCase() !== 'bearer') {
    const first = value.trim().split(/\s+/)[0] ?? '';
    // A lone word, or an unknown one, may be the token itself (`Authorization: s3cr3t`): never repeat it.
    return { kind: 'malformed', ...(KNOWN_SCHEMES.has(first.toLowerCase()) && { scheme: first }) };
  }
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
 * The shared bearer policy: reserved tokens map to the API's auth errors; a token the API
 * issued is checked by `verify`. Any other token is accepted in permissive mode, so a
 * client can use any placeholder while developing; in strict mode only the tokens the user
 * listed (`--accept-token`) are, and the rest get the API's invalid-token error.
 */
export function authenticateBearer(
  headers: Record<string, string | undefined>,
  errors: BearerErrors,
  verify: (token: string) => TokenVerdict = () => 'unknown',
  options: Pick<MockOptions, 'auth' | 'acceptedTokens'> = PERMISSIVE,
): { token: string } {
  const reading = readBearer(headers);
  // A client that sends no bearer token breaks the spec's security requirement: say so in
  // the journal too, not only in the vendor's answer (samock check-client reports it).
  if (reading.kind === 'missing') throw withIssue(errors.missing(), 'The request has no Authorization header; the spec requires a Bearer token', null);
  if (reading.kind === 'malformed')
    throw withIssue(errors.malformed(), `${describeScheme(reading.scheme)}; the spec requires Bearer`, reading.scheme ?? REDACTED);
  const { token } = reading;
  if (token === RESERVED_TOKENS.invalid) throw errors.invalid();
  if (token === RESERVED_TOKENS.expired) throw errors.expired();
  if (token === RESERVED_TOKENS.forbidden) throw errors.forbidden();
  const verdict = verify(token);
  if (verdict === 'invalid') throw errors.invalid();
  if (verdict === 'expired') throw errors.expired();
  if (verdict === 'unknown' && !acceptsUnknown(options, token)) throw errors.invalid();
  return { token };
}

const PERMISSIVE = { auth: 'permissive', acceptedTokens: [] } as const;

/** Whether a credential the API never issued is accepted: always when permissive, when listed when strict. */
export function acceptsUnknown(options: Pick<MockOptions, 'auth' | 'acceptedTokens'>, token: string): boolean {
  return options.auth !== 'strict' || options.acceptedTokens.includes(token);
}

/** Names the scheme of a malformed Authorization header without repeating anything that may be a credential. */
export function describeScheme(scheme: string | undefined): string {
  return scheme ? `The Authorization header uses the "${scheme}" scheme` : 'The Authorization header is not "<scheme> <credentials>" with a known scheme';
}

/** Adds the request violation (for the journal only, not the answer) to an API's auth error. */
export function withIssue(error: ApiError, message: string, actual: string | null): ApiError {
  return new ApiError(error.status, error.code, error.message, error.details, [
    { location: 'header', pointer: '/authorization', rule: 'security', message, expected: 'Bearer <token>', actual },
  ]);
}
