/**
 * A vendor error with a status, the vendor's code and message. Resolvers throw it;
 * the dispatcher turns it into the API's own error body (mocks/<api>/errors.ts).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function apiError(status: number, code: string | undefined, message: string, details?: Record<string, unknown>): ApiError {
  return new ApiError(status, code, message, details);
}
