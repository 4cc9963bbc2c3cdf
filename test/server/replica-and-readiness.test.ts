import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { createApp } from '../../src/app/create-app.js';
import { defaultReplicaName, serve, type ServeResult } from '../../src/serve.js';
import { LIVE_PATH, READY_PATH, REPLICA_HEADER, startServer } from '../../src/server/start-server.js';
import { pick, request } from '../helpers.js';

let running: ServeResult[] = [];
afterEach(async () => {
  await Promise.all(running.map((r) => r.server.close()));
  running = [];
});
const start = async (options: Partial<Parameters<typeof serve>[0]> = {}) => {
  const served = await serve({ apis: pick('lyve', 'nscale'), port: 0, replica: 'replica-7', ...options });
  running.push(served);
  return served;
};

/** One request on a fresh connection (no keep-alive pool): its status and replica header, or the connection error. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; replica: string | undefined; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { agent: false, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, replica: res.headers[REPLICA_HEADER] as string | undefined, body }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end();
  });
}

describe('x-samock-replica: which replica answered', () => {
  it('is on every answer: an API success, its error, an unmatched path, the control plane, a preflight and the probes', async () => {
    const { server } = await start();
    const answers = await Promise.all([
      request(`${server.url}/v2/service-accounts`),
      request(`${server.url}/v2/service-accounts/nope`),
      request(`${server.url}/v2/service-accounts`, { token: null }),
      request(`${server.url}/nowhere/at/all`),
      request(`${server.url}/__control/clock`),
      request(`${server.url}/__control/clock`, { headers: { origin: 'https://evil.example' } }),
      fetch(`${server.url}/v2/service-accounts`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } }),
      fetch(`${server.url}${READY_PATH}`),
      fetch(`${server.url}${LIVE_PATH}`),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 404, 400, 404, 200, 403, 204, 200, 200]);
    expect(answers.map((a) => a.headers.get(REPLICA_HEADER))).toEqual(Array(answers.length).fill('replica-7'));
  });

  it('is there with the control plane off too, and defaults to SAMOCK_REPLICA, else HOSTNAME, else the host name', async () => {
    const { server } = await start({ control: false, replica: undefined });
    const off = await request(`${server.url}/__control/clock`);
    expect(off.status).toBe(404);
    expect(off.headers.get(REPLICA_HEADER)).toBe(defaultReplicaName());
    expect(defaultReplicaName({ SAMOCK_REPLICA: 'r2', HOSTNAME: 'pod-abc' })).toBe('r2');
    expect(defaultReplicaName({ HOSTNAME: 'samock-6d9f7-x2x4q' })).toBe('samock-6d9f7-x2x4q');
    // A host name is made a valid header value and replica name, never refused.
    expect(defaultReplicaName({ HOSTNAME: 'my host/with spaces' })).toBe('my-host-with-spaces');
  });

  it('is refused at start when it is not a plain name, which a header could not carry', async () => {
    await expect(serve({ apis: pick('lyve'), port: 0, replica: 'two words' })).rejects.toThrow(/replica must be 1–64 letters/);
    await expect(serve({ apis: pick('lyve'), port: 0, replica: 'x'.repeat(65) })).rejects.toThrow(/replica must be 1–64 letters/);
  });

  it('is absent when the server is started without one (startServer alone: the in-process default)', async () => {
    const server = await startServer(createApp({ apis: vendors }), { port: 0 });
    try {
      expect((await fetch(`${server.url}/v2/service-accounts`, { headers: { authorization: 'Bearer t' } })).headers.has(REPLICA_HEADER)).toBe(false);
    } finally {
      await server.close();
    }
  });
});

describe('readiness and liveness, for balancers and Kubernetes probes', () => {
  it('answer 200 with the replica, need no control token, and take only GET and HEAD', async () => {
    const { server } = await start({ controlToken: 'secret-token' });
    const ready = await request(`${server.url}${READY_PATH}`, { token: null });
    expect([ready.status, ready.body]).toEqual([200, { status: 'ready', replica: 'replica-7' }]);
    expect((await request(`${server.url}${LIVE_PATH}`, { token: null })).body).toEqual({ status: 'live', replica: 'replica-7' });
    const head = await fetch(`${server.url}${READY_PATH}`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    const post = await request(`${server.url}${READY_PATH}`, { method: 'POST', body: {} });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    // The control plane still wants its token: the probes open nothing else.
    expect((await request(`${server.url}/__control/clock`, { token: null })).status).toBe(401);
  });

  it('leave other paths under /__samock/ to the app: 404 as any unknown path', async () => {
    const { server } = await start();
    expect((await request(`${server.url}/__samock/other`)).status).toBe(404);
  });
});

describe('graceful shutdown', () => {
  it('without a drain delay, takes no new connection at once (readiness too is refused), and finishes the request in flight', async () => {
    const { server, shutdown } = await start();
    const url = `${server.url}/v2/service-accounts`;
    // In flight when the shutdown starts: a 1.5 s delay asked for with Prefer.
    const inFlight = request(url, { headers: { prefer: 'delay=1500' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopping = shutdown();
    expect(server.draining).toBe(true);
    const whileDraining = await rawGet(`${server.url}${READY_PATH}`);
    expect(whileDraining).toMatchObject({ error: 'ECONNREFUSED' });
    const answered = await inFlight;
    expect([answered.status, answered.headers.get(REPLICA_HEADER)]).toEqual([200, 'replica-7']);
    expect(await stopping).toEqual({ drained: true });
    expect(await rawGet(url)).toMatchObject({ error: 'ECONNREFUSED' });
  });

  it('with a drain delay, goes on serving new connections meanwhile, readiness 503 and liveness 200', async () => {
    const { server, shutdown } = await start({ drainDelayMs: 600 });
    const stopping = shutdown();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ready = await rawGet(`${server.url}${READY_PATH}`);
    expect(ready).toEqual({ status: 503, replica: 'replica-7', body: JSON.stringify({ status: 'draining', replica: 'replica-7' }) });
    expect(await rawGet(`${server.url}${LIVE_PATH}`)).toMatchObject({ status: 200 });
    expect(await rawGet(`${server.url}/v2/service-accounts`, { authorization: 'Bearer t' })).toMatchObject({ status: 200, replica: 'replica-7' });
    expect(await stopping).toEqual({ drained: true });
    expect(await rawGet(`${server.url}${READY_PATH}`)).toMatchObject({ error: 'ECONNREFUSED' });
  });

  it('cuts what is still in flight after the timeout, and says so', async () => {
    const { server, shutdown } = await start({ shutdownTimeoutMs: 200 });
    const inFlight = rawGet(`${server.url}/v2/service-accounts`, { authorization: 'Bearer t', prefer: 'delay=5000' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    expect(await shutdown()).toEqual({ drained: false });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await inFlight).toMatchObject({ error: 'ECONNRESET' });
  });
});
