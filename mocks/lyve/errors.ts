import { apiError, type ApiError, defineErrors } from 'samock/toolkit';

/** Lyve answers every error as `{code, message}` (specs/lyve.yaml `Error`). */
export const errors = defineErrors({
  body: ({ code, message }) => ({ code: code ?? 'InternalError', message }),
  defaults: {
    400: { code: 'InvalidArgument', message: 'Invalid service account information.' },
    403: { code: 'NoServiceAvailable', message: 'The account has no services enabled for it.' },
    404: { code: 'ServiceAccountNotFound', message: 'Service account was not found.' },
    405: { code: 'MethodNotAllowed', message: 'The method is not allowed on this resource.' },
    409: { code: 'ServiceAccountNameAlreadyExists', message: 'The service account name is already in use. Please use a different name.' },
    413: { code: 'InvalidArgument', message: 'The request body is too large.' },
    415: { code: 'InvalidArgument', message: 'The request body must be application/json.' },
    500: { code: 'InternalError', message: 'The server encountered an internal error. Please retry the request.' },
    503: { code: 'ServiceNotReady', message: 'The server is not ready to handle the request. Please retry the request later.' },
  },
  // A forced error is one the operation itself answers: a permission's 404 is PermissionNotFound,
  // create's only 404 is an unknown permission, the token exchange's 403 is wrong credentials.
  operationDefaults: {
    createServiceAccount: { 404: { code: 'PermissionNotFound', message: 'A permission was not found.' } },
    getPermission: { 404: { code: 'PermissionNotFound', message: 'A permission was not found.' } },
    updatePermission: {
      404: { code: 'PermissionNotFound', message: 'A permission was not found.' },
      409: { code: 'PermissionNameAlreadyExists', message: 'The permission name is already in use. Please use a different name.' },
    },
    deletePermission: {
      404: { code: 'PermissionNotFound', message: 'A permission was not found.' },
      409: { code: 'PermissionNotReady', message: 'The permission is still being processed by some regions.' },
    },
    createPermission: { 409: { code: 'PermissionNameAlreadyExists', message: 'The permission name is already in use. Please use a different name.' } },
    createToken: { 403: { code: 'AuthenticationFailed', message: 'Authentication failed.' } },
  },
  // No Lyve document names the answer to a path it does not serve; a generic code (inferred)
  // rather than ServiceAccountNotFound, which a client would read as "that account is gone".
  unknownPath: { code: 'NotFound', message: 'The requested resource was not found.' },
});

/** The vendor's own errors, by the name the reference gives them. */
export const lyveErrors = {
  invalidArgument: (message: string): ApiError => apiError(400, 'InvalidArgument', message),
  invalidToken: (): ApiError => apiError(400, 'InvalidToken', 'Token is not valid.'),
  expiredToken: (): ApiError => apiError(400, 'ExpiredToken', 'Token expired.'),
  noServiceAvailable: (): ApiError => apiError(403, 'NoServiceAvailable', 'The account has no services enabled for it.'),
  serviceAccountNotFound: (): ApiError => apiError(404, 'ServiceAccountNotFound', 'Service account was not found.'),
  serviceAccountExpired: (action: 'enable' | 'disable'): ApiError =>
    apiError(404, 'ServiceAccountExpired', `The service account has expired. Couldn't ${action} the expired service.`),
  authenticationFailed: (): ApiError => apiError(403, 'AuthenticationFailed', 'Authentication failed.'),
  permissionNotFound: (id: string): ApiError => apiError(404, 'PermissionNotFound', `A permission was not found: ${JSON.stringify(id)}.`),
  nameAlreadyExists: (): ApiError =>
    apiError(409, 'ServiceAccountNameAlreadyExists', 'The service account name is already in use. Please use a different name.'),
  permissionNameAlreadyExists: (): ApiError =>
    apiError(409, 'PermissionNameAlreadyExists', 'The permission name is already in use. Please use a different name.'),
  notReady: (): ApiError => apiError(409, 'ServiceAccountNotReady', 'The service account is still being processed by some regions.'),
  permissionNotReady: (): ApiError => apiError(409, 'PermissionNotReady', 'The permission is still being processed by some regions.'),
};
