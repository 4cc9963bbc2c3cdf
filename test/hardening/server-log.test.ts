import { spawn } from 'node:child_process';
import { request as rawRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers.js';
import { findStackTrace } from '../setup/stack-trace.js';

/**
 * The whole server, as users run it (`samock serve`, all five APIs, strict), in a process
 * of its own: hostile traffic over real HTTP answers no 5xx, and its log — stdout and
 * stderr — holds no stack trace and no credential once the traffic is over.
 */
let server: { url: string; log: () => string; stop(): Promise<void> };

beforeAll(async () => {
  const child = spawn('node', [...CLI, 'serve', '--port', '0', '--strict', '--ready-after', '0', '--max-sessions', '20'], {
    env: { ...process.env, SAMOCK_DEBUG: '' },
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`samock did not start: ${log}`)), 25_000);
    const poll = setInterval(() => {
      const found = /listening on (http:\/\/\S+)[\s\S]*\n\s+control\s[^\n]*\n/.exec(log);
      if (found) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(found[1]!);
      }
    }, 50);
    child.on('exit', (code) => reject(new Error(`samock exited ${code}: ${log}`)));
  });
  server = {
    url,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}, 30_000);
afterAll(() => server?.stop());

interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

function send({ method, path, headers = {}, body }: Sent): Promise<number> {
  return new Promise((resolve) => {
    const req = rawRequest(
      `${server.url}${path}`,
      { method, headers: { ...headers, ...(body !== undefined && { 'content-length': String(Buffer.byteLength(body)) }) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    // A dropped connection (a refused header size, say) is not a 5xx: report it as 0.
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

const creates: [string, string][] = [
  ['POST', '/v2/service-accounts'],
  ['POST', '/api/org/v1/service-accounts'],
  ['POST', '/api/v1/organizations/org1/serviceaccounts'],
  ['POST', '/api/v2/account/serviceaccount'],
  ['PUT', '/api/svc/v1/virtual-accounts'],
  ['POST', '/v2/auth/token'],
  ['PUT', '/__control/state/truefoundry'],
  ['PUT', '/__control/state/lyve'],
  ['POST', '/__control/faults'],
  ['POST', '/__control/clock/advance'],
];
const json = { authorization: 'Bearer t', 'content-type': 'application/json' };
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const hostile: Omit<Sent, 'method' | 'path'>[] = [
  { headers: json, body: deep(20_000) },
  { headers: json, body: `{"manifest":{"name":"deep","type":"virtual-account","permissions":[],"x":${deep(3_000)}}}` },
  { headers: json, body: `{"name":"${'x'.repeat(300_000)}"}` },
  { headers: json, body: 'y'.repeat(3 * 1024 * 1024) },
  { headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync('{"name":"zipped"}') },
  { headers: { ...json, 'content-type': 'application/json; charset=utf-16' }, body: '{"name":"x"}' },
  { headers: json, body: '{"accessKey":"AKIAHOSTILEKEY0001","secret":"hostile-Secret-0001"' },
  { headers: { ...json, authorization: 'MyHostileToken0001' }, body: '{"name":"x"}' },
  { headers: { ...json, origin: 'https://evil.example' }, body: '{"ms":1}' },
  { headers: { ...json, host: 'evil.example' }, body: '{"ms":1}' },
  { headers: { ...json, 'x-samock-session': 'bad id!' }, body: '{}' },
  { headers: { ...json, prefer: 'code=999, delay=-1' }, body: '{}' },
  { headers: json, body: '{"ms":3153600000000}' },
];

describe('the standalone server under hostile traffic', () => {
  it('answers every hostile request without a 5xx', async () => {
    for (const [method, path] of creates) {
      for (const request of hostile) {
        const status = await send({ method, path, ...request });
        expect(status, `${method} ${path} ${JSON.stringify(request.headers)} ${String(request.body).slice(0, 60)}`).toBeLessThan(500);
      }
    }
    // The clock pushed as far as it goes, a session cap reached, then ordinary requests.
    for (let i = 0; i < 40; i++)
      await send({ method: 'POST', path: '/__control/clock/advance', headers: { ...json, 'x-samock-session': `s${i}` }, body: '{"ms":3153600000000}' });
    expect(await send({ method: 'GET', path: '/__control/clock', headers: { 'x-samock-session': 's1' } })).toBe(200);
    expect(await send({ method: 'GET', path: '/__control/clock', headers: { 'x-samock-session': 'over-the-cap' } })).toBe(429);
    expect(
      await send({
        method: 'POST',
        path: '/v2/service-accounts',
        headers: { ...json, 'x-samock-session': 's1' },
        body: '{"name":"after","permissions":["default-permission"]}',
      }),
    ).toBe(200);
    expect(await send({ method: 'GET', path: `/v2/${'%'.repeat(3)}`, headers: json })).toBe(404);
    // Node refuses oversized headers itself (431, and the connection is closed, which a client may see first).
    expect([0, 431]).toContain(await send({ method: 'GET', path: '/v2/service-accounts', headers: { ...json, 'x-long': 'z'.repeat(64 * 1024) } }));
  }, 120_000);

  it('answers 300 arbitrary requests over HTTP without a 5xx', async () => {
    const arbitrary = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
      path: fc.oneof(
        fc.constantFrom(...creates.map(([, path]) => path)),
        fc.string({ maxLength: 20 }).map((s) => `/api/v2/apitoken/serviceaccount/sa::x/${encodeURIComponent(s)}`),
      ),
      body: fc.oneof(fc.json(), fc.string(), fc.integer({ min: 100, max: 5_000 }).map(deep)),
      authorization: fc.constantFrom('Bearer t', 'MyHostileToken0002', 'Basic eDp5', ''),
      origin: fc.constantFrom('', 'https://evil.example', 'null', 'http://localhost:5173'),
    });
    for (const { method, path, body, authorization, origin } of fc.sample(arbitrary, { numRuns: 300 })) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (authorization) headers.authorization = authorization;
      if (origin) headers.origin = origin;
      const status = await send({ method, path, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body });
      expect(status, `${method} ${path}`).toBeLessThan(500);
    }
  }, 120_000);

  it('logged no stack trace and no credential during all of it', () => {
    const log = server.log();
    expect(log).toContain('listening on');
    expect(findStackTrace(log), log.slice(0, 4_000)).toBeUndefined();
    expect(log).not.toMatch(/AKIAHOSTILEKEY0001|hostile-Secret-0001|MyHostileToken000/);
  });
});
