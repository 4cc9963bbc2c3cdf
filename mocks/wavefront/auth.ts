import { acceptsUnknown, type ApiContext, describeScheme, readBearer, REDACTED, RESERVED_TOKENS, sha256, withIssue } from 'samock/toolkit';
import { wavefrontErrors } from './errors.js';
import type { WavefrontStore } from './store.js';

export interface WavefrontPrincipal {
  token: string;
  /** The service account whose API token this is; absent for a placeholder token. */
  account?: string;
}

/**
 * Wavefront's generated clients send the API key as `X-AUTH-TOKEN`; other clients send
 * `Authorization: Bearer`. Both are accepted, `X-AUTH-TOKEN` first. Every failure is 401
 * (the vendor documents none; inferred), except the reserved `forbidden` token (403).
 */
export function authenticate(headers: Record<string, string | undefined>, ctx: ApiContext<WavefrontStore>): WavefrontPrincipal {
  const token = readToken(headers);
  if (token === RESERVED_TOKENS.invalid) throw wavefrontErrors.unauthorized('the API token is invalid.');
  if (token === RESERVED_TOKENS.expired) throw wavefrontErrors.unauthorized('the API token has expired.');
  if (token === RESERVED_TOKENS.forbidden) throw wavefrontErrors.forbidden();
  const { store, clock } = ctx;
  if (store.revoked.has(sha256(token))) throw wavefrontErrors.unauthorized('the API token was deleted.');
  const issued = store.tokens.get(token);
  // Any other token is accepted in permissive auth, so a client can use a placeholder while
  // developing; strict auth takes only API tokens this mock issued, or listed ones.
  if (!issued) {
    if (!acceptsUnknown(ctx.options, token)) throw wavefrontErrors.unauthorized('the API token is invalid.');
    return { token };
  }
  if (!store.accounts.find(issued.account)?.active) throw wavefrontErrors.unauthorized(`the service account ${issued.account} is deactivated.`);
  const now = clock.now();
  issued.lastUsed = now;
  store.lastUsed.set(issued.account, now);
  return { token, account: issued.account };
}

/** `X-AUTH-TOKEN: <t>` (a `Bearer ` prefix tolerated, as the clients' api_key_prefix adds one), else `Authorization: Bearer <t>`. */
function readToken(headers: Record<string, string | undefined>): string {
  const apiKey = headers['x-auth-token']?.trim();
  if (apiKey) return apiKey.replace(/^bearer\s+/i, '');
  const bearer = readBearer(headers);
  if (bearer.kind === 'missing') {
    throw withIssue(
      wavefrontErrors.unauthorized('send the API token as X-AUTH-TOKEN or Authorization: Bearer.'),
      'The request has neither X-AUTH-TOKEN nor an Authorization header',
      null,
    );
  }
  if (bearer.kind === 'malformed') {
    const scheme = bearer.scheme ?? 'a header without a known scheme';
    throw withIssue(
      wavefrontErrors.unauthorized(`the Authorization scheme must be Bearer, not ${scheme}.`),
      `${describeScheme(bearer.scheme)}; the spec requires Bearer or X-AUTH-TOKEN`,
      bearer.scheme ?? REDACTED,
    );
  }
  return bearer.token;
}
