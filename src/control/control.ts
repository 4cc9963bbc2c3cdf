import type { ValidateFunction } from 'ajv';
import type { AuthMode } from '../core/define-api.js';
import { StateError } from '../core/state.js';
import { checkJsonLimits, formatBytes, utf8Length } from '../core/limits.js';
import { issuesFromAjv, formatIssues, previewIssues, type Issue } from '../validation/issues.js';
import { LARGE_DOCUMENT_CHARS } from '../validation/operation-validators.js';
import type { ControlHost } from './control-host.js';
import type { ControlledSession } from './controlled-session.js';
import type { CoverageReport } from './coverage.js';
import type { Fault, FaultSpec } from './faults.js';
import type { JournalEntry, JournalFilter } from './journal.js';

/** A control-plane refusal: becomes `application/problem+json` over HTTP. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ControlError';
  }
}

export interface ClockView {
  now: string;
  nowMs: number;
  frozen: boolean;
}

export interface SessionView {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  requests: number;
}

/** The control functions of one session. */
export interface SessionControl {
  session: string;
  reset(api?: string): { reset: string[] };
  dumpState(api: string): unknown;
  loadState(api: string, document: unknown): Promise<{ api: string; loaded: Record<string, number> }>;
  clock: {
    get(): ClockView;
    advance(ms: number): ClockView;
    freeze(): ClockView;
    unfreeze(): ClockView;
  };
  faults: {
    add(spec: FaultSpec): Fault;
    list(): Fault[];
    remove(id: string): void;
    clear(): void;
  };
  journal: {
    list(filter?: JournalFilter): JournalEntry[];
    clear(): void;
  };
  coverage(): CoverageReport;
}

/** What `POST /__control/state-file` answers: where every session was written. */
export interface StateFileSaved {
  file: string;
  savedAt: string;
  sessions: number;
  bytes: number;
}

export interface Control extends SessionControl {
  /** The same controls, for another session (created on first use). */
  forSession(id: string): SessionControl;
  sessions: {
    list(): SessionView[];
    delete(id: string): void;
  };
  /** Writes every session of the server to its state file (`samock serve --state-file`), atomically; 409 without one. */
  saveStateFile(): Promise<StateFileSaved>;
  /** The served APIs, their operations and documented statuses (what `Prefer: code=` accepts). */
  apis(): {
    id: string;
    title: string;
    prefix: string;
    auth: AuthMode;
    options: Record<string, string>;
    operations: { operationId: string; method: string; path: string; statuses: string[] }[];
  }[];
}

/**
 * The QA controls over a running app, as plain typed functions: the HTTP control
 * plane (src/control/http.ts) calls these, and `setupServer` users call them directly.
 */
export function createControl(app: ControlHost): Control {
  // Per API, compiled on first use: a first-violation validator for every document, and an
  // every-violation one for small refused documents (a large one could yield millions).
  const stateValidators = new Map<string, { first: ValidateFunction; all?: ValidateFunction }>();
  const stateIssues = (apiId: string, schema: Record<string, unknown>, document: unknown): Issue[] => {
    const compiler = app.routes.compilers.get(apiId)!;
    let validators = stateValidators.get(apiId);
    if (!validators) stateValidators.set(apiId, (validators = { first: compiler.compileFirstError(schema, `${apiId} state document`) }));
    if (validators.first(document)) return [];
    if (JSON.stringify(document).length > LARGE_DOCUMENT_CHARS) return issuesFromAjv('body', validators.first.errors, document);
    validators.all ??= compiler.compile(schema, `${apiId} state document`);
    validators.all(document);
    return issuesFromAjv('body', validators.all.errors, document);
  };
  const requireApi = (id: string) => {
    const api = app.apis.find((candidate) => candidate.id === id);
    if (!api) throw new ControlError(404, 'Unknown API', `No API "${id}" is served. Served: ${app.apis.map((a) => a.id).join(', ')}.`);
    return api;
  };
  const sessionOf = (id?: string): ControlledSession => {
    try {
      return app.session(id);
    } catch (error) {
      throw new ControlError(
        error instanceof RangeError ? 400 : 429,
        error instanceof RangeError ? 'Invalid Session Id' : 'Too Many Sessions',
        (error as Error).message,
      );
    }
  };

  const forSession = (id?: string): SessionControl => {
    const current = () => sessionOf(id);
    const clockView = (): ClockView => {
      const { clock } = current();
      const now = clock.now();
      return { now: new Date(now).toISOString(), nowMs: now, frozen: clock.frozen };
    };
    return {
      session: id ?? 'default',
      reset(api) {
        if (api !== undefined) requireApi(api);
        app.reset(api, current().id);
        return { reset: api === undefined ? app.apis.map((a) => a.id) : [api] };
      },
      dumpState(apiId) {
        const api = requireApi(apiId);
        if (!api.state) throw new ControlError(501, 'No State Support', `The ${apiId} mock does not support state dumps.`);
        const ctx = current().contexts.get(apiId)!;
        return api.state.dump(ctx.store, ctx);
      },
      async loadState(apiId, document) {
        const api = requireApi(apiId);
        if (!api.state) throw new ControlError(501, 'No State Support', `The ${apiId} mock does not support state loads.`);
        const issues = stateIssues(apiId, api.state.schema, document);
        if (issues.length > 0) {
          throw new ControlError(400, 'Invalid State', `The ${apiId} state document is invalid: ${formatIssues(issues)}.`, { issues: previewIssues(issues) });
        }
        const ctx = current().contexts.get(apiId)!;
        let store: unknown;
        let dumped: Record<string, unknown>;
        try {
          // Built aside, dumped, validated and serialised, and only then swapped in whole: a
          // document that cannot be stored, or whose store could not be dumped and loaded back
          // (a date past year 9999 in UTC, a dump over the limits), leaves the old state untouched.
          store = await api.state.load(document, { clock: ctx.clock, ids: ctx.ids, options: ctx.options });
          dumped = api.state.dump(store, { ...ctx, store }) as Record<string, unknown>;
          const again = stateIssues(apiId, api.state.schema, dumped);
          if (again.length > 0) {
            throw new ControlError(
              400,
              'Invalid State',
              `The ${apiId} state document would be stored as one that cannot be loaded back: ${formatIssues(again)}. Nothing was changed.`,
              { issues: previewIssues(again) },
            );
          }
          const text = JSON.stringify(dumped);
          const limits = app.bodyLimits('PUT', `/__control/state/${apiId}`);
          const size = text.length * 3 > limits.bytes ? utf8Length(text) : text.length;
          if (size > limits.bytes) {
            throw new ControlError(
              413,
              'State Too Large',
              `Once stored, the ${apiId} state would dump to ${formatBytes(size)}, over the ${formatBytes(limits.bytes)} limit ` +
                `(${limits.bytesFlag}), so it could not be loaded back. Nothing was changed.`,
            );
          }
          const breach = checkJsonLimits(text, limits.depth, limits.stringLength);
          if (breach)
            throw new ControlError(
              400,
              'Invalid State',
              `Once stored, the ${apiId} state would dump to a document that breaks a limit: ${breach.message}. Nothing was changed.`,
            );
        } catch (error) {
          if (error instanceof ControlError) throw error;
          if (error instanceof StateError) throw new ControlError(400, 'Invalid State', error.message, { pointer: error.pointer });
          if (error instanceof RangeError || error instanceof TypeError) {
            throw new ControlError(400, 'Invalid State', `The ${apiId} state document cannot be stored: ${error.message}. Nothing was changed.`);
          }
          throw error;
        }
        ctx.store = store;
        // Record counts per collection; scalars such as LakeSail's nextSequence are not counts.
        const loaded = Object.fromEntries(Object.entries(dumped).flatMap(([key, value]) => (Array.isArray(value) ? [[key, value.length]] : [])));
        return { api: apiId, loaded };
      },
      clock: {
        get: clockView,
        advance(ms) {
          // As specs/control.yaml says: a whole number of ms (a fraction would make later clock reads break the spec).
          if (!Number.isSafeInteger(ms) || ms < 0) throw new ControlError(400, 'Invalid Advance', `ms must be a non-negative whole number, got ${ms}.`);
          try {
            current().clock.advance(ms);
          } catch (error) {
            if (error instanceof RangeError) throw new ControlError(400, 'Invalid Advance', error.message);
            throw error;
          }
          return clockView();
        },
        freeze() {
          current().clock.freeze();
          return clockView();
        },
        unfreeze() {
          current().clock.unfreeze();
          return clockView();
        },
      },
      faults: {
        add(spec) {
          checkFault(app, spec, requireApi);
          return current().faults.add(spec);
        },
        list: () => current().faults.list(),
        remove(faultId) {
          if (!current().faults.remove(faultId)) throw new ControlError(404, 'Unknown Fault', `No fault "${faultId}" in session "${current().id}".`);
        },
        clear: () => current().faults.clear(),
      },
      journal: {
        list: (filter) => {
          if (filter?.limit !== undefined && (!Number.isSafeInteger(filter.limit) || filter.limit < 1)) {
            throw new ControlError(400, 'Invalid Filter', `limit must be a whole number ≥ 1, got ${filter.limit}.`);
          }
          return current().journal.list(filter);
        },
        clear: () => current().journal.clear(),
      },
      coverage: () => current().coverage.report(app.routes.operations),
    };
  };

  return {
    ...forSession(),
    forSession: (id) => {
      sessionOf(id);
      return forSession(id);
    },
    sessions: {
      list: () =>
        app
          .sessions()
          .map((s) => ({ id: s.id, createdAt: new Date(s.createdAt).toISOString(), lastUsedAt: new Date(s.lastUsedAt).toISOString(), requests: s.requests })),
      delete(id) {
        if (!app.deleteSession(id)) throw new ControlError(404, 'Unknown Session', `No session "${id}".`);
      },
    },
    saveStateFile: async () => {
      if (!app.saveStateFile)
        throw new ControlError(409, 'No State File', 'This server was started without --state-file, so there is no file to write its sessions to.');
      return app.saveStateFile();
    },
    apis: () =>
      app.mounts().map((mount) => ({
        ...mount,
        auth: app.optionsOf(mount.id).auth,
        options: { ...app.optionsOf(mount.id).apiOptions },
        operations: app.routes.operations
          .filter((op) => op.api.id === mount.id)
          .map((op) => ({ operationId: op.operationId, method: op.method, path: op.template, statuses: [...op.validators.responses.keys()] })),
      })),
  };
}

/** FaultFields of specs/control.yaml, for in-process callers (over HTTP the spec's validation runs first). */
const FAULT_FIELDS: Record<keyof FaultSpec, (value: unknown) => boolean> = {
  api: (v) => typeof v === 'string',
  operation: (v) => typeof v === 'string',
  status: (v) => Number.isInteger(v) && (v as number) >= 400 && (v as number) <= 599,
  delayMs: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 60_000,
  reset: (v) => v === true,
  truncate: (v) => v === true,
  times: (v) => Number.isSafeInteger(v) && (v as number) >= 1,
  probability: (v) => typeof v === 'number' && v > 0 && v <= 1,
};

function checkFault(app: ControlHost, spec: FaultSpec, requireApi: (id: string) => unknown): void {
  if (!spec || typeof spec !== 'object') throw new ControlError(400, 'Invalid Fault', 'A fault is an object (see FaultSpec in specs/control.yaml).');
  for (const [name, value] of Object.entries(spec)) {
    const check = FAULT_FIELDS[name as keyof FaultSpec];
    if (!check) throw new ControlError(400, 'Invalid Fault', `A fault has no field "${name}" (see FaultSpec in specs/control.yaml).`);
    if (value !== undefined && !check(value))
      throw new ControlError(400, 'Invalid Fault', `Fault field ${name} is out of range: ${JSON.stringify(value)} (see FaultSpec in specs/control.yaml).`);
  }
  if (spec.api !== undefined) requireApi(spec.api);
  if (spec.operation !== undefined) {
    const exists = app.routes.operations.some((op) => op.operationId === spec.operation && (spec.api === undefined || op.api.id === spec.api));
    if (!exists)
      throw new ControlError(404, 'Unknown Operation', `No operation "${spec.operation}"${spec.api ? ` in ${spec.api}` : ''}. See GET /__control/apis.`);
  }
  if (spec.status === undefined && spec.delayMs === undefined && !spec.reset && !spec.truncate) {
    throw new ControlError(400, 'Empty Fault', 'A fault needs status, delayMs, reset: true or truncate: true.');
  }
}
