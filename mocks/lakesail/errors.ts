import { apiError, type ApiError, defineErrors } from 'samock/toolkit';

/**
 * The Content-Type LakeSail answers JSON with (the API overview's data-format section).
 * specs/lakesail.yaml keys its media types as `application/json`; the core compares
 * media types without parameters, so the self-check accepts this value.
 */
export const JSON_UTF8 = 'application/json; charset=utf-8';

/** LakeSail answers every error as `Error {message}` (specs/lakesail.yaml `Error`). */
export const errors = defineErrors({
  contentType: JSON_UTF8,
  body: ({ message }) => ({ message }),
  // LakeSail documents 400 for any malformed request and no 415: a body that is not JSON is one.
  unsupportedMediaTypeStatus: 400,
  defaults: {
    400: { message: 'The requested operation cannot be performed because the request is malformed.' },
    401: { message: 'The request lacks valid authentication credentials.' },
    403: { message: 'The identity is not allowed to perform the requested operation for the resource involved.' },
    404: { message: 'The resource or dependent resources involved in the requested operation do not exist.' },
    405: { message: 'The method is not allowed for the requested resource.' },
    409: { message: 'The requested operation conflicts with the current state of the resource.' },
    413: { message: 'The request body is larger than the 1 MiB limit.' },
    500: { message: 'The server encountered an internal error. Please retry the request.' },
    503: { message: 'The service is temporarily unavailable. Please retry later.' },
  },
});

/** The errors LakeSail's behaviour raises, by cause. */
export const lakesailErrors = {
  badRequest: (message: string): ApiError => apiError(400, undefined, message),
  missingCredentials: (): ApiError => apiError(401, undefined, 'The request lacks valid authentication credentials: send Authorization: Bearer <token>.'),
  malformedCredentials: (): ApiError =>
    apiError(401, undefined, 'The request lacks valid authentication credentials: the Authorization header must use the Bearer scheme.'),
  invalidToken: (): ApiError => apiError(401, undefined, 'The request lacks valid authentication credentials: the bearer token is not valid.'),
  expiredToken: (): ApiError => apiError(401, undefined, 'The request lacks valid authentication credentials: the bearer token has expired.'),
  forbidden: (): ApiError => apiError(403, undefined, 'The identity is not allowed to perform the requested operation for the resource involved.'),
  serviceAccountNotFound: (id: string): ApiError => apiError(404, undefined, `The service account ${JSON.stringify(id)} does not exist.`),
};
