import type { Issue } from '../validation/issues.js';

/**
 * A vendor error with a status, the vendor's code and message. Resolvers throw it;
 * the dispatcher turns it into the API's own error body (mocks/<api>/errors.ts).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    /** Shown in the answer, where the API's error shape has room for it. */
    readonly details?: Record<string, unknown>,
    /**
     * The request's spec violations for the journal only, never the answer: a refused
     * credential is recorded (redacted) without being echoed back in the error body.
     * When absent, `details.issues` is what the journal records.
     */
    readonly violations?: Issue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function apiError(status: number, code: string | undefined, message: string, details?: Record<string, unknown>): ApiError {
  return new ApiError(status, code, message, details);
}

/** The violations an error stands for, for the journal. */
export function violationsOf(error: ApiError): Issue[] {
  return error.violations ?? (error.details?.issues as Issue[] | undefined) ?? [];
}
