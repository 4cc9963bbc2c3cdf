import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { STATE_FILE_FORMAT, type StateFileDocument } from '../../src/app/state-file.js';
import { createRemoteControl, type RemoteControl } from '../../src/control/remote-control.js';
import { serve, type ServeResult } from '../../src/serve.js';
import { pick, request } from '../helpers.js';

let dir: string;
let running: ServeResult[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'samock-state-file-'));
});
afterEach(async () => {
  await Promise.all(running.map((r) => r.server.close()));
  running = [];
  rmSync(dir, { recursive: true, force: true });
});
const start = async (options: Partial<Parameters<typeof serve>[0]> = {}) => {
  const served = await serve({ apis: vendors, port: 0, stateFile: join(dir, 'state.json'), replica: 'r1', seed: 3, ...options });
  running.push(served);
  return served;
};
const lyveAccount = (url: string, session: string, name: string) =>
  request(`${url}/v2/service-accounts`, { method: 'POST', body: { name, permissions: ['default-permission'] }, headers: { 'x-samock-session': session } });

/** Everything a client can read of one session through the control plane, minus the clock of a running one. */
async function observe(control: RemoteControl, session: string) {
  const c = control.forSession(session);
  const clock = await c.clock.get();
  const state: Record<string, unknown> = {};
  for (const api of vendors) state[api.id] = await c.dumpState(api.id);
  return {
    state,
    faults: await c.faults.list(),
    journal: await c.journal.list(),
    coverage: await c.coverage(),
    clock: (clock.frozen ? clock : { frozen: false, aheadMs: clock.nowMs - Date.now() }) as { frozen: boolean; nowMs?: number; aheadMs?: number },
  };
}

describe('--state-file: every session survives a restart', () => {
  it('restores each session: every API state, the clock (frozen, ahead or behind), faults with ids and hits, journal, coverage', async () => {
    const first = await start();
    const url = first.server.url;
    const control = createRemoteControl(url);
    // s1: an account, a few failures, a clock a day ahead and frozen, faults part-used, with a gap in their ids.
    const created = await lyveAccount(url, 's1', 'kept-across-restarts');
    expect(created.status).toBe(200);
    const s1 = control.forSession('s1');
    await request(`${url}/v2/service-accounts/ffffffffffffffffffffffff`, { headers: { 'x-samock-session': 's1' } });
    await request(`${url}/v2/service-accounts`, { method: 'POST', body: { name: 42 }, headers: { 'x-samock-session': 's1' } });
    await s1.clock.advance(86_400_000);
    await s1.clock.freeze();
    await s1.faults.add({ api: 'lyve', operation: 'getServiceAccount', status: 503, times: 5 });
    // A flaky fault before another on the same operation: each restored hit must get past it.
    await s1.faults.add({ api: 'lyve', operation: 'listServiceAccounts', status: 500, probability: 0.5 });
    const gone = await s1.faults.add({ api: 'nscale', status: 502 });
    await s1.faults.remove(gone.id);
    await s1.faults.add({ api: 'lyve', operation: 'listServiceAccounts', delayMs: 1, times: 10 });
    for (let i = 0; i < 2; i++) await request(`${url}/v2/service-accounts/${created.body.id}`, { headers: { 'x-samock-session': 's1' } });
    for (let i = 0; i < 6; i++) await request(`${url}/v2/service-accounts`, { headers: { 'x-samock-session': 's1' } });
    // s2: a clock that was frozen for a while and runs again, so it is behind real time.
    const s2 = control.forSession('s2');
    await s2.clock.freeze();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await s2.clock.unfreeze();
    await lyveAccount(url, 's2', 'in-s2');
    // The default session too.
    await lyveAccount(url, 'default', 'in-default');

    const before = { s1: await observe(control, 's1'), s2: await observe(control, 's2'), default: await observe(control, 'default') };
    const sessionsBefore = await control.sessions.list();
    const [used, flaky, after4] = before.s1.faults;
    expect([used!.id, used!.hits, flaky!.id, after4!.id]).toEqual(['fault-1', 2, 'fault-2', 'fault-4']);
    // The seed makes the flaky draws the same on every run: both faults of the list operation were hit.
    expect([flaky!.hits > 0, after4!.hits > 0, flaky!.hits + after4!.hits]).toEqual([true, true, 6]);
    expect(before.s2.clock.aheadMs).toBeLessThan(-250);

    const stopped = await first.shutdown();
    expect(stopped.saved).toMatchObject({ sessions: 3, file: join(dir, 'state.json') });
    const second = await start();
    expect(second.stateFile!.restored).toBe(3);
    const again = createRemoteControl(second.server.url);
    // Read first: the control functions below mark the sessions used (and building the control
    // plane on its first request marks the default one, so its lastUsedAt is not compared).
    const sessionsAfter = await again.sessions.list();
    const comparable = (list: typeof sessionsAfter) => list.map((s) => (s.id === 'default' ? { ...s, lastUsedAt: 'not compared' } : s));
    expect(comparable(sessionsAfter)).toEqual(comparable(sessionsBefore));
    const after = { s1: await observe(again, 's1'), s2: await observe(again, 's2'), default: await observe(again, 'default') };
    const near = (value: number) => expect.toSatisfy((n: number) => Math.abs(n - value) < 250);
    expect(after).toEqual({
      ...before,
      s2: { ...before.s2, clock: { frozen: false, aheadMs: near(before.s2.clock.aheadMs!) } },
      default: { ...before.default, clock: { frozen: false, aheadMs: near(before.default.clock.aheadMs!) } },
    });
    // And it goes on from there: the account answers, the part-used fault runs out when it would have.
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await request(`${second.server.url}/v2/service-accounts/${created.body.id}`, { headers: { 'x-samock-session': 's1' } })).status);
    expect(statuses).toEqual([503, 503, 503, 200]);
    const newFault = await again.forSession('s1').faults.add({ status: 418 });
    expect(newFault.id).toBe('fault-5');
  });

  it('with --seed, hands out new ids after a restore (never the ones drawn before it), the same from the same file', async () => {
    const first = await start({ seed: 42 });
    const before = await lyveAccount(first.server.url, 's1', 'before');
    await first.shutdown();
    // Two servers restored from the one file (and a copy of it) create the next account alike.
    writeFileSync(join(dir, 'copy.json'), readFileSync(join(dir, 'state.json')));
    const a = await start({ seed: 42 });
    const c = await start({ seed: 42, stateFile: join(dir, 'copy.json') });
    const [afterA, afterC] = [await lyveAccount(a.server.url, 's1', 'after'), await lyveAccount(c.server.url, 's1', 'after')];
    expect([before.status, afterA.status, afterC.status]).toEqual([200, 200, 200]);
    expect(afterA.body.id).not.toBe(before.body.id);
    expect(afterC.body.id).toBe(afterA.body.id);
    const listed = await request(`${a.server.url}/v2/service-accounts`, { headers: { 'x-samock-session': 's1' } });
    expect(listed.body.map((account: { name: string }) => account.name).sort()).toEqual(['after', 'before']);
  });

  it('serves a state file of another replica, and warns that the balancer may send its sessions elsewhere', async () => {
    const first = await start({ replica: 'r1' });
    await lyveAccount(first.server.url, 's1', 'moved');
    await first.shutdown();
    const same = await start({ replica: 'r1' });
    expect([same.stateFile!.writtenBy, same.warnings]).toEqual(['r1', []]);
    await same.shutdown();
    const other = await start({ replica: 'r2' });
    expect(other.stateFile!.writtenBy).toBe('r1');
    expect(other.warnings).toEqual([expect.stringMatching(/written by replica "r1", and this is "r2": its \d+ session\(s\) are served here/)]);
    const listed = await request(`${other.server.url}/v2/service-accounts`, { headers: { 'x-samock-session': 's1' } });
    expect(listed.body.map((account: { name: string }) => account.name)).toEqual(['moved']);
  });

  it('keeps no secret in the file: the one-time secret of an account is not in it', async () => {
    const { server, stateFile } = await start();
    const created = await lyveAccount(server.url, 's1', 'secretive');
    expect(typeof created.body.secret).toBe('string');
    await stateFile!.save();
    const text = readFileSync(join(dir, 'state.json'), 'utf8');
    expect(text).toContain('secretive');
    expect(text).not.toContain(created.body.secret);
  });

  it('is written on POST /__control/state-file, atomically: a reader never sees half a file, and no temporary file is left', async () => {
    const { server } = await start();
    for (let i = 0; i < 20; i++) await lyveAccount(server.url, `s${i % 5}`, `account-${i}`);
    const file = join(dir, 'state.json');
    const saves = Array.from({ length: 15 }, () =>
      fetch(`${server.url}/__control/state-file`, { method: 'POST', headers: { 'content-type': 'application/json' } }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { sessions: number; bytes: number },
      })),
    );
    let reads = 0;
    let saving = true;
    const reader = (async () => {
      while (saving) {
        if (existsSync(file)) {
          const document = JSON.parse(readFileSync(file, 'utf8')) as StateFileDocument;
          expect(document.format).toBe(STATE_FILE_FORMAT);
          expect(document.sessions).toHaveLength(6);
          reads++;
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const answers = await Promise.all(saves);
    saving = false;
    await reader;
    expect(answers.every((a) => a.status === 200 && a.body.sessions === 6)).toBe(true);
    expect(reads).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['state.json']);
    expect(answers[0]!.body.bytes).toBe(readFileSync(file).length);
  });

  it('answers 500 naming the file when it cannot be written, and the control plane 409 without --state-file', async () => {
    mkdirSync(join(dir, 'sub'));
    const served = await start({ stateFile: join(dir, 'sub', 'state.json') });
    rmSync(join(dir, 'sub'), { recursive: true });
    const json = { 'content-type': 'application/json' };
    const failed = await request(`${served.server.url}/__control/state-file`, { method: 'POST', headers: json });
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({ title: 'State File Not Written', detail: expect.stringContaining(join(dir, 'sub', 'state.json')) });
    const without = await start({ stateFile: undefined });
    const refused = await request(`${without.server.url}/__control/state-file`, { method: 'POST', headers: json });
    expect([refused.status, refused.body.title]).toEqual([409, 'No State File']);
  });

  it('does not count the downtime as idle: a restored session is swept only --session-idle after the restore', async () => {
    const first = await start();
    await lyveAccount(first.server.url, 's1', 'long-downtime');
    await first.shutdown();
    running = [];
    // Down for two hours, longer than the default --session-idle (30 min).
    const file = join(dir, 'state.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as StateFileDocument;
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000).toISOString();
    for (const session of saved.sessions) session.lastUsedAt = twoHoursAgo;
    writeFileSync(file, JSON.stringify({ ...saved, savedAt: twoHoursAgo }));
    const second = await start({ sessionIdleMs: 300 });
    expect(second.app.sweepSessions()).toBe(0);
    expect(second.app.sessions().map((s) => s.id)).toContain('s1');
    // The saved lastUsedAt is still what the session list shows.
    const listed = await request(`${second.server.url}/__control/sessions`);
    expect(listed.body.find((s: { id: string }) => s.id === 's1')).toMatchObject({ lastUsedAt: twoHoursAgo });
    const accounts = await request(`${second.server.url}/v2/service-accounts`, { headers: { 'x-samock-session': 's1' } });
    expect(accounts.body.map((account: { name: string }) => account.name)).toEqual(['long-downtime']);
    // Idle from then on, it goes as any other session does.
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(second.app.sweepSessions()).toBe(1);
    expect(second.app.sessions().map((s) => s.id)).toEqual(['default']);
  });

  it('starts empty when the file does not exist yet, and writes nothing until asked', async () => {
    const { stateFile } = await start();
    expect(stateFile!.restored).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('--state-file: a file that is not one stops start-up with one clear line', () => {
  const file = () => join(dir, 'state.json');
  const refusal = async (options: Partial<Parameters<typeof serve>[0]> = {}) => {
    const error = (await start(options).then(
      () => undefined,
      (e: Error) => e,
    ))!;
    expect(error).toBeInstanceOf(Error);
    expect(error.message).not.toContain('\n');
    return error.message;
  };

  it('refuses text that is not JSON, an empty file, and JSON that is not a state file', async () => {
    writeFileSync(file(), '{"format": "samock-state-file", "vers');
    expect(await refusal()).toMatch(/^Failed to start the server: the state file .*state\.json is not a samock state file \(not JSON: /);
    writeFileSync(file(), '');
    expect(await refusal()).toMatch(/is not a samock state file \(it is empty\)/);
    writeFileSync(file(), '{"accounts": []}');
    expect(await refusal()).toMatch(/is not a samock state file \(no "format": "samock-state-file" at the top\)/);
    writeFileSync(file(), JSON.stringify({ format: STATE_FILE_FORMAT, version: 2, apis: [], sessions: [] }));
    expect(await refusal()).toMatch(/version 2; this samock reads version 1/);
  });

  it('refuses a session whose parts are malformed, naming where', async () => {
    const { server, stateFile } = await start();
    await lyveAccount(server.url, 's1', 'one');
    await stateFile!.save();
    await server.close();
    running = [];
    const good = JSON.parse(readFileSync(file(), 'utf8')) as StateFileDocument;
    /** The saved file with one part changed, as loosely as a hand edit would. */
    const broken = (change: (d: { sessions: any[] }) => void) => {
      const copy = structuredClone(good) as { sessions: any[] };
      change(copy);
      writeFileSync(file(), JSON.stringify(copy));
    };
    broken((d) => (d.sessions[1].clock.nowMs = 'soon'));
    expect(await refusal()).toMatch(/\/sessions\/1\/clock must be \{nowMs, frozen, aheadMs\}/);
    broken((d) => d.sessions.push(d.sessions[1]));
    expect(await refusal()).toMatch(/\/sessions\/2\/id: session "s1" appears twice/);
    broken((d) => (d.sessions[1].faults = [{ id: 'fault-1', hits: 3, times: 3, status: 500 }]));
    expect(await refusal()).toMatch(/hits must stay below times/);
    // Valid in shape, refused by the API's own state schema: named by session and API.
    broken((d) => (d.sessions[1].state.lyve.serviceAccounts[0].enabled = 'yes'));
    expect(await refusal()).toMatch(/cannot be restored: session "s1", lyve: The lyve state document is invalid: .*enabled/);
  });

  it('refuses a replica name that no replica can have, and a savedAt that is not a date', async () => {
    const { stateFile } = await start();
    await stateFile!.save();
    await Promise.all(running.map((r) => r.server.close()));
    running = [];
    const good = JSON.parse(readFileSync(file(), 'utf8')) as StateFileDocument;
    for (const replica of ['r1\nsamock: all good', '', 'x'.repeat(65), 42, undefined]) {
      writeFileSync(file(), JSON.stringify({ ...good, replica }));
      expect(await refusal()).toMatch(/is not a samock state file \(\/replica must be the name of the replica that wrote it \(1–64 letters/);
    }
    writeFileSync(file(), JSON.stringify({ ...good, savedAt: 'yesterday' }));
    expect(await refusal()).toMatch(/is not a samock state file \(\/savedAt must be a date\)/);
  });

  it('refuses a file holding an API this server does not serve (its records would be lost at the next save)', async () => {
    const { stateFile } = await start();
    await stateFile!.save();
    await Promise.all(running.map((r) => r.server.close()));
    running = [];
    expect(await refusal({ apis: pick('lyve') })).toMatch(/holds lakesail, nscale, wavefront, truefoundry, which this server does not serve/);
  });

  it('refuses more sessions than --max-sessions allows, saying how many it holds', async () => {
    const { server, stateFile } = await start();
    for (const id of ['a', 'b', 'c']) await lyveAccount(server.url, id, `in-${id}`);
    await stateFile!.save();
    await Promise.all(running.map((r) => r.server.close()));
    running = [];
    expect(await refusal({ maxSessions: 2 })).toMatch(/it holds 4 sessions, and at session "b": The server holds its maximum of 2 sessions/);
  });

  it('refuses a state file in a directory it cannot write to, at start rather than at the first SIGTERM', async () => {
    expect(await refusal({ stateFile: join(dir, 'missing', 'state.json') })).toMatch(/the state file .*missing\/state\.json could not be written: ENOENT/);
  });
});
