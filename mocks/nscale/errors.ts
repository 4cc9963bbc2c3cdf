import { apiError, type ApiError, defineErrors } from 'samock/toolkit';
import type { components } from './types.js';

type ErrorCode = components['schemas']['error']['error'];

/**
 * Nscale (Unikorn) answers every error as the OAuth2-style `{error, error_description}`
 * with `Cache-Control: no-cache` (specs/nscale.yaml `error`). The descriptions are
 * the Unikorn server's own where it has one ("resource not found", "unhandled error").
 */
export const errors = defineErrors({
  headers: { 'cache-control': 'no-cache' },
  body: ({ code, message }) => ({ error: code ?? 'server_error', error_description: message }),
  defaults: {
    400: { code: 'invalid_request', message: 'request body invalid' },
    401: { code: 'access_denied', message: 'authentication failed' },
    403: { code: 'forbidden', message: 'user credentials do not have the required privileges' },
    404: { code: 'not_found', message: 'resource not found' },
    405: { code: 'method_not_allowed', message: 'the requested method was not allowed' },
    409: { code: 'conflict', message: 'the requested resource already exists' },
    413: { code: 'invalid_request', message: 'request body too large' },
    415: { code: 'unsupported_media_type', message: 'request body must be application/json' },
    500: { code: 'server_error', message: 'unhandled error' },
    503: { code: 'temporarily_unavailable', message: 'the service is temporarily unavailable, please retry later' },
  } satisfies Record<number, { code: ErrorCode; message: string }>,
});

const error = (status: number, code: ErrorCode, description: string): ApiError => apiError(status, code, description);

/** The vendor's errors, by what causes them. */
export const nscaleErrors = {
  headerMissing: (): ApiError => error(400, 'invalid_request', 'authorization header missing'),
  headerMalformed: (): ApiError => error(400, 'invalid_request', 'authorization header malformed: expected "Bearer <token>"'),
  tokenInvalid: (): ApiError => error(401, 'access_denied', 'authentication failed: the access token is not valid'),
  tokenExpired: (): ApiError => error(401, 'access_denied', 'authentication failed: the access token has expired'),
  forbidden: (): ApiError => error(403, 'forbidden', 'user credentials do not have the required privileges'),
  /** A service account's token used on another organization: it has no roles there (the Unikorn server's RBAC). */
  otherOrganization: (): ApiError => error(403, 'forbidden', 'operation is not allowed by rbac (no matching organization endpoints)'),
  /** An unknown organization, or a service account id unknown in the organization. */
  notFound: (): ApiError => error(404, 'not_found', 'resource not found'),
};
