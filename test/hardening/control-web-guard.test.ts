import { request as rawRequest } from 'node:http';
import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createMock } from '../../src/index.js';
import { serve, type ServeOptions } from '../../src/serve.js';
import { request, pick } from '../helpers.js';

/**
 * Item 1 of the hardening issue: any web page could read and drive the control plane
 * (CORS reflected every Origin on /__control, Host was not checked, a text/plain POST
 * needed no preflight). These requests are what a foreign page, or DNS rebinding, sends.
 */
let running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.map((server) => server.close()));
  running = [];
});

async function start(options: Partial<ServeOptions> = {}) {
  const { app, server } = await serve({ port: 0, apis: pick('lyve', 'wavefront'), readyAfterMs: 0, ...options });
  running.push(server);
  const control = `${server.url}/__control`;
  const accounts = async () => (await request(`${server.url}/v2/service-accounts`)).body as unknown[];
  await request(`${server.url}/v2/service-accounts`, { method: 'POST', body: { name: 'kept', permissions: ['default-permission'] } });
  return { app, server, control, accounts };
}

/** node:http, not fetch: fetch forbids setting Host and Origin, which is exactly what an attacker's browser controls. */
function raw(
  url: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = rawRequest(
      url,
      { method, headers: { ...headers, ...(body !== undefined && { 'content-length': String(Buffer.byteLength(body)) }) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the control plane refuses what a foreign web page can send', () => {
  it('refuses a simple cross-site POST /reset (no preflight, no content type) with 403, and resets nothing', async () => {
    const mock = await start();
    const answer = await raw(`${mock.control}/reset`, { method: 'POST', headers: { origin: 'https://evil.example' }, body: '' });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ title: 'Forbidden Origin', detail: expect.stringContaining('--control-origin') });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(await mock.accounts()).toHaveLength(1);
  });

  it('refuses a foreign origin even with a JSON body, and a sandboxed page (Origin: null)', async () => {
    const mock = await start();
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example:4010']) {
      const answer = await raw(`${mock.control}/faults`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{"status":503}' });
      expect(answer.status, origin).toBe(403);
    }
    expect(mock.app.control.faults.list()).toEqual([]);
  });

  it('sends CORS headers only to browsers (requests with an Origin)', async () => {
    const mock = await start();
    expect((await raw(`${mock.control}/clock`)).headers['access-control-allow-origin']).toBeUndefined();
    expect(
      (await raw(`${mock.server.url}/v2/service-accounts`, { headers: { authorization: 'Bearer t' } })).headers['access-control-allow-origin'],
    ).toBeUndefined();
  });

  it('lets no foreign page read state, journal or sessions: 403 and no CORS header', async () => {
    const mock = await start();
    for (const path of ['/state/wavefront', '/requests', '/sessions', '/clock']) {
      const answer = await raw(`${mock.control}${path}`, { headers: { origin: 'https://evil.example' } });
      expect(answer.status, path).toBe(403);
      expect(answer.headers['access-control-allow-origin'], path).toBeUndefined();
    }
  });

  it("refuses a foreign origin's preflight to /__control, and still answers preflights to the APIs", async () => {
    const mock = await start();
    const preflight = (path: string) =>
      raw(`${mock.server.url}${path}`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'DELETE', 'access-control-request-headers': 'content-type' },
      });
    const control = await preflight('/__control/faults');
    expect(control.status).toBe(403);
    expect(control.headers['access-control-allow-origin']).toBeUndefined();
    const api = await preflight('/v2/service-accounts');
    expect(api.status).toBe(204);
    expect(api.headers['access-control-allow-origin']).toBe('https://evil.example');
  });

  it('refuses a Host that is not a loopback name (DNS rebinding), with or without an Origin', async () => {
    const mock = await start();
    const rebound = await raw(`${mock.control}/reset`, {
      method: 'POST',
      headers: { host: `evil.example:${mock.server.port}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ title: 'Forbidden Host', detail: expect.stringContaining('--control-host') });
    expect((await raw(`${mock.control}/clock`, { headers: { host: `0.0.0.0:${mock.server.port}` } })).status).toBe(403);
    expect(await mock.accounts()).toHaveLength(1);
    for (const host of [`localhost:${mock.server.port}`, `127.0.0.1:${mock.server.port}`, `app.localhost:${mock.server.port}`]) {
      expect((await raw(`${mock.control}/clock`, { headers: { host } })).status, host).toBe(200);
    }
  });

  it('requires a JSON content type on every write, body or not, and changes nothing without one', async () => {
    const mock = await start();
    for (const [method, path, type] of [
      ['POST', '/reset', undefined],
      ['POST', '/reset', 'text/plain'],
      ['DELETE', '/sessions/default', undefined],
      ['POST', '/clock/freeze', 'application/x-www-form-urlencoded'],
    ] as const) {
      const answer = await raw(`${mock.control}${path}`, { method, headers: type ? { 'content-type': type } : {}, body: '' });
      expect(answer.status, `${method} ${path} ${type}`).toBe(415);
      expect(JSON.parse(answer.body).detail).toContain('Content-Type: application/json');
    }
    expect(await mock.accounts()).toHaveLength(1);
    expect(mock.app.control.clock.get().frozen).toBe(false);
    expect((await raw(`${mock.control}/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '' })).status).toBe(200);
    expect(await mock.accounts()).toHaveLength(0);
  });
});

describe('sessions are not for foreign pages', () => {
  it('refuses an API request from a foreign origin that names a session (403), creating no session; the API itself stays open', async () => {
    const mock = await start({ maxSessions: 3 });
    for (let i = 0; i < 5; i++) {
      const answer = await raw(`${mock.server.url}/v2/service-accounts`, {
        headers: { origin: 'https://evil.example', authorization: 'Bearer t', 'x-samock-session': `ci-${i}` },
      });
      expect(answer.status).toBe(403);
      expect(answer.headers['access-control-allow-origin']).toBe('https://evil.example');
    }
    expect(mock.app.sessions().map((s) => s.id)).toEqual(['default']);
    expect((await raw(`${mock.server.url}/v2/service-accounts`, { headers: { origin: 'https://evil.example', authorization: 'Bearer t' } })).status).toBe(200);
    expect(
      (
        await raw(`${mock.server.url}/v2/service-accounts`, {
          headers: { origin: 'http://localhost:5173', authorization: 'Bearer t', 'x-samock-session': 'dev' },
        })
      ).status,
    ).toBe(200);
  });

  it('lists only live sessions: idle ones are gone from GET /__control/sessions without waiting for another request', async () => {
    const mock = await start({ sessionIdleMs: 100 });
    await request(`${mock.server.url}/v2/service-accounts`, { headers: { 'x-samock-session': 'brief' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await request(`${mock.control}/sessions`, { token: null })).body.map((s: { id: string }) => s.id)).toEqual(['default']);
  });
});

describe('the control plane serves the pages and hosts it should', () => {
  it('lets a page on a loopback origin (a dev server on another port) drive it, with CORS', async () => {
    const mock = await start();
    const preflight = await raw(`${mock.control}/clock/advance`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const advanced = await raw(`${mock.control}/clock/advance`, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
      body: '{"ms":1000}',
    });
    expect(advanced.status).toBe(200);
    expect(advanced.headers['access-control-allow-origin']).toBe('http://localhost:5173');
  });

  it('lets origins and host names allowed with --control-origin and --control-host through', async () => {
    const mock = await start({ controlOrigins: ['https://qa.example.com'], controlHosts: ['mock.internal'] });
    const fromQa = await raw(`${mock.control}/clock`, { headers: { origin: 'https://qa.example.com' } });
    expect(fromQa.status).toBe(200);
    expect(fromQa.headers['access-control-allow-origin']).toBe('https://qa.example.com');
    expect((await raw(`${mock.control}/clock`, { headers: { host: `mock.internal:${mock.server.port}` } })).status).toBe(200);
    expect((await raw(`${mock.control}/clock`, { headers: { origin: 'https://qa.example.com.evil.example' } })).status).toBe(403);
  });

  it('with a control token, accepts any Host (a server bound beyond loopback is reached by its name) but only with the token', async () => {
    const mock = await start({ controlToken: 's3cret-control' });
    const host = { host: `mock.example.net:${mock.server.port}` };
    expect((await raw(`${mock.control}/clock`, { headers: host })).status).toBe(401);
    expect((await raw(`${mock.control}/clock`, { headers: { ...host, authorization: 'Bearer s3cret-contro' } })).status).toBe(401);
    expect((await raw(`${mock.control}/clock`, { headers: { ...host, authorization: 'Bearer s3cret-control' } })).status).toBe(200);
    // The token does not open the door to foreign pages: the Origin rule still holds.
    expect((await raw(`${mock.control}/clock`, { headers: { ...host, authorization: 'Bearer s3cret-control', origin: 'https://evil.example' } })).status).toBe(
      403,
    );
  });

  it("accepts the token's scheme in any case, and refuses an origin given without a scheme at start-up", async () => {
    const mock = await start({ controlToken: 'T0k' });
    expect((await raw(`${mock.control}/clock`, { headers: { authorization: 'bearer T0k' } })).status).toBe(200);
    expect((await raw(`${mock.control}/clock`, { headers: { authorization: 'BEARER  T0k ' } })).status).toBe(200);
    // `qa.internal:3000` parses as a URL whose origin is "null": it must not quietly allow sandboxed pages.
    for (const origin of ['qa.example.com', 'qa.internal:3000', 'https://qa.example.com/path']) {
      await expect(serve({ port: 0, apis: pick('lyve'), controlOrigins: [origin] }), origin).rejects.toThrow(/scheme:\/\/host/);
    }
    await expect(serve({ port: 0, apis: pick('lyve'), controlOrigins: ['null'] })).rejects.toThrow(/every page/);
  });

  it('applies the same rules in-process, through the msw handlers', async () => {
    const { app, handlers } = createMock({ apis: pick('lyve') });
    const server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      app.control.faults.add({ status: 503 });
      const base = 'https://api.lyvecloud.seagate.com/__control';
      expect((await fetch(`${base}/faults`, { method: 'DELETE' })).status).toBe(415);
      expect(
        (await fetch(`${base}/faults`, { method: 'DELETE', headers: { origin: 'https://evil.example', 'content-type': 'application/json' } })).status,
      ).toBe(403);
      expect(app.control.faults.list()).toHaveLength(1);
      expect((await fetch(`${base}/faults`, { method: 'DELETE', headers: { 'content-type': 'application/json' } })).status).toBe(204);
      expect(app.control.faults.list()).toEqual([]);
    } finally {
      server.close();
    }
  });
});
