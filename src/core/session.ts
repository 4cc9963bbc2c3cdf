import { createClock, type Clock } from '../clock.js';
import { createCoverage, type CoverageCounter } from '../control/coverage.js';
import { createFaults, type FaultList } from '../control/faults.js';
import { createJournal, type Journal } from '../control/journal.js';
import { createIds, type Ids } from '../ids.js';
import type { ApiContext, ApiDefinition, MockOptions } from './define-api.js';

/**
 * An isolated world: its own state per API, clock, ids, faults, journal and
 * coverage. Requests choose one with `X-Samock-Session`; without it they share
 * the default session. Parallel CI jobs sharing one server each use their own.
 */
export interface Session {
  id: string;
  createdAt: number;
  lastUsedAt: number;
  requests: number;
  clock: Clock;
  ids: Ids;
  contexts: Map<string, ApiContext<unknown>>;
  faults: FaultList;
  journal: Journal;
  coverage: CoverageCounter;
}

export const DEFAULT_SESSION = 'default';
export const SESSION_HEADER = 'x-samock-session';
export const SESSION_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function createSession(id: string, apis: ApiDefinition[], options: ReadonlyMap<string, MockOptions>, journalCap: number, clock: Clock = createClock()): Session {
  const ids = createIds(options.get(apis[0]!.id)?.seed);
  const toolsOf = (api: ApiDefinition) => ({ clock, ids, options: options.get(api.id)! });
  return {
    id,
    createdAt: Date.now(),
    lastUsedAt: Date.now(),
    requests: 0,
    clock,
    ids,
    contexts: new Map(apis.map((api) => [api.id, { ...toolsOf(api), store: api.createStore(toolsOf(api)) }])),
    faults: createFaults(),
    journal: createJournal(journalCap),
    coverage: createCoverage(),
  };
}

/** Replaces one API's store (or every API's) with fresh seed data. */
export function resetSession(session: Session, apis: ApiDefinition[], apiId?: string): void {
  for (const api of apis) {
    if (apiId !== undefined && api.id !== apiId) continue;
    const context = session.contexts.get(api.id)!;
    context.store = api.createStore({ clock: context.clock, ids: context.ids, options: context.options });
  }
}
