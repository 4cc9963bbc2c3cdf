import { spec as parsedControlSpec } from './control-spec.js';
import { validators as controlValidators } from './control-validators.js';
import { defineApi, mockOptions, type ResolverInput, type ResolverResult } from '../core/define-api.js';
import { run } from '../core/dispatch.js';
import { defineErrors } from '../core/error-shape.js';
import type { PlainRequest, PlainResponse } from '../core/http-types.js';
import { problem } from '../core/problem.js';
import { buildRouteTable } from '../core/route-table.js';
import { formatIssues } from '../validation/issues.js';
import { attachValidators } from '../validation/precompiled.js';
import type { ControlHost } from './control-host.js';
import { ControlError, type Control, type SessionControl } from './control.js';
import { SESSION_HEADER } from './controlled-session.js';
import type { FaultSpec } from './faults.js';
import type { ControlGuard } from './web-guard.js';

// Generated with the spec module (npm run types:generate): the control plane compiles nothing at start-up.
const controlSpec = attachValidators(parsedControlSpec, controlValidators);

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Sessions',
  500: 'Internal Server Error',
};

/** The control plane answers in problem+json, like samock's own routing errors. */
const problemErrors = defineErrors({
  contentType: 'application/problem+json',
  body: ({ status, code, message, details }) => problem(status, code ?? TITLES[status] ?? 'Error', message, details ?? {}).body,
  defaults: Object.fromEntries(Object.entries(TITLES).map(([status, title]) => [status, { code: title, message: `${title}.` }])),
});

type Handler = (control: SessionControl & Partial<Control>, input: ResolverInput) => unknown;

/** Operations without the X-Samock-Session parameter in specs/control.yaml. */
const SERVER_WIDE = new Set(['listSessions', 'deleteSession', 'saveStateFile']);

const ok = (body: unknown, status = 200): ResolverResult => (body === undefined ? { status: 204 } : { status, body });
const param = (input: ResolverInput, name: string) => input.params[name]!;

/** operationId → what it does, over the typed control functions. */
const operations: Record<string, Handler> = {
  listApis: (c) => c.apis!(),
  resetState: (c, i) => c.reset((i.body as { api?: string } | undefined)?.api),
  getState: (c, i) => c.dumpState(param(i, 'api')),
  putState: (c, i) => c.loadState(param(i, 'api'), i.body),
  getClock: (c) => c.clock.get(),
  advanceClock: (c, i) => c.clock.advance((i.body as { ms: number }).ms),
  freezeClock: (c) => c.clock.freeze(),
  unfreezeClock: (c) => c.clock.unfreeze(),
  listFaults: (c) => c.faults.list(),
  addFault: (c, i) => c.faults.add(i.body as FaultSpec),
  clearFaults: (c) => void c.faults.clear(),
  deleteFault: (c, i) => void c.faults.remove(param(i, 'id')),
  listRequests: (c, i) =>
    c.journal.list({
      api: i.query.api as string | undefined,
      operation: i.query.operation as string | undefined,
      status: i.query.status as number | undefined,
      violations: i.query.violations as boolean | undefined,
      limit: i.query.limit as number | undefined,
    }),
  clearRequests: (c) => void c.journal.clear(),
  getCoverage: (c) => c.coverage(),
  listSessions: (c) => c.sessions!.list(),
  deleteSession: (c, i) => void c.sessions!.delete(param(i, 'id')),
  saveStateFile: (c) => c.saveStateFile!(),
};

/**
 * Serves specs/control.yaml at /__control: routed and validated by the same
 * machinery as the mocked APIs, so bad input gets a problem+json naming the field.
 */
export function createControlHandler(app: ControlHost, control: Control, guard: ControlGuard): (request: PlainRequest) => Promise<PlainResponse> {
  const api = defineApi({
    id: 'control',
    title: 'samock control plane',
    spec: controlSpec,
    createStore: () => control,
    errors: problemErrors,
    routes: Object.fromEntries(
      Object.entries(operations).map(([operationId, handler]) => [
        operationId,
        async (input: ResolverInput) => {
          // The sessions operations act on the server, not on a session: the header is not theirs.
          const sessionId = SERVER_WIDE.has(operationId) ? undefined : input.headers[SESSION_HEADER];
          try {
            // Inside the try: a session id past --max-sessions is a 429 problem, not a crash.
            const scoped = sessionId ? { ...control.forSession(sessionId), apis: () => control.apis(), sessions: control.sessions } : control;
            const body = await handler(scoped, input);
            return ok(body, operationId === 'addFault' ? 201 : 200);
          } catch (error) {
            if (error instanceof ControlError)
              return {
                status: error.status,
                headers: { 'content-type': 'application/problem+json' },
                body: problem(error.status, error.title, error.message, error.extra).body,
              };
            throw error;
          }
        },
      ]),
    ),
  });
  const routes = buildRouteTable([api]);
  const ctx = { store: control, clock: app.session().clock, ids: app.session().ids, options: mockOptions(app.options) };

  // The guard's token, Host and Origin rules ran already (App.refuseBeforeBody, before the body was read).
  return async (request) => {
    const method = request.method.toUpperCase();
    const matched = routes.match(method, request.path);
    if (matched.kind === 'not-found')
      return problem(404, 'Not Found', `No control operation matches ${method} ${request.path}. See GET /__control/apis and specs/control.yaml.`);
    if (matched.kind === 'method-not-allowed')
      return problem(405, 'Method Not Allowed', `Use ${matched.allow} on ${request.path}.`, {}, { allow: matched.allow });
    const nonJsonWrite = guard.refuseWrite(request);
    if (nonJsonWrite) return nonJsonWrite;
    const { response } = await run(matched.operation, matched.params, ctx, request, app.bodyLimits(request.method, request.path));
    if (app.options.strict) {
      const issues = matched.operation.validators.response(response.status, response.headers['content-type'], response.body);
      if (issues.length)
        return problem(500, 'Control Response Violates Spec', `${matched.operation.operationId}: ${formatIssues(issues)}`, { violations: issues });
    }
    return response;
  };
}
