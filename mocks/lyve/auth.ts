import { type ApiContext, authenticateBearer, sha256 } from 'samock/toolkit';
import { lyveErrors } from './errors.js';
import type { LyveStore } from './store.js';

/**
 * Lyve answers every token problem with 400 (never 401): a missing or malformed
 * header or an unknown token is `InvalidToken`, an expired one `ExpiredToken`
 * (docs/decisions/0001-lyve-bad-token-is-400.md).
 */
export function authenticate(headers: Record<string, string | undefined>, ctx: ApiContext<LyveStore>): { token: string } {
  return authenticateBearer(
    headers,
    {
      missing: lyveErrors.invalidToken,
      malformed: lyveErrors.invalidToken,
      invalid: lyveErrors.invalidToken,
      expired: lyveErrors.expiredToken,
      forbidden: lyveErrors.noServiceAvailable,
    },
    (token) => {
      if (ctx.store.tokens.size === 0) return 'unknown';
      const expiresAt = ctx.store.tokens.get(sha256(token));
      if (expiresAt === undefined) return 'unknown';
      return ctx.clock.now() >= expiresAt ? 'expired' : 'valid';
    },
    // Strict: only tokens from POST /auth/token (or listed with --accept-token) get through.
    ctx.options,
  );
}
