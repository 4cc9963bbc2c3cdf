import { type ApiContext, authenticateBearer, sha256, toBase64Url, type TokenVerdict } from 'samock/toolkit';
import { nscaleErrors } from './errors.js';
import type { NscaleStore } from './store.js';

/** Service-account tokens live 90 days (the Unikorn server's default lifetime). */
export const TOKEN_LIFETIME_MS = 90 * 86_400_000;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const base64url = (value: unknown) => toBase64Url(JSON.stringify(value));

export interface IssuedToken {
  token: string;
  tokenSha256: string;
  expiresAt: number;
}

/**
 * A new access token for a service account. JWT-shaped like the vendor's example, so
 * clients that decode it for `exp` work; the signature is random because samock checks
 * tokens by their sha256 in the store, never by signature. Only the hash is kept.
 */
export function issueAccessToken(ctx: Omit<ApiContext<NscaleStore>, 'store'>, accountId: string, organizationId: string): IssuedToken {
  const now = ctx.clock.now();
  const expiresAt = now + TOKEN_LIFETIME_MS;
  const claims = { sub: accountId, org: organizationId, iat: Math.floor(now / 1000), exp: Math.floor(expiresAt / 1000), jti: ctx.ids.uuid() };
  const token = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}.${ctx.ids.fromAlphabet(BASE64URL, 43)}`;
  return { token, tokenSha256: sha256(token), expiresAt };
}

/**
 * Nscale answers a missing Authorization header with 400 `invalid_request`, not 401
 * (docs/decisions/0005-nscale-missing-auth-is-400.md); a malformed header or another
 * scheme likewise. Bad, expired or revoked tokens are 401 `access_denied`.
 */
export interface NscalePrincipal {
  token: string;
  /** The organisation of the service account an issued token belongs to: the only one it may act on. */
  organizationId?: string;
}

export function authenticate(headers: Record<string, string | undefined>, ctx: ApiContext<NscaleStore>): NscalePrincipal {
  let organizationId: string | undefined;
  const { token } = authenticateBearer(
    headers,
    {
      missing: nscaleErrors.headerMissing,
      malformed: nscaleErrors.headerMalformed,
      invalid: nscaleErrors.tokenInvalid,
      expired: nscaleErrors.tokenExpired,
      forbidden: nscaleErrors.forbidden,
    },
    (token) => {
      const { verdict, account } = verifyIssuedToken(ctx, token);
      organizationId = account?.organizationId;
      return verdict;
    },
    // Strict: only access tokens this mock issued (or listed with --accept-token) get through.
    ctx.options,
  );
  return organizationId === undefined ? { token } : { token, organizationId };
}

/** Tokens samock issued are checked; any other token is 'unknown' (accepted in permissive auth only). */
function verifyIssuedToken({ store, clock }: ApiContext<NscaleStore>, token: string): { verdict: TokenVerdict; account?: { organizationId: string } } {
  // Nothing issued yet: skip hashing, the common case for placeholder tokens.
  if (store.tokens.size === 0 && store.revokedTokens.size === 0) return { verdict: 'unknown' };
  const hash = sha256(token);
  if (store.revokedTokens.has(hash)) return { verdict: 'invalid' };
  const accountId = store.tokens.get(hash);
  if (accountId === undefined) return { verdict: 'unknown' };
  const account = store.accounts.find(accountId);
  if (!account) return { verdict: 'invalid' };
  return { verdict: clock.now() >= account.expiresAt ? 'expired' : 'valid', account };
}
