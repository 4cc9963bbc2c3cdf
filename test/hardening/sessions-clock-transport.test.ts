import { connect } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { lakesail } from '../../mocks/lakesail/index.js';
import { lyve } from '../../mocks/lyve/index.js';
import { nscale } from '../../mocks/nscale/index.js';
import { MAX_CLOCK_OFFSET_MS } from '../../src/clock.js';
import { createApp, type App } from '../../src/app/create-app.js';
import type { PlainRequest } from '../../src/core/http-types.js';
import { serve, type ServeOptions } from '../../src/serve.js';
import { request, pick } from '../helpers.js';

/** Items 5, 6 and 8 of the hardening issue. */
const send = (app: App, request: Partial<PlainRequest> & { path: string }) =>
  app.handle({ method: 'GET', query: {}, headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, ...request });
const controlWrite = { 'content-type': 'application/json' };
const YEAR_MS = 365 * 86_400_000;

let running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.map((server) => server.close()));
  running = [];
});
async function start(options: Partial<ServeOptions> = {}) {
  const { app, server } = await serve({ port: 0, apis: pick('lyve', 'nscale'), ...options });
  running.push(server);
  return { app, url: server.url, control: `${server.url}/__control`, port: server.port };
}

describe('the virtual clock stays in a sane range', () => {
  it('refuses to run more than 100 years ahead in all (each advance was capped, their sum was not)', async () => {
    const mock = await start();
    const advance = (ms: number) => request(`${mock.control}/clock/advance`, { method: 'POST', token: null, body: { ms } });
    expect((await advance(60 * YEAR_MS)).status).toBe(200);
    const refused = await advance(60 * YEAR_MS);
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('100 years');
    for (let i = 0; i < 5; i++) expect((await advance(MAX_CLOCK_OFFSET_MS)).status).toBe(400);
    expect((await request(`${mock.control}/clock`, { token: null })).status).toBe(200);
    // Timestamps, expiries included, still work: creates answer as usual.
    expect((await request(`${mock.url}/v2/service-accounts`, { method: 'POST', body: { name: 'future', permissions: ['default-permission'] } })).status).toBe(
      200,
    );
    const org = await request(`${mock.url}/api/v1/organizations/d4600d6e-e965-4b44-a808-84fb2fa36702/serviceaccounts`, {
      method: 'POST',
      body: { metadata: { name: 'future' }, spec: { groupIDs: [] } },
    });
    expect(org.status).toBe(201);
    expect(Date.parse(org.body.status.expiry)).toBeGreaterThan(Date.now() + 59 * YEAR_MS);
  });

  it('starts again from now when the default session is deleted', async () => {
    const mock = await start();
    await request(`${mock.control}/clock/advance`, { method: 'POST', token: null, body: { ms: 50 * YEAR_MS } });
    expect((await request(`${mock.control}/sessions/default`, { method: 'DELETE', token: null, headers: controlWrite })).status).toBe(204);
    const clock = (await request(`${mock.control}/clock`, { token: null })).body;
    expect(Math.abs(clock.nowMs - Date.now())).toBeLessThan(60_000);
    expect(mock.app.clock.now() - Date.now()).toBeLessThan(60_000);
  });
});

describe('sessions', () => {
  it('at --max-sessions, control requests naming a new session answer 429 problem+json (not 500), strict or not', async () => {
    for (const strict of [false, true]) {
      const mock = await start({ maxSessions: 2, strict });
      expect((await request(`${mock.control}/clock`, { token: null, headers: { 'x-samock-session': 'one' } })).status).toBe(200);
      for (const [method, path] of [
        ['GET', '/clock'],
        ['POST', '/reset'],
        ['GET', '/requests'],
        ['GET', '/state/lyve'],
      ] as const) {
        const refused = await request(`${mock.control}${path}`, {
          method,
          token: null,
          headers: { 'x-samock-session': 'two', ...(method === 'GET' ? {} : controlWrite) },
        });
        expect(refused.status, `${method} ${path}`).toBe(429);
        expect(refused.body.detail).toContain('--max-sessions');
      }
    }
  });

  it('expire after --session-idle without a request, and make room at the cap', async () => {
    const app = createApp({ apis: [lyve], sessionIdleMs: 200, maxSessions: 3 });
    await send(app, {
      method: 'POST',
      path: '/v2/service-accounts',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json', 'x-samock-session': 'a' },
      rawBody: '{"name":"n","permissions":["default-permission"]}',
    });
    await send(app, { path: '/v2/service-accounts', headers: { authorization: 'Bearer t', 'x-samock-session': 'b' } });
    expect(app.sessions().map((s) => s.id)).toEqual(['default', 'a', 'b']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await send(app, { path: '/v2/service-accounts', headers: { authorization: 'Bearer t', 'x-samock-session': 'b' } });
    // At the cap, the idle session made room for a new one.
    const fresh = await send(app, { path: '/v2/service-accounts', headers: { authorization: 'Bearer t', 'x-samock-session': 'c' } });
    expect(fresh.status).toBe(200);
    expect(app.sessions().map((s) => s.id)).toEqual(['default', 'b', 'c']);
    // A returning client finds a fresh session, not its old data.
    app.control.sessions.delete('c');
    const again = await send(app, { path: '/v2/service-accounts', headers: { authorization: 'Bearer t', 'x-samock-session': 'a' } });
    expect([again.status, again.body]).toEqual([200, []]);
  });

  it('give their memory back when deleted or expired: nothing keeps a dropped session alive', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const app = createApp({ apis: [lyve, nscale, lakesail], sessionIdleMs: 50, maxSessions: 500 });
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 200; i++) {
      const id = `s${i}`;
      await send(app, {
        method: 'POST',
        path: '/v2/service-accounts',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json', 'x-samock-session': id },
        rawBody: '{"name":"n","permissions":["default-permission"]}',
      });
      refs.push(new WeakRef(app.sessions().find((s) => s.id === id)!));
    }
    // Half are deleted; the rest (and any already swept while this loop ran on a busy machine) expire.
    for (let i = 0; i < 100; i++) if (app.sessions().some((s) => s.id === `s${i}`)) app.control.sessions.delete(`s${i}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    app.sweepSessions();
    expect(app.sessions().map((s) => s.id)).toEqual(['default']);
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      gc();
    }
    expect(refs.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
  });
});

describe('transport', () => {
  it('answers 408 to a stalled body within the request timeout, not a minute later', async () => {
    const mock = await start({ requestTimeoutMs: 600 });
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(mock.port, '127.0.0.1', () => {
        socket.write(`POST /v2/service-accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":`);
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('acts on no request that never fully arrived: a stalled write answered 408, or one the client abandons, changes nothing', async () => {
    const mock = await start({ requestTimeoutMs: 500, apis: pick('lyve', 'wavefront') });
    await request(`${mock.url}/v2/service-accounts`, { method: 'POST', body: { name: 'kept', permissions: ['default-permission'] } });
    const partial = (path: string, declared: number, sent: string, abandon: boolean) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(mock.port, '127.0.0.1', () => {
          socket.write(
            `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\nContent-Length: ` +
              `${declared}\r\n\r\n${sent}`,
          );
          if (abandon) setTimeout(() => socket.destroy(), 100);
        });
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
    expect(await partial('/__control/reset', 17, '{"api"', false)).toMatch(/^HTTP\/1\.1 408/);
    expect(await partial('/api/v2/apitoken/serviceaccount/sa::bot', 22, '{"tokenN', false)).toMatch(/^HTTP\/1\.1 408/);
    await partial('/__control/reset', 17, '{"api"', true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await request(`${mock.url}/v2/service-accounts`)).body.map((a: { name: string }) => a.name)).toEqual(['kept']);
    expect(mock.app.control.journal.list().filter((entry) => entry.status >= 400)).toEqual([]);
  });

  it('refuses a control request from its headers alone, without waiting for (or keeping) a large body', async () => {
    const mock = await start({ controlToken: 'right' });
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(mock.port, '127.0.0.1', () => {
        // 60 MiB announced, a few bytes sent: the refusal must not wait for the rest.
        socket.write(
          `PUT /__control/state/lyve HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer wrong\r\nContent-Type: application/json\r\nContent-Length: ` +
            `${60 * 1024 * 1024}\r\n\r\n{"permissions":`,
        );
      });
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
        if (text.includes('\r\n\r\n')) socket.destroy();
      });
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 401/);
  });

  it('accepts JSON behind a UTF-8 byte order mark', async () => {
    const app = createApp({ apis: [lyve], strict: true });
    const response = await send(app, { method: 'POST', path: '/v2/service-accounts', rawBody: '\ufeff{"name":"bom","permissions":["default-permission"]}' });
    expect(response.status).toBe(200);
  });

  it('refuses a compressed body with 415 in the vendor shape (LakeSail: 400), without echoing its bytes', async () => {
    const body = gzipSync(Buffer.from('{"name":"zipped","permissions":["default-permission"]}'));
    for (const [api, path, status] of [
      [lyve, '/v2/service-accounts', 415],
      [lakesail, '/api/org/v1/service-accounts', 400],
    ] as const) {
      const app = createApp({ apis: [api], strict: true });
      const response = await send(app, {
        method: 'POST',
        path,
        headers: { authorization: 'Bearer t', 'content-type': 'application/json', 'content-encoding': 'gzip' },
        rawBody: body.toString('latin1'),
      });
      expect(response.status, api.id).toBe(status);
      expect(JSON.stringify(response.body)).toContain('Content-Encoding');
      expect(JSON.stringify(response.body)).not.toContain(body.toString('latin1').slice(10, 20));
    }
  });

  it('refuses a charset other than UTF-8 with 415, instead of reading UTF-16 as UTF-8', async () => {
    const app = createApp({ apis: [lyve], strict: true });
    const response = await send(app, {
      method: 'POST',
      path: '/v2/service-accounts',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json; charset=utf-16' },
      rawBody: '{"name":"a","permissions":["default-permission"]}',
    });
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ message: expect.stringContaining('UTF-8') });
    expect((await send(app, { path: '/v2/service-accounts' })).body).toEqual([]);
    const utf8 = await send(app, {
      method: 'POST',
      path: '/v2/service-accounts',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json; charset="UTF-8"' },
      rawBody: '{"name":"a","permissions":["default-permission"]}',
    });
    expect(utf8.status).toBe(200);
  });
});

describe('the journal records every violation of a request', () => {
  it('records a missing credential and a bad body together (check-client used to see only the first)', async () => {
    const app = createApp({ apis: [lyve], strict: true });
    const response = await send(app, {
      method: 'POST',
      path: '/v2/service-accounts',
      headers: { 'content-type': 'application/json' },
      rawBody: '{"name":"bad name!","permissions":[]}',
    });
    expect(response.body).toMatchObject({ code: 'InvalidToken' });
    const [entry] = app.control.journal.list();
    expect(entry!.requestViolations.map((v) => `${v.location}${v.pointer}:${v.rule}`)).toEqual([
      'header/authorization:security',
      'body/name:pattern',
      'body/permissions:minItems',
    ]);
  });
});
