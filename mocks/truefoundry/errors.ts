import { apiError, type ApiError, defineErrors, type Issue } from 'samock/toolkit';

/**
 * TrueFoundry answers errors as NestJS-style `HttpError` bodies:
 * `{statusCode, message, code?, details?: object[]}` (specs/truefoundry.yaml `HttpError`).
 * samock puts each validation violation in `details`, so a client sees every
 * offending field, not only the first.
 */
export const errors = defineErrors({
  body: ({ status, code, message, details }) => ({
    statusCode: status,
    message,
    ...(code !== undefined && { code }),
    ...(details !== undefined && { details: asDetailList(details) }),
  }),
  // A well-formed request that breaks the spec is 422, not 400: 400 is kept for a body
  // that cannot be read at all (docs/decisions/0007-truefoundry-400-vs-422.md).
  validationStatus: 422,
  defaults: {
    400: { message: 'Bad request.' },
    401: { message: 'Unauthorized. Send a valid token as `Authorization: Bearer <token>`.' },
    403: { message: 'You do not have permission to manage virtual accounts.' },
    404: { message: 'Virtual account not found.' },
    405: { message: 'Method not allowed.' },
    413: { message: 'The request body is larger than the 1 MiB limit.' },
    415: { message: 'The request body must be application/json.' },
    422: { message: 'The request breaks a rule of the virtual account manifest.' },
    500: { message: 'Internal server error.' },
  },
});

/** The core carries issues as `{issues: [...]}`; the vendor's `details` is a list of objects. */
function asDetailList(details: Record<string, unknown>): object[] {
  const issues = details.issues;
  return Array.isArray(issues) ? (issues as object[]) : [details];
}

/** The errors TrueFoundry's own rules raise, by what went wrong. */
export const truefoundryErrors = {
  unauthorized: (message = 'Unauthorized. Send a valid token as `Authorization: Bearer <token>`.'): ApiError => apiError(401, undefined, message),
  tokenExpired: (): ApiError => apiError(401, undefined, 'Unauthorized: the token has expired or was revoked.'),
  forbidden: (): ApiError => apiError(403, undefined, 'You do not have permission to manage virtual accounts.'),
  notFound: (id: string): ApiError => apiError(404, undefined, `Virtual account with id ${JSON.stringify(id)} not found.`),
  tokenNotRetrievable: (id: string): ApiError =>
    apiError(
      404,
      undefined,
      `The token of virtual account ${JSON.stringify(id)} cannot be shown: samock ` +
        `loaded this account from a state document, which keeps tokens only as hashes. ` +
        'Regenerate it (POST .../regenerate-token) to get one.',
    ),
  /** A rule the schema cannot express, reported like a schema violation: 422 naming the field. */
  invalidField: (issue: Omit<Issue, 'location'>): ApiError =>
    apiError(422, undefined, `Invalid request: ${issue.message} (rule: ${issue.rule}).`, { issues: [{ location: 'body', ...issue }] }),
  /** The same for a query parameter the schema cannot check (the list's `filter` tree). */
  invalidQuery: (issue: Omit<Issue, 'location'>): ApiError =>
    apiError(422, undefined, `Invalid request: ${issue.message} (rule: ${issue.rule}).`, { issues: [{ location: 'query', ...issue }] }),
};
