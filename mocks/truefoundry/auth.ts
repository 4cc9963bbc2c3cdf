import { type ApiContext, authenticateBearer, sha256, type TokenVerdict } from 'samock/toolkit';
import { truefoundryErrors } from './errors.js';
import { isExpired, type TruefoundryStore } from './store.js';

/**
 * Bearer auth answered with 401 (missing, malformed, invalid, expired) and 403
 * (`forbidden`). Tokens samock issued are checked against their hashes on the
 * mock's clock: a token past its grace period, of a deleted account or of an
 * expired account is refused; any other token is accepted as a placeholder.
 */
export function authenticate(headers: Record<string, string | undefined>, ctx: ApiContext<TruefoundryStore>): { token: string } {
  return authenticateBearer(
    headers,
    {
      missing: () => truefoundryErrors.unauthorized('Unauthorized: no `Authorization: Bearer <token>` header.'),
      malformed: () => truefoundryErrors.unauthorized('Unauthorized: the Authorization header must be `Bearer <token>`.'),
      invalid: () => truefoundryErrors.unauthorized('Unauthorized: the token is not valid.'),
      expired: truefoundryErrors.tokenExpired,
      forbidden: truefoundryErrors.forbidden,
    },
    (token) => verifyToken(ctx, token),
    // Strict: only tokens this mock issued (or listed with --accept-token) get through.
    ctx.options,
  );
}

export function verifyToken(ctx: ApiContext<TruefoundryStore>, token: string): TokenVerdict {
  const { tokens, accounts } = ctx.store;
  if (tokens.size === 0) return 'unknown';
  const issued = tokens.get(sha256(token));
  if (!issued) return 'unknown';
  const now = ctx.clock.now();
  if (issued.expiresAt !== undefined && now >= issued.expiresAt) return 'expired';
  const account = accounts.find(issued.accountId);
  if (!account) return 'invalid';
  return isExpired(account, now) ? 'expired' : 'valid';
}
