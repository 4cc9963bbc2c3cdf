import { formatIssues, issuesFromAjv, type Issue } from '../validation/issues.js';
import { isJsonMediaType } from '../validation/operation-validators.js';
import { ApiError } from './api-error.js';
import type { ApiContext, MockOptions, ResolverResult } from './define-api.js';
import { defaultError, errorResponse, validationError, type ErrorShape } from './error-shape.js';
import type { PlainRequest, PlainResponse } from './http-types.js';
import { problem } from './problem.js';
import type { CompiledOperation, RouteTable } from './route-table.js';

/**
 * The one request pipeline every transport shares:
 * route → size → auth → parameters → content type → JSON → schema → resolver → self-check.
 * Every failure is answered in the API's own error shape; nothing escapes as a 500
 * with a stack trace.
 */
export async function dispatch(
  routes: RouteTable,
  contextOf: (apiId: string) => ApiContext<unknown>,
  options: MockOptions,
  request: PlainRequest,
): Promise<PlainResponse> {
  const method = request.method.toUpperCase();
  const matched = routes.match(method, request.path);
  if (matched.kind === 'not-found') {
    return problem(404, 'Not Found', `No operation matches ${method} ${request.path}.`, { method, path: request.path });
  }
  if (matched.kind === 'method-not-allowed') {
    const shape = matched.api.errors;
    return withHeaders(
      errorResponse(shape, defaultError(shape, 405, `Method ${method} is not allowed on ${request.path}. Allowed: ${matched.allow}.`)),
      { allow: matched.allow, [SAMOCK_API_HEADER]: matched.api.id },
    );
  }
  const { operation, params } = matched;
  const shape = operation.api.errors;
  const ctx = contextOf(operation.api.id);
  let response: PlainResponse;
  try {
    response = await run(operation, params, ctx, request);
    if (options.strict) response = selfCheck(operation, response);
  } catch (error) {
    if (error instanceof ApiError) response = errorResponse(shape, error);
    else {
      // A bug in a resolver: say so in the vendor's shape, log the detail, never leak a stack.
      console.error(`[samock] ${operation.api.id}.${operation.operationId} failed:`, error);
      response = errorResponse(shape, defaultError(shape, 500));
    }
  }
  response.headers[SAMOCK_API_HEADER] = operation.api.id;
  return response;
}

/** Marks answers as samock's, so `samock verify` can tell a mock from a vendor's server. */
export const SAMOCK_API_HEADER = 'x-samock-api';

async function run(
  operation: CompiledOperation,
  rawParams: Record<string, string>,
  ctx: ApiContext<unknown>,
  request: PlainRequest,
): Promise<PlainResponse> {
  const shape = operation.api.errors;
  const { validators } = operation;
  if (request.bodyTooLarge) throw fromDefault(shape, 413, 'The request body is larger than the 1 MiB limit.');

  const principal = operation.requiresAuth && operation.api.authenticate ? operation.api.authenticate(request.headers, ctx) : undefined;

  const { values, issues } = validators.params({ path: rawParams, query: request.query, headers: request.headers });
  if (issues.length) throw asValidationError(shape, issues);

  let body: unknown;
  const hasBody = request.rawBody !== undefined && request.rawBody !== '';
  if (validators.body.mediaTypes.length > 0) {
    if (!hasBody) {
      if (validators.body.required) {
        throw asValidationError(shape, [{ location: 'body', pointer: '', rule: 'required', message: 'The request body is required', expected: 'a JSON body' }]);
      }
    } else {
      const contentType = request.headers['content-type'];
      if (!contentType || !isJsonMediaType(contentType)) {
        throw fromDefault(shape, 415, `Unsupported Content-Type ${contentType ? `"${contentType}"` : '(none)'}: send the body as application/json.`);
      }
      try {
        body = JSON.parse(request.rawBody!);
      } catch (error) {
        throw fromDefault(shape, 400, `The request body is not valid JSON: ${(error as Error).message}.`);
      }
      const validate = validators.body.validate;
      if (validate && !validate(body)) {
        throw asValidationError(shape, issuesFromAjv('body', validate.errors, body));
      }
    }
  }

  const result = await operation.api.routes[operation.operationId]!(
    { operationId: operation.operationId, params: values.path, query: values.query, headers: request.headers, body, principal },
    ctx,
  );
  return toPlainResponse(operation, result);
}

function toPlainResponse(operation: CompiledOperation, result: ResolverResult): PlainResponse {
  const headers: Record<string, string> = { ...result.headers };
  if (result.body !== undefined && !headers['content-type']) {
    const documented = operation.validators.responses.get(String(result.status))?.mediaTypes[0];
    headers['content-type'] = documented ?? (typeof result.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json');
  }
  return { status: result.status, headers, body: result.body };
}

function fromDefault(shape: ErrorShape, status: number, message: string): ApiError {
  const error = defaultError(shape, status, message);
  return new ApiError(error.status, error.code, error.message);
}

function asValidationError(shape: ErrorShape, issues: Issue[]): ApiError {
  const error = validationError(shape, issues);
  return new ApiError(error.status, error.code, error.message, error.details);
}

function withHeaders(response: PlainResponse, headers: Record<string, string>): PlainResponse {
  return { ...response, headers: { ...response.headers, ...headers } };
}

/**
 * Under --strict (and in tests) a response that breaks the spec is not sent
 * quietly: it becomes a 500 problem naming the operation and every violation.
 */
function selfCheck(operation: CompiledOperation, response: PlainResponse): PlainResponse {
  const issues = operation.validators.response(response.status, response.headers['content-type'], response.body);
  if (issues.length === 0) return response;
  const where = `${operation.api.id}.${operation.operationId}`;
  console.error(`[samock] strict: the ${response.status} response of ${where} breaks its spec: ${formatIssues(issues)}`);
  return problem(500, 'Mock Response Violates Spec', `The ${response.status} response of ${where} breaks specs/${operation.api.id}.yaml: ${formatIssues(issues)}.`, {
    operation: where,
    violations: issues,
  });
}
