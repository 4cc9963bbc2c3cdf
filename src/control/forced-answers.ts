import type { Middleware, Outcome } from '../core/dispatch.js';
import { defaultError, errorResponse } from '../core/error-shape.js';
import type { PlainResponse } from '../core/http-types.js';
import { problem } from '../core/problem.js';
import type { CompiledOperation } from '../core/route-table.js';
import type { ControlledSession } from './controlled-session.js';
import { readPrefer } from './prefer.js';

/**
 * The control plane's middleware: a session's faults and the request's `Prefer` header
 * answer before the operation runs (they never touch state), or wrap its answer.
 */
export const forcedAnswers: Middleware<ControlledSession> = (call, session, next) =>
  // Nearly every request has no Prefer header and meets no fault: hand it on with no extra promise.
  call.request.headers.prefer === undefined && session.faults.size === 0 ? next() : forceAnswer(call, session, next);

const forceAnswer: Middleware<ControlledSession> = async ({ operation, request }, session, next): Promise<Outcome> => {
  const shape = operation.api.errors;
  const prefer = readPrefer(request.headers.prefer);
  if (prefer.error) return { response: problem(422, 'Unusable Prefer Header', prefer.error), requestViolations: [], forcedBy: 'prefer' };
  const fault = session.faults.take(operation.api.id, operation.operationId, () => session.ids.random());
  const delayMs = (fault?.delayMs ?? 0) + (prefer.delayMs ?? 0);
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));

  if (fault?.reset) return { response: { status: 0, headers: {}, transportFault: 'reset' }, requestViolations: [], forcedBy: 'fault' };
  if (fault?.status !== undefined) {
    return { response: errorResponse(shape, defaultError(shape, fault.status, undefined, operation.operationId)), requestViolations: [], forcedBy: 'fault' };
  }
  if (prefer.code !== undefined) {
    const forced = forcedByPrefer(operation, prefer.code);
    if (forced) return { response: forced, requestViolations: [], forcedBy: 'prefer' };
  }
  const outcome = await next();
  if (fault?.truncate) return { ...outcome, response: { ...outcome.response, transportFault: 'truncate' }, forcedBy: 'fault' };
  return fault ? { ...outcome, forcedBy: 'fault' } : outcome;
};

/**
 * `Prefer: code=N`: a documented error status is answered in the API's shape with its
 * usual message and no change to state; a documented success runs normally; an
 * undocumented status is refused with the list of documented ones.
 */
function forcedByPrefer(operation: CompiledOperation, code: number): PlainResponse | undefined {
  const documented = [...operation.validators.responses.keys()];
  const isDocumented = documented.some(
    (key) => key === String(code) || (key.endsWith('XX') && key[0] === String(code)[0]) || (key === 'default' && code >= 400),
  );
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
  return errorResponse(shape, defaultError(shape, code, undefined, operation.operationId));
}
