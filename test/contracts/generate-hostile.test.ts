/**
 * `verify --generate` against what a real target can be: schemas with bounds no value meets, a
 * token every request is refused with, a server that stops answering, streams gigabytes or
 * echoes the token, and APIs whose creates are not a POST under their own path (TrueFoundry's
 * create-or-update PUT, wavefront's delete under `/account/{id}`), which must still be cleaned up.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { operationModels } from '../../src/contracts/generate/operations.js';
import { validRequests } from '../../src/contracts/generate/requests.js';
import { runGenerated } from '../../src/contracts/generate/run.js';
import { arbitraryFor } from '../../src/contracts/generate/schema-arbitrary.js';
import { createSender, MAX_ANSWER_BYTES } from '../../src/contracts/generate/send.js';
import { startTestServer, type TestServer } from '../helpers.js';

const lyve = vendors.find((api) => api.id === 'lyve')!;
const doc = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} } as unknown as Parameters<typeof arbitraryFor>[0];

/** A plain HTTP server for one test; `handle` decides what every request gets. */
async function rawServer(handle: Parameters<typeof createServer>[1]): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('schemas no value (or no reasonable value) meets', () => {
  const cases: [string, object][] = [
    ['a minimum beyond a million with no maximum', { type: 'integer', minimum: 5_000_000_000 }],
    ['a maximum below minus a million with no minimum', { type: 'number', maximum: -3_000_000 }],
    ['an exclusiveMinimum beyond a million', { type: 'integer', exclusiveMinimum: 2_000_000 }],
    ['minimum above maximum', { type: 'integer', minimum: 10, maximum: 1 }],
    ['no integer between its bounds', { type: 'integer', minimum: 0.2, maximum: 0.8 }],
    ['a multipleOf no value in range meets', { type: 'integer', minimum: 1, maximum: 3, multipleOf: 5 }],
    ['unique items from an enum of two, at least three of them', { type: 'array', uniqueItems: true, minItems: 3, items: { enum: ['a', 'b'] } }],
    ['unique booleans, at least five', { type: 'array', uniqueItems: true, minItems: 5, items: { type: 'boolean' } }],
    ['minLength above maxLength', { type: 'string', minLength: 5, maxLength: 2 }],
    ['a maxLength of a billion', { type: 'string', maxLength: 1_000_000_000 }],
    ['a minItems of a million', { type: 'array', minItems: 1_000_000, items: { type: 'string' } }],
  ];
  for (const [what, schema] of cases)
    it(`draws values for ${what} without throwing or hanging`, () => {
      const started = performance.now();
      const values = fc.sample(arbitraryFor(doc, schema), { seed: 1, numRuns: 50 });
      expect(values).toHaveLength(50);
      expect(performance.now() - started).toBeLessThan(5_000);
      // Lengths stay sendable: nothing over the drawn cap.
      for (const value of values) if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(10_000);
    });

  it('draws in range where a bound lies beyond a million', () => {
    const values = fc.sample(arbitraryFor(doc, { type: 'integer', minimum: 5_000_000_000 }), { seed: 2, numRuns: 100 }) as number[];
    expect(values.every((v) => Number.isInteger(v) && v >= 5_000_000_000)).toBe(true);
  });
});

describe('answers a verifier must survive', () => {
  it('reads no more than its cap of an endless answer, and says the answer was too big', async () => {
    let written = 0;
    const server = await rawServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      const pump = () => {
        while (written < 64 * 1024 * 1024 && res.write(chunk)) written += chunk.length;
        if (written < 64 * 1024 * 1024) res.once('drain', pump);
        else res.end();
      };
      pump();
    });
    try {
      const answer = await createSender(server.url).send({ operationId: 'x', method: 'GET', path: '/', query: [], headers: {} });
      expect(answer.error).toMatch(/over 8 MiB/);
      expect(answer.body).toBeUndefined();
      expect(written).toBeLessThan(64 * 1024 * 1024);
      expect(MAX_ANSWER_BYTES).toBe(8 * 1024 * 1024);
    } finally {
      await server.close();
    }
  });

  it('stops the run, shrinking included, when the server stops answering, and fails it saying so', async () => {
    let requests = 0;
    const server = await rawServer((req) => {
      requests++;
      req.socket.destroy();
    });
    try {
      const report = await runGenerated({
        api: 'lyve',
        spec: lyve.spec,
        baseUrl: `${server.url}/v2`,
        token: 't',
        isSamock: false,
        maxRequests: 1_000,
        seed: 3,
      });
      expect(requests).toBeLessThan(10);
      const stopped = report.results.find((r) => r.name === 'the server answers every request');
      expect(stopped).toMatchObject({ status: 'failed' });
      expect(stopped!.reason).toMatch(/^3 requests got no answer/);
      expect(report.results.filter((r) => r.status === 'skipped').every((r) => /stopped answering|--allow-writes/.test(r.reason!))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('never prints the token an answer echoes back', async () => {
    const token = 'tok-3f9a1c77e2';
    const server = await rawServer((req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `bad credentials: ${String(req.headers['x-auth-token'] ?? req.headers.authorization)}` }));
    });
    try {
      const report = await runGenerated({ api: 'lyve', spec: lyve.spec, baseUrl: `${server.url}/v2`, token, isSamock: false, maxRequests: 50, seed: 4 });
      const failed = report.results.filter((r) => r.status === 'failed');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.some((r) => r.reason!.includes('bad credentials'))).toBe(true);
      expect(JSON.stringify(report)).not.toContain(token);
    } finally {
      await server.close();
    }
  });
});

describe('runs against samock', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ readyAfterMs: 0 });
  });
  afterAll(() => server.close());
  const run = (api: string, options: Partial<Parameters<typeof runGenerated>[0]> & { session: string }) => {
    const definition = vendors.find((v) => v.id === api)!;
    const prefix = (definition.spec.servers?.[0]?.url ?? '').replace(/^[a-z]+:\/\/[^/]*/i, '');
    return runGenerated({
      api,
      spec: definition.spec,
      baseUrl: `${server.url}${prefix}`,
      token: 't',
      isSamock: true,
      maxRequests: 600,
      seed: 9,
      headers: { 'x-samock-session': options.session },
      ...options,
    });
  };

  it('fails a run whose every schema-valid request is refused (a wrong token), naming the statuses, instead of passing on refusals alone', async () => {
    const report = await run('lyve', { session: 'refused', token: 'invalid', isSamock: false });
    const refused = report.results.find((r) => r.name === 'schema-valid requests: at least one is accepted');
    expect(refused).toMatchObject({ status: 'failed' });
    expect(refused!.reason).toMatch(/^none of the \d+ schema-valid requests was accepted \(4\d\d ×\d+[^)]*\).*Check the token/);
  });

  it('passes the same run with a token samock accepts (no false alarm)', async () => {
    const report = await run('lyve', { session: 'accepted', isSamock: false });
    expect(report.results.find((r) => r.name === 'schema-valid requests: at least one is accepted')).toBeUndefined();
  });

  it("treats TrueFoundry's create-or-update PUT as a create: names carry the run's prefix, and clean-up deletes them all", async () => {
    const report = await run('truefoundry', { session: 'tfy' });
    expect(report.results.filter((r) => r.status === 'failed')).toEqual([]);
    expect(report.generated!.created).toBeGreaterThan(0);
    expect(report.results.some((r) => r.name.startsWith('sequence createOrUpdateVirtualAccount → getVirtualAccount'))).toBe(true);
    const headers = { authorization: 'Bearer t', 'x-samock-session': 'tfy' };
    const listed = (await fetch(`${server.url}/api/svc/v1/virtual-accounts`, { headers }).then((r) => r.json())) as { data: { name: string }[] };
    expect(listed.data).toEqual([]);
    // Every drawn create names its account with the run's prefix (an unprefixed name could be a real account's, which the PUT would overwrite).
    const truefoundry = vendors.find((v) => v.id === 'truefoundry')!;
    const put = operationModels('truefoundry', truefoundry.spec).find((m) => m.operationId === 'createOrUpdateVirtualAccount')!;
    let names = 0;
    const ctx = { document: truefoundry.spec, token: 't', headers: {}, known: () => [], freshName: () => `samock-verify-t-${++names}` };
    for (const request of fc.sample(validRequests(put, ctx)!, { seed: 5, numRuns: 100 }))
      expect((JSON.parse(request.body!) as { manifest: { name: string } }).manifest.name).toMatch(/^samock-verify-t-\d+$/);
  });

  it("cleans up wavefront's service accounts through DELETE /account/{id}, the only delete they have", async () => {
    const report = await run('wavefront', { session: 'wf' });
    expect(report.results.filter((r) => r.status === 'failed')).toEqual([]);
    expect(report.generated!.created).toBeGreaterThan(0);
    const listed = (await fetch(`${server.url}/api/v2/account/serviceaccount`, { headers: { authorization: 'Bearer t', 'x-samock-session': 'wf' } }).then((r) =>
      r.json(),
    )) as { response: { identifier: string }[] };
    expect(listed.response.filter((account) => account.identifier.startsWith('sa::samock-verify-'))).toEqual([]);
  });
});

describe('the CLI', () => {
  const cli = (...args: string[]) =>
    promisify(execFile)('node', [
      '--import',
      'tsx',
      'src/cli.ts',
      'verify',
      '--api',
      'lyve',
      '--base-url',
      'http://127.0.0.1:9/v2',
      '--generate',
      ...args,
    ]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
  it('refuses an empty --seed and one beyond 32 bits (they would draw the same requests as another seed)', async () => {
    for (const seed of ['', '2147483648', '9007199254740993']) {
      const result = await cli('--seed', seed);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--seed must be an integer from 0 to 2,147,483,647/);
    }
  });
});
