import { createClock, type Clock } from '../clock.js';
import type { ControlledSession } from '../control/controlled-session.js';
import { createCoverage } from '../control/coverage.js';
import { createFaults } from '../control/faults.js';
import { createJournal } from '../control/journal.js';
import type { ApiDefinition, MockOptions } from '../core/define-api.js';
import { createIds } from '../ids.js';

/**
 * An isolated world: its own state per API, clock, ids, faults, journal and
 * coverage. Requests choose one with `X-Samock-Session`; without it they share
 * the default session. Parallel CI jobs sharing one server each use their own.
 */
export type Session = ControlledSession;

export { DEFAULT_SESSION, SESSION_HEADER, SESSION_ID } from '../control/controlled-session.js';

export function createSession(
  id: string,
  apis: ApiDefinition[],
  options: ReadonlyMap<string, MockOptions>,
  journalCap: number,
  clock: Clock = createClock(),
): Session {
  const ids = createIds(options.get(apis[0]!.id)?.seed);
  const toolsOf = (api: ApiDefinition) => ({ clock, ids, options: options.get(api.id)! });
  return {
    id,
    createdAt: Date.now(),
    lastUsedAt: Date.now(),
    requests: 0,
    clock,
    ids,
    contexts: new Map(apis.map((api) => [api.id, { ...toolsOf(api), store: api.createStore(toolsOf(api)) as unknown }])),
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
