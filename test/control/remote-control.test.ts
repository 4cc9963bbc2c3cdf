import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import { ControlError, createControl, type ClockView, type Control } from '../../src/control/control.js';
import type { Fault } from '../../src/control/faults.js';
import {
  CONTROL_OPERATIONS,
  SESSION_HEADER,
  createRemoteControl,
  type AnyControl,
  type RemoteControl,
  type RemoteSessionControl,
} from '../../src/control/remote-control.js';
import { request, startTestServer, type TestServer } from '../helpers.js';
import { startTwoApis } from './helpers.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
const track = <T extends TestServer>(server: T): T => (servers.push(server), server);

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Every operation of specs/control.yaml: method, path and whether it takes X-Samock-Session. */
function specOperations(): Map<string, { method: string; path: string; session: boolean }> {
  const spec = parse(readFileSync(new URL('../../specs/control.yaml', import.meta.url), 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
    components: { parameters: Record<string, { name: string; in: string }> };
  };
  const resolve = (p: { $ref?: string; name?: string; in?: string }) => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()!]! : p);
  const found = new Map<string, { method: string; path: string; session: boolean }>();
  for (const [path, item] of Object.entries(spec.paths)) {
    const shared = (item.parameters ?? []) as { $ref?: string }[];
    for (const method of METHODS) {
      const operation = item[method] as { operationId: string; parameters?: { $ref?: string }[] } | undefined;
      if (!operation) continue;
      const parameters = [...shared, ...(operation.parameters ?? [])].map(resolve);
      expect(found.has(operation.operationId), `operationId ${operation.operationId} twice in the spec`).toBe(false);
      found.set(operation.operationId, {
        method: method.toUpperCase(),
        path,
        session: parameters.some((p) => p.in === 'header' && p.name?.toLowerCase() === SESSION_HEADER.toLowerCase()),
      });
    }
  }
  return found;
}

/** Calls every method of a remote control once; a recording fetch answers `{}`. */
async function callEverything(control: RemoteControl): Promise<void> {
  const session = control.forSession('other');
  await control.reset();
  await control.reset('lyve');
  await control.dumpState('lyve');
  await control.loadState('lyve', {});
  await control.clock.get();
  await control.clock.advance(5);
  await control.clock.freeze();
  await control.clock.unfreeze();
  await control.faults.add({ status: 503 });
  await control.faults.list();
  await control.faults.remove('fault 1/x');
  await control.faults.clear();
  await control.journal.list({ api: 'lyve', operation: 'getServiceAccount', status: 404, violations: false, limit: 2 });
  await control.journal.clear();
  await control.coverage();
  await control.apis();
  await control.sessions.list();
  await control.sessions.delete('other');
  await control.saveStateFile();
  await session.clock.get();
}

describe('the operation table follows specs/control.yaml', () => {
  it('has exactly one entry per operationId of the spec, with its method and path, and no others', () => {
    const spec = specOperations();
    expect(Object.keys(CONTROL_OPERATIONS).sort()).toEqual([...spec.keys()].sort());
    for (const [operationId, entry] of Object.entries(CONTROL_OPERATIONS)) {
      const [method, path, scope] = entry as readonly [string, string, 'server'?];
      expect({ operationId, method, path, session: scope !== 'server' }).toEqual({ operationId, ...spec.get(operationId) });
    }
  });

  it('every method calls its operation, with the session header only where the spec lists it, and the token on every call', async () => {
    const spec = specOperations();
    const calls: { method: string; url: URL; headers: Headers; body: unknown }[] = [];
    const recording: typeof fetch = (input, init) => {
      // The remote control sends JSON text to a URL string.
      const body = init!.body === undefined ? undefined : JSON.parse(init!.body as string);
      calls.push({ method: init!.method!, url: new URL(input as string), headers: new Headers(init!.headers), body });
      return Promise.resolve(new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    };
    await callEverything(createRemoteControl('http://samock.test:4010/', { token: 'tok', session: 'mine', fetch: recording }));

    const toOperation = (method: string, pathname: string) =>
      [...spec].find(([, op]) => op.method === method && new RegExp(`^/__control${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname))?.[0];
    // The last call went through forSession('other'): that session's header, nothing else differs.
    const last = calls.pop()!;
    expect([last.method, last.url.pathname, last.headers.get(SESSION_HEADER)]).toEqual(['GET', '/__control/clock', 'other']);
    const hit = calls.map((call) => ({ ...call, operationId: toOperation(call.method, call.url.pathname) }));
    // Every operation of the spec is reachable through some method.
    expect(new Set(hit.map((call) => call.operationId))).toEqual(new Set(spec.keys()));
    for (const call of hit) {
      expect(call.headers.get('authorization')).toBe('Bearer tok');
      expect(call.headers.get('content-type')).toBe(call.method === 'GET' ? null : 'application/json');
      // deleteSession acts on the server, but names its session in the header too, for balancers that route on it.
      // The server-wide list and save go to the bound session's replica the same way.
      const routed =
        call.operationId === 'deleteSession' ? 'other' : call.operationId === 'listSessions' || call.operationId === 'saveStateFile' ? 'mine' : null;
      expect(call.headers.get(SESSION_HEADER), `${call.method} ${call.url.pathname}`).toBe(spec.get(call.operationId!)!.session ? 'mine' : routed);
    }
    const find = (operationId: string) => hit.filter((call) => call.operationId === operationId);
    expect(find('deleteFault')[0]!.url.pathname).toBe('/__control/faults/fault%201%2Fx');
    expect(Object.fromEntries(find('listRequests')[0]!.url.searchParams)).toEqual({
      api: 'lyve',
      operation: 'getServiceAccount',
      status: '404',
      violations: 'false',
      limit: '2',
    });
    expect(find('resetState').map((call) => call.body)).toEqual([undefined, { api: 'lyve' }]);
    expect(find('advanceClock')[0]!.body).toEqual({ ms: 5 });
  });

  it('types: both implementations are AnyControl; remote methods answer Promises of the in-process results', () => {
    expectTypeOf<Control>().toExtend<AnyControl>();
    expectTypeOf<RemoteControl>().toExtend<AnyControl>();
    expectTypeOf<RemoteControl['clock']['advance']>().returns.toEqualTypeOf<Promise<ClockView>>();
    expectTypeOf<RemoteControl['faults']['add']>().returns.toEqualTypeOf<Promise<Fault>>();
    expectTypeOf<RemoteControl['faults']['remove']>().returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf<RemoteControl['loadState']>().returns.toEqualTypeOf<Promise<{ api: string; loaded: Record<string, number> }>>();
    expectTypeOf<RemoteControl['forSession']>().returns.toEqualTypeOf<RemoteSessionControl>();
    expectTypeOf<RemoteControl['session']>().toEqualTypeOf<string>();
  });
});

/** A lyve state with fixed timestamps, so both servers hold exactly the same records. */
const LYVE_STATE = {
  permissions: [
    {
      id: 'default-permission',
      name: 'default-all-buckets',
      description: 'All buckets, all operations.',
      type: 'all-buckets',
      actions: 'all-operations',
      createdAt: '2026-01-01T00:00:00.000Z',
      readyAt: '2026-01-01T00:00:00.000Z',
    },
  ],
  serviceAccounts: [
    {
      id: '0123456789abcdef01234567',
      name: 'carried',
      description: 'loaded',
      enabled: true,
      permissions: ['default-permission'],
      createdAt: '2026-01-01T00:00:00.000Z',
      readyAt: '2026-01-01T00:00:01.000Z',
      expirationDate: '2027-01-01',
    },
  ],
  tokens: [],
};

/** Journal entries without what depends on wall time. */
const timeless = (entries: { at: string; durationMs: number }[]) =>
  entries.map(({ at, durationMs, ...rest }) => ({ ...rest, at: typeof at, durationMs: typeof durationMs }));

/** The scenario, written once against either implementation. `lyve` and `widgets` are the APIs' base URLs on the same server. */
async function scenario(control: AnyControl, { lyve, widgets }: { lyve: string; widgets: string }) {
  const out: Record<string, unknown> = { session: control.session };
  out.resetAll = await control.reset();
  out.resetOne = await control.reset('lyve');
  out.loaded = await control.loadState('lyve', LYVE_STATE);
  out.dumped = await control.dumpState('lyve');
  out.listedAfterLoad = (await request(`${lyve}/service-accounts`)).body;

  const frozen = await control.clock.freeze();
  const still = await control.clock.get();
  const advanced = await control.clock.advance(90_000);
  const unfrozen = await control.clock.unfreeze();
  out.clock = {
    frozen: [frozen.frozen, still.frozen, advanced.frozen, unfrozen.frozen],
    stoodStill: still.nowMs === frozen.nowMs,
    advancedBy: advanced.nowMs - frozen.nowMs,
    isoMatches: advanced.now === new Date(advanced.nowMs).toISOString(),
  };

  out.faultAdded = await control.faults.add({ api: 'lyve', operation: 'listServiceAccounts', status: 503, times: 1 });
  out.faultsListed = await control.faults.list();
  out.faultedStatus = (await request(`${lyve}/service-accounts`)).status;
  out.faultsAfterExpiry = await control.faults.list();
  const second = await control.faults.add({ api: 'widgets', delayMs: 1 });
  out.removed = await control.faults.remove(second.id);
  await control.faults.add({ status: 500, probability: 0.5 });
  out.faultsBeforeClear = await control.faults.list();
  out.cleared = await control.faults.clear();
  out.faultsAfterClear = await control.faults.list();

  out.journalCleared = await control.journal.clear();
  await request(`${lyve}/service-accounts`);
  await request(`${lyve}/service-accounts/ffffffffffffffffffffffff`);
  await request(`${widgets}/widgets`, { method: 'POST', body: { name: 'gear' } });
  await request(`${widgets}/widgets`, { method: 'POST', body: { name: 42 } });
  out.journal = {
    all: timeless(await control.journal.list()),
    lyve: timeless(await control.journal.list({ api: 'lyve' })),
    operation: timeless(await control.journal.list({ operation: 'createWidget' })),
    notFound: timeless(await control.journal.list({ status: 404 })),
    violations: timeless(await control.journal.list({ violations: true })),
    clean: timeless(await control.journal.list({ violations: false })),
    newest: timeless(await control.journal.list({ limit: 1 })),
    combined: timeless(await control.journal.list({ api: 'widgets', status: 201, limit: 5 })),
  };
  out.coverage = await control.coverage();
  out.apis = await control.apis();

  // Another session sees none of the default session's state, faults, journal or clock.
  const other = control.forSession('parity-other');
  out.other = {
    session: other.session,
    clockFrozen: (await other.clock.freeze()).frozen,
    accounts: ((await other.dumpState('lyve')) as { serviceAccounts: unknown[] }).serviceAccounts,
    faults: await other.faults.list(),
    journal: await other.journal.list(),
    fault: await other.faults.add({ api: 'lyve', status: 502 }),
  };
  out.defaultUntouched = {
    clockFrozen: (await control.clock.get()).frozen,
    faults: await control.faults.list(),
    accounts: ((await control.dumpState('lyve')) as { serviceAccounts: { id: string }[] }).serviceAccounts.map((a) => a.id),
    status: (await request(`${lyve}/service-accounts`)).status,
  };
  out.otherStatus = (await request(`${lyve}/service-accounts`, { headers: { [SESSION_HEADER]: 'parity-other' } })).status;

  const sessions = async () =>
    (await control.sessions.list()).map(({ id, requests, createdAt, lastUsedAt }) => ({
      id,
      requests,
      dates: [createdAt, lastUsedAt].every((d) => !Number.isNaN(Date.parse(d))),
    }));
  out.sessions = await sessions();
  out.deletedSession = await control.sessions.delete('parity-other');
  out.sessionsAfterDelete = await sessions();
  // A server started without --state-file has no file to write: the same refusal either way.
  out.saveWithoutStateFile = await Promise.resolve()
    .then(() => control.saveStateFile())
    .catch((error: ControlError) => ({ status: error.status, title: error.title, message: error.message }));
  return out;
}

describe('parity: the same scenario in process and over HTTP', () => {
  it('gives equal results', async () => {
    const config = { seed: 11, readyAfterMs: 1000 };
    const local = track(await startTwoApis(config));
    const remote = track(await startTwoApis(config));
    const inProcess = await scenario(createControl(local.app), local);
    const overHttp = await scenario(createRemoteControl(remote.url), remote);
    expect(overHttp).toEqual(inProcess);
    // And the scenario says something: the pieces it compares are what they should be.
    expect(inProcess.loaded).toEqual({ api: 'lyve', loaded: { permissions: 1, serviceAccounts: 1, tokens: 0 } });
    expect(inProcess.dumped).toEqual(LYVE_STATE);
    expect(inProcess.clock).toEqual({ frozen: [true, true, true, false], stoodStill: true, advancedBy: 90_000, isoMatches: true });
    expect(inProcess.faultedStatus).toBe(503);
    expect(inProcess.saveWithoutStateFile).toMatchObject({ status: 409, title: 'No State File' });
    expect(inProcess.faultsAfterExpiry).toEqual([]);
    const journal = inProcess.journal as Record<string, { operationId: string; status: number }[]>;
    const summary = Object.fromEntries(Object.entries(journal).map(([name, entries]) => [name, entries.map((e) => `${e.operationId} ${e.status}`)]));
    expect(summary).toEqual({
      all: ['listServiceAccounts 200', 'getServiceAccount 404', 'createWidget 201', 'createWidget 400'],
      lyve: ['listServiceAccounts 200', 'getServiceAccount 404'],
      operation: ['createWidget 201', 'createWidget 400'],
      notFound: ['getServiceAccount 404'],
      violations: ['createWidget 400'],
      clean: ['listServiceAccounts 200', 'getServiceAccount 404', 'createWidget 201'],
      newest: ['createWidget 400'],
      combined: ['createWidget 201'],
    });
    expect(inProcess.other).toMatchObject({ session: 'parity-other', accounts: [], faults: [], journal: [] });
    expect(inProcess.defaultUntouched).toEqual({ clockFrozen: false, faults: [], accounts: ['0123456789abcdef01234567'], status: 200 });
    expect(inProcess.otherStatus).toBe(502);
    expect((inProcess.sessions as { id: string }[]).map((s) => s.id).sort()).toEqual(['default', 'parity-other']);
    expect(inProcess.sessionsAfterDelete).toEqual([expect.objectContaining({ id: 'default' })]);
  });

  it('a remote control made for a session acts on it, like forSession', async () => {
    const mock = track(await startTwoApis());
    const scoped = createRemoteControl(`${mock.url}/__control`, { session: 'qa-1' });
    expect(scoped.session).toBe('qa-1');
    await scoped.faults.add({ api: 'lyve', status: 503 });
    expect(createControl(mock.app).forSession('qa-1').faults.list()).toHaveLength(1);
    expect(createControl(mock.app).faults.list()).toEqual([]);
    expect((await scoped.apis()).map((api) => api.id)).toEqual(['lyve', 'widgets']);
  });
});

describe('errors', () => {
  it('a refusal rejects with the ControlError the in-process control throws', async () => {
    const mock = track(await startTwoApis());
    const local = createControl(mock.app);
    const remote = createRemoteControl(mock.url);
    const refusal = (run: () => unknown) =>
      Promise.resolve()
        .then(run)
        .then(
          () => expect.unreachable('should have refused'),
          (error: unknown) => {
            expect(error).toBeInstanceOf(ControlError);
            const { status, title, message, extra } = error as ControlError;
            return { status, title, message, extra };
          },
        );

    const unknownApi = await refusal(() => remote.dumpState('nope'));
    expect(unknownApi).toMatchObject({ status: 404, title: 'Unknown API' });
    expect(unknownApi).toEqual(await refusal(() => local.dumpState('nope')));
    // extra carries the problem's other fields (here the issues of an invalid state document).
    const invalid = await refusal(() => remote.loadState('lyve', { serviceAccounts: 'none' }));
    expect(invalid).toMatchObject({ status: 400, title: 'Invalid State', extra: { issues: expect.any(Array) } });
    expect(invalid).toEqual(await refusal(() => local.loadState('lyve', { serviceAccounts: 'none' })));
    expect(await refusal(() => remote.faults.remove('fault-99'))).toEqual(await refusal(() => local.faults.remove('fault-99')));
    expect(await refusal(() => remote.sessions.delete('never'))).toEqual(await refusal(() => local.sessions.delete('never')));
    // The HTTP layer's own validation answers problem+json too (ms must be an integer ≥ 0).
    expect(await refusal(() => remote.clock.advance(-1))).toMatchObject({ status: 400 });
    // An invalid session id: in process forSession throws at once, remotely the first call rejects.
    expect(await refusal(() => remote.forSession('bad id!').clock.get())).toMatchObject({ status: 400 });
    expect(await refusal(() => local.forSession('bad id!'))).toMatchObject({ status: 400, title: 'Invalid Session Id' });
  });

  it('a wrong or missing control token is a 401 ControlError; the right one works', async () => {
    const mock = track(await startTestServer({ api: 'lyve', controlPlane: { enabled: true, token: 's3cret' } }));
    for (const token of ['wrong', undefined]) {
      const error = await createRemoteControl(mock.url, { token })
        .clock.get()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ControlError);
      expect(error).toMatchObject({ status: 401 });
    }
    expect((await createRemoteControl(mock.url, { token: 's3cret' }).clock.get()).frozen).toBe(false);
  });

  it('an unreachable server or a timeout rejects with an Error naming the URL', async () => {
    const gone = await startTestServer({ api: 'lyve' });
    await gone.close();
    const unreachable = await createRemoteControl(gone.url)
      .clock.get()
      .catch((e: unknown) => e);
    expect(unreachable).toBeInstanceOf(Error);
    expect(unreachable).not.toBeInstanceOf(ControlError);
    expect((unreachable as Error).message).toContain(`${gone.url}/__control/clock`);
    expect((unreachable as Error).message).toMatch(/Cannot reach/);

    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason as Error)));
    const late = await createRemoteControl('http://samock.test', { fetch: hanging, timeoutMs: 20 })
      .coverage()
      .catch((e: unknown) => e);
    expect((late as Error).message).toMatch(/http:\/\/samock\.test\/__control\/coverage did not answer GET within 20 ms/);
  });

  it("a URL that is not samock's root rejects with the status and a hint", async () => {
    const mock = track(await startTwoApis());
    const error = await createRemoteControl(mock.lyve)
      .clock.get()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ControlError);
    expect((error as ControlError).status).toBe(404);
  });
});
