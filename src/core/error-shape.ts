import type { Issue } from '../validation/issues.js';
import { formatIssues, previewIssues } from '../validation/issues.js';
import { ApiError } from './api-error.js';
import type { PlainResponse } from './http-types.js';

export interface ErrorDefault {
  code?: string;
  message: string;
}

/**
 * How one vendor writes errors: one body builder plus, per status, the code and
 * message samock uses when it must produce that status without a domain cause
 * (transport errors, auth, forced errors). One per API, in mocks/<api>/errors.ts.
 */
export interface ErrorShape {
  contentType?: string;
  /** Headers every error response carries (e.g. nscale's `Cache-Control: no-cache`). */
  headers?: Record<string, string>;
  body(error: { status: number; code?: string; message: string; details?: Record<string, unknown> }): unknown;
  defaults: Record<number, ErrorDefault>;
  /**
   * Per operation, where its own cause for a status differs from the API-wide default (Lyve's
   * 404 on a permission is `PermissionNotFound`, not `ServiceAccountNotFound`): used when an
   * error is forced (`Prefer: code=`, a fault) so the forced answer is one the operation gives.
   */
  operationDefaults?: Record<string, Record<number, ErrorDefault>>;
  /** The error for a path under the API's prefix that no operation has (default: `defaults[404]`). */
  unknownPath?: ErrorDefault;
  /** Status for a request that breaks the spec; most vendors use 400. */
  validationStatus?: number;
  /** Status for a body that is not JSON (default 415; LakeSail documents 400). */
  unsupportedMediaTypeStatus?: number;
  /** Status for a body over 1 MiB (default 413). */
  payloadTooLargeStatus?: number;
}

export type ErrorKind = 'validation' | 'malformedJson' | 'unsupportedMediaType' | 'payloadTooLarge' | 'methodNotAllowed' | 'internal';

export function defineErrors(shape: ErrorShape): ErrorShape {
  return shape;
}

export function errorResponse(shape: ErrorShape, error: { status: number; code?: string; message: string; details?: Record<string, unknown> }): PlainResponse {
  return {
    status: error.status,
    headers: { 'content-type': shape.contentType ?? 'application/json', ...shape.headers },
    body: shape.body({ status: error.status, code: error.code, message: error.message, details: error.details }),
  };
}

/** The error for a status with no domain cause: the API's default code and message, or a generic one. */
export function defaultError(shape: ErrorShape, status: number, message?: string, operationId?: string): { status: number; code?: string; message: string } {
  const own = operationId === undefined ? undefined : shape.operationDefaults?.[operationId]?.[status];
  const fallback = own ?? shape.defaults[status] ?? shape.defaults[Math.floor(status / 100) * 100];
  return { status, code: fallback?.code, message: message ?? fallback?.message ?? `Request failed with status ${status}.` };
}

export function validationError(shape: ErrorShape, issues: Issue[]): { status: number; code?: string; message: string; details: Record<string, unknown> } {
  const status = shape.validationStatus ?? 400;
  return { ...defaultError(shape, status, `Invalid request: ${formatIssues(issues)}.`), details: { issues: previewIssues(issues) } };
}

/** A refusal with the API's default code and message for `status`; its issues go to the journal only. */
export function refusal(shape: ErrorShape, status: number, message: string, issues: Issue[]): ApiError {
  const error = defaultError(shape, status, message);
  return new ApiError(error.status, error.code, error.message, undefined, issues);
}

/** The API's validation error for these issues, shown in its answer (where the shape has room) and journaled. */
export function validationRefusal(shape: ErrorShape, issues: Issue[]): ApiError {
  const error = validationError(shape, issues);
  return new ApiError(error.status, error.code, error.message, error.details, issues);
}
