/**
 * A shared mock as README's "Running a shared mock" sets it up: three replicas behind nginx
 * (deploy/nginx), sessions pinned by consistent hashing on X-Samock-Session, each replica with a
 * state file. Loopback only; slow (30 contract runs), so it runs apart: `npm run test:replicas`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { countResults, verify } from '../../src/contracts/verify.js';
import { fetchRecords } from '../../src/client-check/http.js';
import { call, CONTROL_TOKEN, freePort, HOST, startNginx, startReplica, type Nginx, type Replica } from './harness.js';

const NAMES = ['r1', 'r2', 'r3'];
let stateDir: string;
let replicas: Replica[];
let nginx: Nginx;

const controlTokenBefore = process.env.SAMOCK_CONTROL_TOKEN;

beforeAll(async () => {
  // As README's per-pipeline lines run verify against a shared mock: the control token in the environment.
  process.env.SAMOCK_CONTROL_TOKEN = CONTROL_TOKEN;
  stateDir = mkdtempSync(join(tmpdir(), 'samock-replicas-'));
  const ports = await Promise.all(NAMES.map(() => freePort()));
  replicas = await Promise.all(NAMES.map((name, i) => startReplica(name, ports[i]!, join(stateDir, `${name}.json`))));
  nginx = await startNginx(ports);
}, 120_000);

afterAll(async () => {
  if (controlTokenBefore === undefined) delete process.env.SAMOCK_CONTROL_TOKEN;
  else process.env.SAMOCK_CONTROL_TOKEN = controlTokenBefore;
  await nginx?.stop();
  await Promise.all((replicas ?? []).map((replica) => replica.stop()));
  rmSync(stateDir, { recursive: true, force: true });
  if (nginx) rmSync(nginx.prefix, { recursive: true, force: true });
});

const replicaNamed = (name: string) => replicas.find((replica) => replica.name === name)!;
/** The sessions a replica holds, asked of it directly (not through nginx). */
const sessionsOn = async (replica: Replica) => ((await call(`${replica.url}/__control/sessions`)).body as { id: string }[]).map((s) => s.id);
/** Where nginx sends each of these sessions: one request each, the answer's x-samock-replica. */
async function placeSessions(ids: string[]): Promise<Map<string, string>> {
  const placed = new Map<string, string>();
  for (const id of ids) placed.set(id, (await call(`${nginx.url}/__control/clock`, { session: id })).replica!);
  return placed;
}

const PIPELINES = Array.from({ length: 30 }, (_, i) => `pipeline-${i}`);

describe('a shared mock: three replicas behind nginx, sessions pinned by consistent hashing', () => {
  it("passes every API's contract suite in 30 parallel sessions through nginx", async () => {
    const runs = await Promise.all(
      PIPELINES.map((session) => verify({ api: 'all', known: vendors, baseUrl: nginx.url, token: 'samock-verify', session, waitTimeoutMs: 60_000 })),
    );
    const failures = runs.flatMap((run, i) =>
      run.targets[0]!.reports.flatMap((report) =>
        report.results.filter((r) => r.status === 'failed').map((r) => `${PIPELINES[i]} ${report.api}: ${r.name}: ${r.reason}`),
      ),
    );
    expect(failures).toEqual([]);
    for (const run of runs) {
      const reports = run.targets[0]!.reports;
      expect(reports.map((report) => [report.api, report.isSamock])).toEqual(vendors.map((api) => [api.id, true]));
      const counts = countResults(reports);
      expect(counts.failed).toBe(0);
      expect(counts.passed).toBeGreaterThan(100);
    }
    // The checks that moved a clock did it in private sessions, and deleted them afterwards (the control token let them).
    const leftover = (await Promise.all(replicas.map(sessionsOn))).flat().filter((id) => /verify-/.test(id));
    expect(leftover).toEqual([]);
  }, 600_000);

  it("check-client --session reads the session's journal from the replica that holds it, not the default session's", async () => {
    const defaultHome = (await call(`${nginx.url}/__control/clock`)).replica;
    const placed = await placeSessions(Array.from({ length: 12 }, (_, i) => `client-${i}`));
    const [session, home] = [...placed].find(([, replica]) => replica !== defaultHome)!;
    expect((await call(`${nginx.url}/v2/service-accounts`, { session })).replica).toBe(home);
    const records = await fetchRecords({ baseUrl: nginx.url, session, controlToken: CONTROL_TOKEN });
    expect(records.sessions).toContain(session);
    expect(records.journal.map((entry) => [entry.session, entry.method, entry.path])).toContainEqual([session, 'GET', '/v2/service-accounts']);
  });

  it("refuses an API body above samock's limit with samock's own 413 in the vendor's shape, not nginx's HTML page", async () => {
    const response = await fetch(`${nginx.url}/v2/service-accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CONTROL_TOKEN}`, 'content-type': 'application/json', 'x-samock-session': 'big-body' },
      body: JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024), permissions: ['default-permission'] }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('x-samock-api')).toBe('lyve');
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(JSON.stringify(await response.json())).toMatch(/1048576|1 MiB/);
    // Nothing was stored.
    expect((await call(`${nginx.url}/v2/service-accounts`, { session: 'big-body' })).body).toEqual([]);
  });

  it("answers a body over nginx's own limit (65m), with Content-Length or chunked, in JSON that says it is the balancer's", async () => {
    const declared = await sendBody(`${nginx.url}/__control/state/lyve`, 66 * 1024 * 1024, false);
    expect([declared.status, declared.headers['content-type'], declared.headers['x-samock-balancer']]).toEqual([413, 'application/json', 'nginx']);
    expect(JSON.parse(declared.body)).toMatchObject({ status: 413, balancer: 'nginx', upstream: null });
    // Chunked, the body streams on to samock, which refuses it at its own 64 MiB state limit unless
    // nginx counts 65m first: either way a JSON 413, never nginx's HTML page.
    const chunked = await sendBody(`${nginx.url}/__control/state/lyve`, 66 * 1024 * 1024, true);
    expect([chunked.status, chunked.headers['content-type']]).toEqual([
      413,
      chunked.headers['x-samock-balancer'] ? 'application/json' : 'application/problem+json',
    ]);
    expect(JSON.parse(chunked.body)).toMatchObject({ status: 413 });
  });

  it('routes DELETE /__control/sessions/{id}/, trailing slash and no session header, to the replica that holds the session', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `slash-${i}`);
    const placed = await placeSessions(ids);
    // Some of them live elsewhere than the default session: without the route, they would get a false 404.
    const defaultHome = (await call(`${nginx.url}/__control/clock`)).replica;
    expect([...placed.values()].some((home) => home !== defaultHome)).toBe(true);
    for (const [id, home] of placed) {
      const deleted = await call(`${nginx.url}/__control/sessions/${id}/`, { method: 'DELETE' });
      expect([id, deleted.status, deleted.replica]).toEqual([id, 204, home]);
      expect(await sessionsOn(replicaNamed(home))).not.toContain(id);
    }
  });

  it("serves each session's requests, all of them, on one replica, and the sessions spread over the replicas", async () => {
    // nginx flushes its access log every second.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const bySession = new Map<string, Set<string>>();
    for (const line of nginx.accessLog()) {
      if (!bySession.has(line.session)) bySession.set(line.session, new Set());
      bySession.get(line.session)!.add(line.replica);
    }
    for (const session of PIPELINES) expect([session, [...(bySession.get(session) ?? [])]]).toEqual([session, [expect.stringMatching(/^r[123]$/)]]);
    // The checks' private sessions (the clock moves) are pinned alike, their DELETE included.
    const privates = [...bySession.keys()].filter((id) => /^(tf-)?verify-/.test(id));
    expect(privates.length).toBeGreaterThan(30);
    for (const id of privates) expect([id, bySession.get(id)!.size]).toEqual([id, 1]);
    const home = new Map(PIPELINES.map((session) => [session, [...bySession.get(session)!][0]!]));
    expect(new Set(home.values()).size).toBe(3);

    // Each session exists on its replica only, and its journal there is its own.
    const held = new Map(await Promise.all(replicas.map(async (replica) => [replica.name, await sessionsOn(replica)] as const)));
    for (const session of PIPELINES) {
      expect(NAMES.filter((name) => held.get(name)!.includes(session))).toEqual([home.get(session)]);
      const journal = await call(`${nginx.url}/__control/requests`, { session });
      expect(journal.replica).toBe(home.get(session));
      expect(journal.body.length).toBeGreaterThan(50);
      expect(journal.body.every((entry: { session: string }) => entry.session === session)).toBe(true);
    }
    // Without the header every request lands on one replica: the default session is one session.
    const unnamed = await Promise.all(Array.from({ length: 12 }, () => call(`${nginx.url}/v2/service-accounts`)));
    expect(new Set(unnamed.map((answer) => answer.replica)).size).toBe(1);
    expect(unnamed.every((answer) => answer.status === 200)).toBe(true);
  });

  it("moves a session's clock and applies its forced faults only to that session, even beside it on the same replica", async () => {
    const placed = await placeSessions(Array.from({ length: 30 }, (_, i) => `iso-${i}`));
    const [a, aHome] = [...placed][0]!;
    const b = [...placed].find(([id, home]) => id !== a && home === aHome)![0];
    const c = [...placed].find(([, home]) => home !== aHome)![0];
    const lyve = `${nginx.url}/v2/service-accounts`;
    const created = new Map<string, string>();
    for (const session of [a, b, c]) {
      const answer = await call(lyve, { method: 'POST', session, body: { name: 'isolated', permissions: ['default-permission'] } });
      expect(answer.status).toBe(200);
      created.set(session, answer.body.id);
    }
    expect((await call(`${nginx.url}/__control/clock/advance`, { method: 'POST', session: a, body: { ms: 86_400_000 } })).status).toBe(200);
    const fault = await call(`${nginx.url}/__control/faults`, {
      method: 'POST',
      session: a,
      body: { api: 'lyve', operation: 'listServiceAccounts', status: 503 },
    });
    expect(fault.status).toBe(201);

    const clocks = new Map<string, number>();
    for (const session of [a, b, c]) clocks.set(session, (await call(`${nginx.url}/__control/clock`, { session })).body.nowMs);
    expect(clocks.get(a)! - Date.now()).toBeGreaterThan(86_400_000 - 10_000);
    for (const session of [b, c]) expect(Math.abs(clocks.get(session)! - Date.now())).toBeLessThan(10_000);
    // Only A's account is ready (a day passed for it), only A's list is forced to 503.
    const ready = async (session: string) => (await call(`${lyve}/${created.get(session)}`, { session })).body.readyState as boolean;
    expect([await ready(a), await ready(b), await ready(c)]).toEqual([true, false, false]);
    const lists = await Promise.all([a, b, c].map((session) => call(lyve, { session })));
    expect(lists.map((answer) => [answer.status, answer.replica])).toEqual([
      [503, aHome],
      [200, aHome],
      [200, placed.get(c)],
    ]);
    expect(lists[1]!.body.map((account: { name: string }) => account.name)).toEqual(['isolated']);
  });

  it("stops one replica without touching the others' sessions, and brings its sessions back from its state file", async () => {
    const placed = await placeSessions(Array.from({ length: 12 }, (_, i) => `keep-${i}`));
    const victim = replicaNamed(placed.get('keep-0')!);
    expect(new Set(placed.values()).size).toBeGreaterThan(1);
    const accounts = new Map<string, { id: string; name: string }>();
    for (const session of placed.keys()) {
      const answer = await call(`${nginx.url}/v2/service-accounts`, {
        method: 'POST',
        session,
        body: { name: `of-${session}`, permissions: ['default-permission'] },
      });
      accounts.set(session, { id: answer.body.id, name: `of-${session}` });
    }
    await call(`${nginx.url}/__control/clock/advance`, { method: 'POST', session: 'keep-0', body: { ms: 3_600_000 } });
    const fault = (await call(`${nginx.url}/__control/faults`, { method: 'POST', session: 'keep-0', body: { api: 'nscale', status: 503, times: 2 } })).body;
    const pipelinesOnVictim = (await sessionsOn(victim)).filter((id) => id.startsWith('pipeline-'));
    const journals = new Map<string, number>();
    for (const session of pipelinesOnVictim) journals.set(session, (await call(`${victim.url}/__control/requests`, { session })).body.length);
    const account = (session: string) => call(`${nginx.url}/v2/service-accounts/${accounts.get(session)!.id}`, { session });

    // SIGTERM with a request in flight: it is answered, then the state file is written.
    const inFlight = call(`${nginx.url}/v2/service-accounts/${accounts.get('keep-0')!.id}`, { session: 'keep-0', headers: { prefer: 'delay=1500' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exit = victim.stop('SIGTERM');
    const answered = await inFlight;
    expect([answered.status, answered.replica, answered.body.name]).toEqual([200, victim.name, 'of-keep-0']);
    expect(await exit).toBe(0);
    expect(victim.output()).toMatch(new RegExp(`samock: \\d+ sessions written to ${victim.stateFile.replace(/[.]/g, '\\.')}`));

    // While it is down: its sessions get nginx's 502 (never another replica's empty session), the others carry on.
    for (const [session, home] of placed) {
      const answer = await account(session);
      if (home === victim.name) {
        expect([session, answer.status, answer.replica, answer.balancer, answer.contentType]).toEqual([session, 502, null, 'nginx', 'application/json']);
        expect(answer.body).toMatchObject({ status: 502, balancer: 'nginx', upstream: `${HOST}:${victim.port}` });
      } else expect([session, answer.status, answer.replica, answer.balancer, answer.body.name]).toEqual([session, 200, home, null, `of-${session}`]);
    }

    const restarted = await startReplica(victim.name, victim.port, victim.stateFile);
    replicas[replicas.indexOf(victim)] = restarted;
    expect(restarted.output()).toMatch(/state file .* \(\d+ sessions restored\)/);
    for (const [session, home] of placed) {
      const answer = await account(session);
      expect([session, answer.status, answer.replica, answer.body.name]).toEqual([session, 200, home, `of-${session}`]);
    }
    // keep-0 has its clock (an hour ahead, so its account is ready) and its fault, with its id.
    const clock = (await call(`${nginx.url}/__control/clock`, { session: 'keep-0' })).body;
    expect(clock.nowMs - Date.now()).toBeGreaterThan(3_600_000 - 60_000);
    expect((await account('keep-0')).body.readyState).toBe(true);
    expect((await call(`${nginx.url}/__control/faults`, { session: 'keep-0' })).body).toEqual([fault]);
    // And the pipelines that ran their contract suites there kept their journals.
    for (const [session, length] of journals)
      expect([session, (await call(`${restarted.url}/__control/requests`, { session })).body.length]).toEqual([session, length]);
  });
});

/** Sends `bytes` of body (with Content-Length, or chunked) and resolves with the answer, even one that comes before the body is all sent. */
function sendBody(
  url: string,
  bytes: number,
  chunked: boolean,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolveAnswer, reject) => {
    const headers: Record<string, string> = { authorization: `Bearer ${CONTROL_TOKEN}`, 'content-type': 'application/json' };
    if (!chunked) headers['content-length'] = String(bytes);
    const req = httpRequest(url, { method: 'PUT', headers });
    let answered = false;
    req.on('response', (response) => {
      answered = true;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolveAnswer({ status: response.statusCode!, headers: response.headers, body }));
    });
    // nginx may close the connection once it has answered: an error after the answer is expected.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const write = () => {
      while (sent < bytes && !answered && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      if (!answered && !req.destroyed) req.end();
    };
    write();
  });
}
