import { type ApiContext, authenticateBearer } from 'samock/toolkit';
import { lakesailErrors } from './errors.js';
import { keyVerdict } from './resolvers.js';
import type { LakesailStore } from './store.js';

/**
 * LakeSail answers every credential problem with 401 (missing or non-Bearer header,
 * an invalid or expired token) and a known identity without permission with 403
 * (the vendor's create-service-account page). Keys this mock issued authenticate
 * until their `expiresAt` on its clock (documented) or until their account is
 * deleted (inferred; docs/decisions/0019). Any other token is accepted in
 * permissive auth, and refused with 401 in strict auth unless listed with
 * --accept-token (README "Authentication").
 */
export function authenticate(headers: Record<string, string | undefined>, ctx: ApiContext<LakesailStore>): { token: string } {
  return authenticateBearer(
    headers,
    {
      missing: lakesailErrors.missingCredentials,
      malformed: lakesailErrors.malformedCredentials,
      invalid: lakesailErrors.invalidToken,
      expired: lakesailErrors.expiredToken,
      forbidden: lakesailErrors.forbidden,
    },
    (token) => keyVerdict(ctx, token),
    // Strict: only tokens this mock issued (or listed with --accept-token) get through.
    ctx.options,
  );
}
