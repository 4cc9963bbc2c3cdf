import { apiError, type ApiError, defineErrors } from 'samock/toolkit';

/**
 * Wavefront wraps every answer in `{status: {result, message, code}, response?}`. The vendor
 * documents no error bodies; samock answers errors in the same envelope with `result: ERROR`
 * and `code` equal to the HTTP status (specs/wavefront.yaml `ErrorContainer`, inferred).
 */
export const errors = defineErrors({
  body: ({ status, message }) => ({ status: { result: 'ERROR', message, code: status } }),
  defaults: {
    400: { message: 'Bad request.' },
    401: { message: 'The API token is missing, invalid or revoked.' },
    403: { message: 'The account does not have the permission this operation needs.' },
    404: { message: 'Not found.' },
    405: { message: 'The method is not allowed on this resource.' },
    409: { message: 'An account with this identifier already exists.' },
    413: { message: 'The request body is larger than the 1 MiB limit.' },
    415: { message: 'The request body must be application/json.' },
    500: { message: 'Internal server error.' },
    503: { message: 'The service is temporarily unavailable. Please retry later.' },
  },
});

/** The errors the resolvers and the authenticator raise, by cause. */
export const wavefrontErrors = {
  badRequest: (message: string): ApiError => apiError(400, undefined, message),
  unauthorized: (why: string): ApiError => apiError(401, undefined, `Unauthorized: ${why}`),
  forbidden: (): ApiError => apiError(403, undefined, 'The account does not have the permission this operation needs.'),
  accountNotFound: (id: string): ApiError => apiError(404, undefined, `Service account ${id} not found.`),
  tokenNotFound: (id: string, token: string): ApiError => apiError(404, undefined, `Service account ${id} has no API token ${token}.`),
  duplicateIdentifier: (id: string): ApiError => apiError(409, undefined, `An account with identifier ${id} already exists.`),
  unknownRoles: (ids: string[]): ApiError => apiError(400, undefined, `Unknown role id(s): ${ids.join(', ')}.`),
  unknownUserGroups: (ids: string[]): ApiError => apiError(400, undefined, `Unknown user group id(s): ${ids.join(', ')}.`),
  unknownAccounts: (ids: string[]): ApiError => apiError(400, undefined, `Unknown account identifier(s): ${ids.join(', ')}.`),
};
