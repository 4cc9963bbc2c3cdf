import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_CLOCK_OFFSET_MS } from '../clock.js';
import { createIds } from '../ids.js';
import { ControlError, type StateFileSaved } from '../control/control.js';
import type { Fault, FaultSpec } from '../control/faults.js';
import type { JournalEntry } from '../control/journal.js';
import type { CompiledOperation } from '../core/route-table.js';
import type { App } from './create-app.js';
import { restoreClock, saveClock, type SavedClock } from './restored-clock.js';
import { DEFAULT_SESSION, SESSION_ID, type Session } from './session.js';

/**
 * `samock serve --state-file FILE`: every session of the server — each API's state, the clock,
 * faults, journal and coverage — in one JSON file, read at start and written on SIGTERM/SIGINT
 * and on `POST /__control/state-file`. Written atomically: a temporary file in the same
 * directory, flushed, then renamed over the old one, so a crash mid-write leaves the previous file.
 * State comes from each API's own dump (no secrets, credentials only as sha256 hashes).
 */
export const STATE_FILE_FORMAT = 'samock-state-file';
export const STATE_FILE_VERSION = 1;
/** A replica's name (`--replica-name`), as it is sent in `x-samock-replica` and kept in the state file. */
export const REPLICA_NAME = /^[A-Za-z0-9._:-]{1,64}$/;

export interface StateFileDocument {
  format: typeof STATE_FILE_FORMAT;
  version: typeof STATE_FILE_VERSION;
  savedAt: string;
  /** The replica that wrote it (`--replica-name`). */
  replica: string;
  /** The APIs served when it was written. */
  apis: string[];
  sessions: SavedSession[];
}

export interface SavedSession {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  requests: number;
  clock: SavedClock;
  /** API id → its state document (as `GET /__control/state/{api}` answers it), for every API that has state. */
  state: Record<string, unknown>;
  faults: Fault[];
  journal: JournalEntry[];
  /** The operations the session's traffic reached, with what coverage reports of them. */
  coverage: SavedCoverage[];
}

export interface SavedCoverage {
  api: string;
  operationId: string;
  calls: number;
  exercised: string[];
  undocumented: string[];
}

/** A state file that cannot be read or restored: the message names the file and what is wrong. */
export class StateFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateFileError';
  }
}

/** Every session as it stands, taken synchronously (no request runs in between): one consistent instant. */
export function snapshotApp(app: App, replica: string): StateFileDocument {
  const realNow = Date.now();
  return {
    format: STATE_FILE_FORMAT,
    version: STATE_FILE_VERSION,
    savedAt: new Date(realNow).toISOString(),
    replica,
    apis: app.apis.map((api) => api.id),
    sessions: app.sessions().map((session) => snapshotSession(app, session, realNow)),
  };
}

function snapshotSession(app: App, session: Session, realNow: number): SavedSession {
  const state: Record<string, unknown> = {};
  // Read straight from the contexts: going through the control functions would mark the session used.
  for (const api of app.apis) {
    if (!api.state) continue;
    const ctx = session.contexts.get(api.id)!;
    state[api.id] = api.state.dump(ctx.store, ctx);
  }
  const coverage = session.coverage
    .report(app.routes.operations)
    .apis.flatMap(({ api, operations }) =>
      operations
        .filter((operation) => operation.calls > 0)
        .map(({ operationId, calls, exercised, undocumented }) => ({ api, operationId, calls, exercised, undocumented })),
    );
  return {
    id: session.id,
    createdAt: new Date(session.createdAt).toISOString(),
    lastUsedAt: new Date(session.lastUsedAt).toISOString(),
    requests: session.requests,
    clock: saveClock(session.clock, realNow),
    state,
    faults: session.faults.list(),
    journal: session.journal.list(),
    coverage,
  };
}

/** The default session's clock, for `createApp({ clock })`: the one clock an app is created with. */
export function defaultSessionClock(document: StateFileDocument | undefined) {
  const saved = document?.sessions.find((session) => session.id === DEFAULT_SESSION);
  return saved ? restoreClock(saved.clock) : undefined;
}

/**
 * Puts every saved session back into a new app (created with `defaultSessionClock(document)`).
 * Each API's state goes through the same validation as `PUT /__control/state/{api}`.
 */
export async function restoreApp(app: App, document: StateFileDocument, file: string): Promise<void> {
  const fail = (problem: string): never => {
    throw new StateFileError(`the state file ${file} cannot be restored: ${problem}`);
  };
  const served = new Set(app.apis.map((api) => api.id));
  const missing = document.apis.filter((id) => !served.has(id));
  // Not served, its sessions' records would be dropped at the next save: say so instead.
  if (missing.length)
    fail(
      `it holds ${missing.join(', ')}, which this server does not serve (it serves ${[...served].join(', ')}); serve ${missing.length > 1 ? 'them' : 'it'} ` +
        `too, or move the file away to start empty`,
    );
  for (const saved of document.sessions) {
    let session: Session;
    try {
      session = app.session(saved.id);
    } catch (error) {
      return fail(`it holds ${document.sessions.length} sessions, and at session "${saved.id}": ${(error as Error).message}`);
    }
    // The session was made with a fresh clock (the default one's came from defaultSessionClock),
    // and with --seed with ids that would repeat those drawn before the save: hand it, and every
    // store (rebuilt by reset), the saved clock and ids of a stream of their own.
    const clock = saved.id === DEFAULT_SESSION ? undefined : restoreClock(saved.clock);
    const ids = app.options.seed === undefined ? undefined : createIds(restoredSeed(app.options.seed, saved.id, document.savedAt));
    for (const ctx of [session, ...session.contexts.values()]) {
      if (clock) ctx.clock = clock;
      if (ids) ctx.ids = ids;
    }
    if (clock || ids) app.reset(undefined, saved.id);
    for (const [apiId, state] of Object.entries(saved.state)) {
      if (!served.has(apiId)) fail(`session "${saved.id}" holds state of ${apiId}, which this server does not serve`);
      try {
        await app.control.forSession(saved.id).loadState(apiId, state);
      } catch (error) {
        const message = error instanceof ControlError ? error.message : (error as Error).message;
        fail(`session "${saved.id}", ${apiId}: ${message}`);
      }
    }
    restoreFaults(app, session, saved.faults, (problem) => fail(`session "${saved.id}": ${problem}`));
    session.journal.clear();
    for (const { seq: _seq, at, ...entry } of saved.journal) session.journal.record({ ...entry, atMs: Date.parse(at) });
    restoreCoverage(app.routes.operations, session, saved.coverage, (problem) => fail(`session "${saved.id}": ${problem}`));
    session.createdAt = Date.parse(saved.createdAt);
    session.lastUsedAt = Date.parse(saved.lastUsedAt);
    // The replica was down since the save: that is not idle time, so the idle clock starts now.
    session.idleFromMs = Date.now();
    session.requests = saved.requests;
  }
}

/**
 * With --seed, a restored session draws ids from a stream of its own: how many values the
 * saved session had drawn is not known, so its own stream would hand out its old ids again.
 * Derived from the seed, the session and the save, so the same file restores the same ids.
 */
export function restoredSeed(seed: number, sessionId: string, savedAt: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of `${sessionId}\u0000${savedAt}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

const faultNumber = (id: string) => Number(/^fault-(\d+)$/.exec(id)?.[1] ?? NaN);
const FAULT_SPEC_FIELDS = ['api', 'operation', 'status', 'delayMs', 'reset', 'truncate', 'times', 'probability'] as const;

/**
 * Faults come back with their ids (so a client can still delete `fault-3`) and their hit counts
 * (so `times` runs out when it would have). Only the public list operations are used: the ids by
 * adding and removing placeholders until the counter reaches each one, the hits by sending the
 * fault the requests it counts (`take`), on an operation no earlier fault would have caught.
 */
function restoreFaults(app: App, session: Session, saved: readonly Fault[], fail: (problem: string) => never): void {
  const faults = session.faults;
  faults.clear();
  for (const fault of saved) {
    if (fault.api !== undefined && !app.apis.some((api) => api.id === fault.api)) fail(`fault ${fault.id} is for ${fault.api}, which is not served`);
    const spec: FaultSpec = {};
    for (const field of FAULT_SPEC_FIELDS) if (fault[field] !== undefined) (spec as Record<string, unknown>)[field] = fault[field];
    for (;;) {
      const added = faults.add(spec);
      if (added.id === fault.id) break;
      faults.remove(added.id);
      if (faultNumber(added.id) > faultNumber(fault.id)) fail(`fault ids must rise through the list; ${fault.id} comes too late`);
    }
  }
  const matches = (fault: Fault, operation: CompiledOperation) =>
    (fault.api === undefined || fault.api === operation.api.id) && (fault.operation === undefined || fault.operation === operation.operationId);
  saved.forEach((fault, index) => {
    if (fault.hits === 0) return;
    const earlier = saved.slice(0, index);
    // Where an earlier fault would always answer first, this one was never hit: find where it was.
    const operation = app.routes.operations.find(
      (candidate) => matches(fault, candidate) && earlier.every((other) => !matches(other, candidate) || other.probability !== undefined),
    );
    if (!operation) return fail(`fault ${fault.id} has ${fault.hits} hits, but every request it matches would have gone to an earlier fault`);
    const skips = earlier.filter((other) => matches(other, operation)).length;
    for (let hit = 0; hit < fault.hits; hit++) {
      let draws = 0;
      // Earlier (probabilistic) faults draw 1 and pass; this one draws 0 and hits.
      faults.take(operation.api.id, operation.operationId, () => (draws++ < skips ? 1 : 0));
    }
  });
}

/** The documented codes a status counts for, as coverage.ts counts them. */
const coveredCodes = (documented: readonly string[], status: number) =>
  documented.filter((code) => code === String(status) || (code.endsWith('XX') && code[0] === String(status)[0]) || (code === 'default' && status >= 400));

/**
 * Coverage keeps counts per status, and reports per documented code. For each exercised code,
 * one status that counts for it and for no code left unexercised is counted again, the
 * undocumented statuses as they are, and the remaining calls on the first: the report after a
 * restore is the report before it.
 */
function restoreCoverage(operations: readonly CompiledOperation[], session: Session, saved: readonly SavedCoverage[], fail: (problem: string) => never): void {
  session.coverage.clear();
  for (const entry of saved) {
    const operation = operations.find((candidate) => candidate.api.id === entry.api && candidate.operationId === entry.operationId);
    if (!operation) return fail(`coverage names ${entry.api}.${entry.operationId}, which is not served`);
    const documented = [...operation.validators.responses.keys()];
    const statuses: number[] = [];
    for (const code of entry.exercised) {
      const candidates = /^\d{3}$/.test(code) ? [Number(code)] : Array.from({ length: 500 }, (_, i) => 100 + i);
      const status = candidates.find((s) => {
        const codes = coveredCodes(documented, s);
        return codes.includes(code) && codes.every((c) => entry.exercised.includes(c));
      });
      if (status === undefined) return fail(`coverage of ${entry.api}.${entry.operationId} says ${code} was exercised, which no status can show`);
      statuses.push(status);
    }
    for (const code of entry.undocumented) statuses.push(Number(code));
    if (statuses.length > entry.calls) fail(`coverage of ${entry.api}.${entry.operationId} has more statuses than calls`);
    statuses.forEach((status) => session.coverage.count(entry.api, entry.operationId, status));
    for (let extra = statuses.length; extra < entry.calls; extra++) session.coverage.count(entry.api, entry.operationId, statuses[0]!);
  }
}

/** The state file, or undefined when there is none yet; a StateFileError for anything that is not one. */
export async function readStateFile(file: string): Promise<StateFileDocument | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(`cannot read the state file ${file}: ${(error as Error).message}`);
  }
  const notOne = (problem: string): never => {
    throw new StateFileError(
      `the state file ${file} is not a samock state file (${problem}); samock never leaves a half-written one (it writes a temporary file and ` +
        `renames it), so something else wrote this: fix it, or move it away to start empty`,
    );
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return notOne(text.trim() === '' ? 'it is empty' : `not JSON: ${(error as Error).message}`);
  }
  const problem = checkDocument(parsed);
  if (problem) notOne(problem);
  return parsed as StateFileDocument;
}

/** What is wrong with a parsed state file, or undefined. Deep enough that restoring it cannot crash. */
export function checkDocument(value: unknown): string | undefined {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
  const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  const isStrings = (v: unknown) => Array.isArray(v) && v.every((item) => typeof item === 'string');
  if (!isObject(value) || value.format !== STATE_FILE_FORMAT) return `no "format": "${STATE_FILE_FORMAT}" at the top`;
  if (value.version !== STATE_FILE_VERSION) return `version ${JSON.stringify(value.version)}; this samock reads version ${STATE_FILE_VERSION}`;
  if (typeof value.replica !== 'string' || !REPLICA_NAME.test(value.replica))
    return (
      '/replica must be the name of the replica that wrote it (1–64 letters, digits, ".", "_", ":", "-"), ' +
      `got ${JSON.stringify(value.replica)?.slice(0, 80)}`
    );
  if (!isDate(value.savedAt)) return '/savedAt must be a date';
  if (!isStrings(value.apis)) return '/apis must be a list of API ids';
  if (!Array.isArray(value.sessions)) return '/sessions must be a list';
  const ids = new Set<string>();
  for (const [index, session] of value.sessions.entries()) {
    const at = `/sessions/${index}`;
    if (!isObject(session)) return `${at} must be an object`;
    if (typeof session.id !== 'string' || !SESSION_ID.test(session.id)) return `${at}/id must be a session id (1–64 letters, digits, ".", "_", ":", "-")`;
    if (ids.has(session.id)) return `${at}/id: session "${session.id}" appears twice`;
    ids.add(session.id);
    if (!isDate(session.createdAt) || !isDate(session.lastUsedAt)) return `${at}: createdAt and lastUsedAt must be dates`;
    if (!isCount(session.requests)) return `${at}/requests must be a whole number`;
    const clock = session.clock;
    if (!isObject(clock) || typeof clock.frozen !== 'boolean' || !Number.isSafeInteger(clock.nowMs) || !Number.isSafeInteger(clock.aheadMs))
      return `${at}/clock must be {nowMs, frozen, aheadMs} (whole ms)`;
    if (Math.abs(clock.aheadMs as number) > MAX_CLOCK_OFFSET_MS || Math.abs((clock.nowMs as number) - Date.now()) > 2 * MAX_CLOCK_OFFSET_MS)
      return `${at}/clock is further from real time than any samock clock runs`;
    if (!isObject(session.state)) return `${at}/state must be an object (API id → state document)`;
    if (!Array.isArray(session.faults)) return `${at}/faults must be a list`;
    for (const [i, fault] of session.faults.entries()) {
      if (!isObject(fault) || Number.isNaN(faultNumber(String(fault.id))) || !isCount(fault.hits))
        return `${at}/faults/${i} must be a fault with id "fault-<n>" and hits`;
      if (fault.times !== undefined && (!isCount(fault.times) || (fault.hits as number) >= (fault.times as number)))
        return `${at}/faults/${i}: hits must stay below times (a fault is gone once they meet)`;
      if (i > 0 && faultNumber(String(fault.id)) <= faultNumber(String((session.faults[i - 1] as Record<string, unknown>).id)))
        return `${at}/faults: ids must rise through the list`;
    }
    if (!Array.isArray(session.journal)) return `${at}/journal must be a list`;
    for (const [i, entry] of session.journal.entries()) {
      const fine =
        isObject(entry) &&
        isDate(entry.at) &&
        typeof entry.method === 'string' &&
        typeof entry.path === 'string' &&
        typeof entry.session === 'string' &&
        Number.isInteger(entry.status) &&
        typeof entry.durationMs === 'number' &&
        (entry.api === null || typeof entry.api === 'string') &&
        (entry.operationId === null || typeof entry.operationId === 'string') &&
        Array.isArray(entry.requestViolations) &&
        Array.isArray(entry.responseViolations);
      if (!fine) return `${at}/journal/${i} must be a journal entry (as GET /__control/requests answers it)`;
    }
    if (!Array.isArray(session.coverage)) return `${at}/coverage must be a list`;
    for (const [i, entry] of session.coverage.entries()) {
      if (
        !isObject(entry) ||
        typeof entry.api !== 'string' ||
        typeof entry.operationId !== 'string' ||
        !isCount(entry.calls) ||
        !isStrings(entry.exercised) ||
        !isStrings(entry.undocumented) ||
        !entry.undocumented.every((code) => /^\d{3}$/.test(code))
      )
        return `${at}/coverage/${i} must be {api, operationId, calls, exercised, undocumented}`;
    }
  }
  return undefined;
}

/** Writes `text` to `file` atomically: a temporary file beside it, flushed to disk, renamed over it, the directory flushed. */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  // The rename itself survives a crash only once the directory is flushed (not every system can).
  const directory = await open(dirname(file), 'r').catch(() => undefined);
  if (directory) {
    await directory.sync().catch(() => undefined);
    await directory.close();
  }
}

export interface StateFile {
  file: string;
  /** Writes every session now; saves asked for while one runs wait for it, then run with the newer state. */
  save: () => Promise<StateFileSaved>;
}

/** The state file of a running app: `save` snapshots it and writes it atomically, one save at a time. */
export function createStateFile(app: App, file: string, replica: string): StateFile {
  let last: Promise<unknown> = Promise.resolve();
  const save = async (): Promise<StateFileSaved> => {
    const document = snapshotApp(app, replica);
    const text = JSON.stringify(document);
    try {
      await writeFileAtomically(file, text);
    } catch (error) {
      throw new ControlError(
        500,
        'State File Not Written',
        `Could not write the state file ${file}: ${(error as Error).message}. The previous file, if any, is unchanged.`,
      );
    }
    return { file, savedAt: document.savedAt, sessions: document.sessions.length, bytes: Buffer.byteLength(text) };
  };
  return {
    file,
    save() {
      const next = last.then(save, save);
      last = next.catch(() => undefined);
      return next;
    },
  };
}

/** Fails at start, not at the first SIGTERM, when the state file's directory cannot take it. */
export async function checkWritable(file: string): Promise<void> {
  const probe = join(dirname(file), `.${basename(file)}.${process.pid}.probe`);
  try {
    const handle = await open(probe, 'wx', 0o600);
    await handle.close();
    await unlink(probe);
  } catch (error) {
    throw new StateFileError(`the state file ${file} could not be written: ${(error as Error).message}`);
  }
}
