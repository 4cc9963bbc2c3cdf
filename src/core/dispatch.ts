import { capIssues, formatIssues, type Issue } from '../validation/issues.js';
import { ApiError, violationsOf } from './api-error.js';
import { readBody } from './body.js';
import type { ApiContext, ResolverResult } from './define-api.js';
import { defaultError, errorResponse, refusal, validationRefusal } from './error-shape.js';
import type { PlainRequest, PlainResponse } from './http-types.js';
import { formatBytes, type BodyLimits } from './limits.js';
import { logFailure } from './log.js';
import { problem } from './problem.js';
import { redactIssues, redactPath, requestSecrets, responseSecrets } from './redaction.js';
import type { CompiledOperation, RouteTable } from './route-table.js';

/** Marks answers as samock's, so `samock verify` can tell a mock from a vendor's server. */
export const SAMOCK_API_HEADER = 'x-samock-api';

/** Most requests have no violations: their exchanges share one empty, frozen list. */
const NO_ISSUES: Issue[] = Object.freeze([]) as unknown as Issue[];

export interface Outcome {
  response: PlainResponse;
  requestViolations: Issue[];
  /** Set by a middleware that answered in the operation's place (`'prefer'`, `'fault'`): no self-check, journalled as forced. */
  forcedBy?: string;
  /** The parsed body, when there was one: redaction looks for credential fields in it. */
  body?: unknown;
  /**
   * Set when samock itself refused the request before any resolver ran (size, content type,
   * encoding, JSON, parameters, body schema): the status is samock's choice, answered in the
   * API's error shape, so strict mode lets it through even where the spec does not document it.
   */
  refusedBySamock?: boolean;
}

/** Where a request runs: one API context per served API (a session, for the app layer). */
export interface World {
  id: string;
  contexts: Map<string, ApiContext<unknown>>;
}

/** One matched request, as a middleware sees it. */
export interface Call {
  operation: CompiledOperation;
  params: Record<string, string>;
  ctx: ApiContext<unknown>;
  request: PlainRequest;
}

/**
 * Runs around an operation (Hono's `compose` is the model): it may answer in the
 * operation's place, wait first, or change the answer `next()` gives. The control plane's
 * faults and `Prefer` header plug in here; the kernel knows nothing of them.
 */
export type Middleware<W extends World = World> = (call: Call, world: W, next: () => Promise<Outcome>) => Promise<Outcome>;

/** What happened to one request, redacted: what the journal and coverage are built from. */
export interface Exchange {
  atMs: number;
  session: string;
  method: string;
  path: string;
  durationMs: number;
  /** null when no API route matched. */
  api: string | null;
  operationId: string | null;
  /** 0 when the connection was dropped. */
  status: number;
  forcedBy?: string;
  requestViolations: Issue[];
  responseViolations: Issue[];
}

export interface DispatchHooks<W extends World = World> {
  middleware?: readonly Middleware<W>[];
  /** Told of every request once it is answered (msw's `response:*` lifecycle events are the model). */
  observe?(world: W, exchange: Exchange): void;
}

/** Runs middleware in order around `last`: each one's `next()` calls the one after it. */
export function compose<W extends World>(middleware: readonly Middleware<W>[], call: Call, world: W, last: () => Promise<Outcome>): Promise<Outcome> {
  const step = (index: number): Promise<Outcome> => (index === middleware.length ? last() : middleware[index]!(call, world, () => step(index + 1)));
  return step(0);
}

/**
 * The one request pipeline every transport shares:
 * route → middleware (the control plane's faults, `Prefer`) → size → auth → parameters
 * → content type → limits → JSON → schema → resolver → self-check → observers. Every
 * failure is answered in the API's own error shape; nothing escapes as a 500 with a stack trace.
 */
export async function dispatch<W extends World>(
  routes: RouteTable,
  world: W,
  strict: boolean,
  request: PlainRequest,
  limits: BodyLimits,
  hooks: DispatchHooks<W> = {},
): Promise<PlainResponse> {
  const started = performance.now();
  const method = request.method.toUpperCase();
  const matched = routes.match(method, request.path);
  // Built in one object, with no copies: this runs on every request.
  const journal = (
    api: string | null,
    operationId: string | null,
    path: string,
    status: number,
    requestViolations: Issue[] = NO_ISSUES,
    responseViolations: Issue[] = NO_ISSUES,
    forcedBy?: string,
  ) => {
    if (!hooks.observe) return;
    const exchange: Exchange = {
      atMs: Date.now(),
      session: world.id,
      method,
      path,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      api,
      operationId,
      status,
      requestViolations,
      responseViolations,
    };
    if (forcedBy) exchange.forcedBy = forcedBy;
    hooks.observe(world, exchange);
  };

  if (matched.kind === 'not-found') {
    const path = routes.redactUnmatched(request.path);
    // Under an API's own prefix, the vendor's server would answer: in its shape, not samock's.
    const owner = routes.ownerOf(request.path);
    journal(owner?.id ?? null, null, path, 404, [
      { location: 'route', pointer: '', rule: 'path', message: `No operation of any served spec matches ${method} ${path}`, actual: path },
    ]);
    if (!owner) return problem(404, 'Not Found', `No operation matches ${method} ${path}.`, { method, path });
    const unknown = owner.errors.unknownPath;
    const response = errorResponse(
      owner.errors,
      unknown ? { status: 404, code: unknown.code, message: unknown.message } : defaultError(owner.errors, 404, `No operation matches ${method} ${path}.`),
    );
    response.headers[SAMOCK_API_HEADER] = owner.id;
    return response;
  }
  if (matched.kind === 'method-not-allowed') {
    const shape = matched.api.errors;
    const path = redactPath(request.path, matched.template, matched.params, matched.credentialParams);
    const response = errorResponse(shape, defaultError(shape, 405, `Method ${method} is not allowed on ${path}. Allowed: ${matched.allow}.`));
    response.headers.allow = matched.allow;
    response.headers[SAMOCK_API_HEADER] = matched.api.id;
    journal(matched.api.id, null, path, 405, [
      {
        location: 'method',
        pointer: '',
        rule: 'method',
        message: `${method} is not an operation of ${matched.template}`,
        expected: matched.allow,
        actual: method,
      },
    ]);
    return response;
  }

  const { operation, params } = matched;
  const ctx = world.contexts.get(operation.api.id)!;
  const call: Call = { operation, params, ctx, request };
  const execute = () => run(operation, params, ctx, request, limits);
  const { response, requestViolations, forcedBy, body, refusedBySamock } = await (hooks.middleware?.length
    ? compose(hooks.middleware, call, world, execute)
    : execute());
  response.headers[SAMOCK_API_HEADER] = operation.api.id;

  let responseViolations: Issue[] = [];
  if (!response.transportFault || response.transportFault === 'truncate') {
    responseViolations = operation.validators.response(response.status, response.headers['content-type'], response.body);
  }
  // Secrets are looked for only when there is something to redact: most requests have no violations.
  let secrets: string[] = [];
  if (requestViolations.length + responseViolations.length > 0) {
    secrets = requestSecrets(operation.credentials, request.headers, params, request.query, body);
    if (responseViolations.length > 0) secrets = [...secrets, ...responseSecrets(operation.credentials, response.body)];
  }
  const redactedResponseViolations = redactIssues(responseViolations, secrets, operation.credentials);
  // The self-check is there to catch resolvers answering what the spec does not document. An
  // answer forced by the control plane, or samock's own refusal of the request, is not one:
  // its violations are journaled, but it is sent as it is.
  const sent =
    strict && responseViolations.length > 0 && !forcedBy && !refusedBySamock ? selfCheckFailure(operation, response, redactedResponseViolations) : response;
  journal(
    operation.api.id,
    operation.operationId,
    redactPath(request.path, operation.template, params, operation.credentials.path),
    sent.transportFault === 'reset' ? 0 : sent.status,
    requestViolations.length ? redactIssues(requestViolations, secrets, operation.credentials) : NO_ISSUES,
    redactedResponseViolations.length ? redactedResponseViolations : NO_ISSUES,
    forcedBy,
  );
  return sent;
}

/** A refusal samock made itself, before any of the API's code ran: see `Outcome.refusedBySamock`. */
class SamockRefusal extends ApiError {
  static of(error: ApiError): SamockRefusal {
    return new SamockRefusal(error.status, error.code, error.message, error.details, error.violations);
  }
}

/** Runs an operation's pipeline (validation, auth, resolver); shared with the control plane. */
export async function run(
  operation: CompiledOperation,
  rawParams: Record<string, string>,
  ctx: ApiContext<unknown>,
  request: PlainRequest,
  limits: BodyLimits,
): Promise<Outcome> {
  const shape = operation.api.errors;
  const seen: { body?: unknown } = {};
  try {
    return { response: await resolve(operation, rawParams, ctx, request, limits, seen), requestViolations: [], body: seen.body };
  } catch (error) {
    if (error instanceof ApiError) {
      return {
        response: errorResponse(shape, error),
        requestViolations: violationsOf(error),
        body: seen.body,
        ...(error instanceof SamockRefusal && { refusedBySamock: true }),
      };
    }
    // A bug in a resolver: say so in the vendor's shape, log one line, never leak a stack.
    logFailure(`${operation.api.id}.${operation.operationId} failed`, error);
    return { response: errorResponse(shape, defaultError(shape, 500)), requestViolations: [], body: seen.body };
  }
}

/**
 * Checks a request in full before the resolver runs. The answer names the first kind of
 * failure (size, then credentials, then the request's form, then its schema), but the
 * journal gets every violation: a client with no credentials *and* a bad body learns of both.
 */
async function resolve(
  operation: CompiledOperation,
  rawParams: Record<string, string>,
  ctx: ApiContext<unknown>,
  request: PlainRequest,
  limits: BodyLimits,
  seen: { body?: unknown },
): Promise<PlainResponse> {
  const shape = operation.api.errors;
  const { validators } = operation;
  if (request.bodyTooLarge) {
    const message = `The request body is larger than the ${formatBytes(limits.bytes)} limit (raise it with ${limits.bytesFlag})`;
    throw SamockRefusal.of(
      refusal(shape, shape.payloadTooLargeStatus ?? 413, `${message}.`, [{ location: 'body', pointer: '', rule: 'maxBytes', message, expected: limits.bytes }]),
    );
  }

  let authFailure: ApiError | undefined;
  let principal: unknown;
  if (operation.requiresAuth && operation.api.authenticate) {
    try {
      principal = operation.api.authenticate(request.headers, ctx);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      authFailure = error;
    }
  }

  const { values, issues: paramIssues } = validators.params({ path: rawParams, query: request.query, headers: request.headers });
  const read = readBody(operation, request, limits);
  if ('body' in read) seen.body = read.body;
  const bodyIssues = 'body' in read && read.body !== undefined ? validators.body.issues(read.body, request.rawBody?.length ?? 0) : [];
  const schemaIssues = capIssues(paramIssues.length === 0 ? bodyIssues : paramIssues.concat(bodyIssues));

  const failure = authFailure ?? ('failure' in read ? read.failure : undefined) ?? (schemaIssues.length ? validationRefusal(shape, schemaIssues) : undefined);
  if (failure) {
    const all = capIssues([...(authFailure ? violationsOf(authFailure) : []), ...('failure' in read ? violationsOf(read.failure) : []), ...schemaIssues]);
    // An authenticator's refusal is the API's own answer, checked like a resolver's; the rest are samock's.
    throw new (authFailure ? ApiError : SamockRefusal)(failure.status, failure.code, failure.message, failure.details, all);
  }

  const result = await operation.api.routes[operation.operationId]!(
    {
      operationId: operation.operationId,
      params: values.path,
      query: values.query,
      headers: request.headers,
      body: 'body' in read ? read.body : undefined,
      principal,
    },
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

/**
 * Under --strict (and in tests) a response that breaks the spec is not sent
 * quietly: it becomes a 500 problem naming the operation and every violation.
 */
function selfCheckFailure(operation: CompiledOperation, response: PlainResponse, issues: Issue[]): PlainResponse {
  const where = `${operation.api.id}.${operation.operationId}`;
  console.error(`[samock] strict: the ${response.status} response of ${where} breaks its spec: ${formatIssues(issues)}`);
  return problem(
    500,
    'Mock Response Violates Spec',
    `The ${response.status} response of ${where} breaks the ${operation.api.id} API's spec: ${formatIssues(issues)}.`,
    { operation: where, violations: issues },
    { [SAMOCK_API_HEADER]: operation.api.id },
  );
}
