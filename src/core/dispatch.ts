import { redactIssues, redactPath } from '../control/journal.js';
import { formatIssues, issuesFromAjv, type Issue } from '../validation/issues.js';
import { isJsonMediaType } from '../validation/operation-validators.js';
import { ApiError } from './api-error.js';
import type { ApiContext, MockOptions, ResolverResult } from './define-api.js';
import { defaultError, errorResponse, validationError, type ErrorShape } from './error-shape.js';
import type { PlainRequest, PlainResponse } from './http-types.js';
import { readPrefer } from './prefer.js';
import { problem } from './problem.js';
import type { CompiledOperation, RouteTable } from './route-table.js';
import type { Session } from './session.js';

/** Marks answers as samock's, so `samock verify` can tell a mock from a vendor's server. */
export const SAMOCK_API_HEADER = 'x-samock-api';

export interface Outcome {
  response: PlainResponse;
  requestViolations: Issue[];
  forcedBy?: 'prefer' | 'fault';
}

/**
 * The one request pipeline every transport shares:
 * route → forced answers (faults, `Prefer`) → size → auth → parameters → content type
 * → JSON → schema → resolver → self-check → journal. Every failure is answered in the
 * API's own error shape; nothing escapes as a 500 with a stack trace.
 */
export async function dispatch(routes: RouteTable, session: Session, options: MockOptions, request: PlainRequest): Promise<PlainResponse> {
  const started = performance.now();
  const method = request.method.toUpperCase();
  const matched = routes.match(method, request.path);
  const journal = (entry: { api: string | null; operationId: string | null; path?: string; status: number; forcedBy?: 'prefer' | 'fault'; requestViolations?: Issue[]; responseViolations?: Issue[] }) =>
    session.journal.record({
      atMs: Date.now(),
      session: session.id,
      method,
      path: entry.path ?? request.path,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      api: entry.api,
      operationId: entry.operationId,
      status: entry.status,
      ...(entry.forcedBy && { forcedBy: entry.forcedBy }),
      requestViolations: redactIssues(entry.requestViolations ?? []),
      responseViolations: redactIssues(entry.responseViolations ?? []),
    });

  if (matched.kind === 'not-found') {
    journal({ api: null, operationId: null, status: 404, requestViolations: [{ location: 'route', pointer: '', rule: 'path', message: `No operation of any served spec matches ${method} ${request.path}`, actual: request.path }] });
    return problem(404, 'Not Found', `No operation matches ${method} ${request.path}.`, { method, path: request.path });
  }
  if (matched.kind === 'method-not-allowed') {
    const shape = matched.api.errors;
    const response = errorResponse(shape, defaultError(shape, 405, `Method ${method} is not allowed on ${request.path}. Allowed: ${matched.allow}.`));
    response.headers.allow = matched.allow;
    response.headers[SAMOCK_API_HEADER] = matched.api.id;
    journal({
      api: matched.api.id,
      operationId: null,
      status: 405,
      requestViolations: [{ location: 'method', pointer: '', rule: 'method', message: `${method} is not an operation of ${matched.template}`, expected: matched.allow, actual: method }],
    });
    return response;
  }

  const { operation, params } = matched;
  const ctx = session.contexts.get(operation.api.id)!;
  const { response, requestViolations, forcedBy } = await answer(operation, params, ctx, session, request);
  response.headers[SAMOCK_API_HEADER] = operation.api.id;

  let responseViolations: Issue[] = [];
  if (!response.transportFault || response.transportFault === 'truncate') {
    responseViolations = operation.validators.response(response.status, response.headers['content-type'], response.body);
  }
  const sent = options.strict && responseViolations.length > 0 && !forcedBy ? selfCheckFailure(operation, response, responseViolations) : response;
  session.coverage.count(operation.api.id, operation.operationId, sent.status);
  journal({
    api: operation.api.id,
    operationId: operation.operationId,
    path: redactPath(request.path, operation.template, params),
    status: sent.transportFault === 'reset' ? 0 : sent.status,
    forcedBy,
    requestViolations,
    responseViolations,
  });
  return sent;
}

/** Faults and `Prefer` first (they never touch state), then the mock's own behaviour. */
async function answer(operation: CompiledOperation, params: Record<string, string>, ctx: ApiContext<unknown>, session: Session, request: PlainRequest): Promise<Outcome> {
  const shape = operation.api.errors;
  const prefer = readPrefer(request.headers.prefer);
  if (prefer.error) return { response: problem(422, 'Unusable Prefer Header', prefer.error), requestViolations: [], forcedBy: 'prefer' };
  const fault = session.faults.take(operation.api.id, operation.operationId, session.ids.random);
  const delayMs = (fault?.delayMs ?? 0) + (prefer.delayMs ?? 0);
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));

  if (fault?.reset) return { response: { status: 0, headers: {}, transportFault: 'reset' }, requestViolations: [], forcedBy: 'fault' };
  if (fault?.status !== undefined) return { response: errorResponse(shape, defaultError(shape, fault.status)), requestViolations: [], forcedBy: 'fault' };
  if (prefer.code !== undefined) {
    const forced = forcedByPrefer(operation, prefer.code);
    if (forced) return { response: forced, requestViolations: [], forcedBy: 'prefer' };
  }
  const outcome = await run(operation, params, ctx, request);
  if (fault?.truncate) return { ...outcome, response: { ...outcome.response, transportFault: 'truncate' }, forcedBy: 'fault' };
  return { ...outcome, forcedBy: fault ? 'fault' : undefined };
}

/**
 * `Prefer: code=N`: a documented error status is answered in the API's shape with its
 * usual message and no change to state; a documented success runs normally; an
 * undocumented status is refused with the list of documented ones.
 */
function forcedByPrefer(operation: CompiledOperation, code: number): PlainResponse | undefined {
  const documented = [...operation.validators.responses.keys()];
  const isDocumented = documented.some((key) => key === String(code) || (key.endsWith('XX') && key[0] === String(code)[0]) || (key === 'default' && code >= 400));
  if (!isDocumented) {
    return problem(
      422,
      'Undocumented Status',
      `Prefer: code=${code} cannot be answered: ${operation.api.id}.${operation.operationId} documents ${documented.join(', ')}.`,
      { operation: `${operation.api.id}.${operation.operationId}`, documented },
    );
  }
  if (code < 400) return undefined;
  const shape = operation.api.errors;
  return errorResponse(shape, defaultError(shape, code));
}

/** Runs an operation's pipeline (validation, auth, resolver); shared with the control plane. */
export async function run(operation: CompiledOperation, rawParams: Record<string, string>, ctx: ApiContext<unknown>, request: PlainRequest): Promise<Outcome> {
  const shape = operation.api.errors;
  try {
    return { response: await resolve(operation, rawParams, ctx, request), requestViolations: [] };
  } catch (error) {
    if (error instanceof ApiError) {
      const issues = (error.details?.issues as Issue[] | undefined) ?? [];
      return { response: errorResponse(shape, error), requestViolations: issues };
    }
    // A bug in a resolver: say so in the vendor's shape, log the detail, never leak a stack.
    console.error(`[samock] ${operation.api.id}.${operation.operationId} failed:`, error);
    return { response: errorResponse(shape, defaultError(shape, 500)), requestViolations: [] };
  }
}

async function resolve(operation: CompiledOperation, rawParams: Record<string, string>, ctx: ApiContext<unknown>, request: PlainRequest): Promise<PlainResponse> {
  const shape = operation.api.errors;
  const { validators } = operation;
  if (request.bodyTooLarge) {
    throw fromDefault(shape, shape.payloadTooLargeStatus ?? 413, 'The request body is larger than the 1 MiB limit.', [{ location: 'body', pointer: '', rule: 'maxBytes', message: 'The request body is larger than 1 MiB', expected: 1048576 }]);
  }

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
        throw fromDefault(shape, shape.unsupportedMediaTypeStatus ?? 415, `Unsupported Content-Type ${contentType ? `"${contentType}"` : '(none)'}: send the body as application/json.`, [
          { location: 'content-type', pointer: '', rule: 'mediaType', message: 'The body must be application/json', expected: validators.body.mediaTypes, actual: contentType ?? null },
        ]);
      }
      try {
        body = JSON.parse(request.rawBody!);
      } catch (error) {
        const message = `The request body is not valid JSON: ${(error as Error).message}.`;
        throw fromDefault(shape, 400, message, [{ location: 'body', pointer: '', rule: 'json', message }]);
      }
      const validate = validators.body.validate;
      if (validate && !validate(body)) throw asValidationError(shape, issuesFromAjv('body', validate.errors, body));
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

function fromDefault(shape: ErrorShape, status: number, message: string, issues: Issue[]): ApiError {
  const error = defaultError(shape, status, message);
  return new ApiError(error.status, error.code, error.message, { issues });
}

function asValidationError(shape: ErrorShape, issues: Issue[]): ApiError {
  const error = validationError(shape, issues);
  return new ApiError(error.status, error.code, error.message, error.details);
}

/**
 * Under --strict (and in tests) a response that breaks the spec is not sent
 * quietly: it becomes a 500 problem naming the operation and every violation.
 */
function selfCheckFailure(operation: CompiledOperation, response: PlainResponse, issues: Issue[]): PlainResponse {
  const where = `${operation.api.id}.${operation.operationId}`;
  console.error(`[samock] strict: the ${response.status} response of ${where} breaks its spec: ${formatIssues(issues)}`);
  return problem(500, 'Mock Response Violates Spec', `The ${response.status} response of ${where} breaks specs/${operation.api.id}.yaml: ${formatIssues(issues)}.`, {
    operation: where,
    violations: redactIssues(issues),
  });
}
