/**
 * The pieces of `verify --generate`: what it draws is what the spec says (valid requests pass the
 * spec's own validators, invalid ones break them), the curl it prints reproduces the request
 * without printing the token, and a run keeps to its budget, its rate, its seed and read-only mode.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { toCurl } from '../../src/contracts/generate/curl.js';
import { operationModels, type OperationModel } from '../../src/contracts/generate/operations.js';
import { invalidRequests, validRequests, type DrawContext, type GeneratedRequest } from '../../src/contracts/generate/requests.js';
import { runGenerated } from '../../src/contracts/generate/run.js';
import { createRemoteControl } from '../../src/control/remote-control.js';
import { startTestServer, type TestServer } from '../helpers.js';

const context = (api: (typeof vendors)[number]): DrawContext => {
  let names = 0;
  return { document: api.spec, token: 'tok', headers: {}, known: () => [], freshName: () => `samock-verify-t-${++names}` };
};

/** What samock's dispatch checks of a request: parameters and body against the operation's validators. */
function specIssues(model: OperationModel, request: GeneratedRequest): string[] {
  const values = [...model.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const pattern = new RegExp(`^${model.path.replace(/\{[^}]+\}/g, '([^/]*)')}$`);
  const found = pattern.exec(request.path)!.slice(1);
  const path = Object.fromEntries(values.map((name, i) => [name, decodeURIComponent(found[i]!)]));
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of request.query) query[name] = name in query ? ([] as string[]).concat(query[name]!, value) : value;
  const issues = model.validators.params({ path, query, headers: request.headers }).issues.map((issue) => `${issue.location} ${issue.pointer} ${issue.rule}`);
  if (model.body) {
    if (request.body === undefined) {
      if (model.body.required) issues.push('body missing');
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(request.body);
      } catch {
        return [...issues, 'body malformed'];
      }
      issues.push(...model.validators.body.issues(parsed, request.body.length).map((issue) => `body ${issue.pointer} ${issue.rule}`));
    }
  }
  return issues;
}

describe('generated requests follow the spec', () => {
  for (const api of vendors) {
    it(`${api.id}: every schema-valid request it draws passes the spec's validators, for every operation`, () => {
      for (const model of operationModels(api.id, api.spec)) {
        const arbitrary = validRequests(model, context(api));
        expect(arbitrary, model.operationId).toBeDefined();
        for (const request of fc.sample(arbitrary!, { seed: 3, numRuns: 60 }))
          expect([model.operationId, specIssues(model, request)]).toEqual([model.operationId, []]);
      }
    });

    it(`${api.id}: every invalid request it draws breaks exactly the rule it names (the spec's validators refuse it, or its credentials, type or JSON are wrong)`, () => {
      const rules = new Set<string>();
      for (const model of operationModels(api.id, api.spec)) {
        for (const request of fc.sample(invalidRequests(model, context(api))!, { seed: 4, numRuns: 80 })) {
          expect(request.breaks, model.operationId).toBeTruthy();
          rules.add(request.breaks!.replace(/^(body|query|path|header) \S+: /, '$1 '));
          if (request.breaks!.startsWith('credentials: missing')) expect(request.headers[model.credential!.header]).toBeUndefined();
          else if (request.breaks!.startsWith('credentials: an invalid token')) expect(request.headers[model.credential!.header]).toMatch(/invalid$/);
          else if (request.breaks!.startsWith('content-type')) expect(request.headers['content-type']).toBe('text/plain');
          else expect([model.operationId, request.breaks, specIssues(model, request).length > 0]).toEqual([model.operationId, request.breaks, true]);
        }
      }
      // Several kinds of break for every API, not one kind over and over.
      expect(rules.size).toBeGreaterThanOrEqual(5);
    });
  }

  it('draws the edges: bodies at the longest and shortest allowed lengths, and optional fields left out', () => {
    const lyve = vendors.find((api) => api.id === 'lyve')!;
    // updatePermission: its name (ResourceName: 1–128 characters) is drawn as is (a create's carries the run's prefix).
    const model = operationModels('lyve', lyve.spec).find((m) => m.operationId === 'updatePermission')!;
    const bodies = fc
      .sample(validRequests(model, context(lyve))!, { seed: 9, numRuns: 300 })
      .map((r) => JSON.parse(r.body!) as { name: string; description?: string });
    const lengths = bodies.map((body) => body.name.length);
    expect(Math.min(...lengths)).toBe(1);
    expect(Math.max(...lengths)).toBe(128);
    expect(bodies.some((body) => body.description === undefined)).toBe(true);
    expect(bodies.some((body) => body.description !== undefined)).toBe(true);
  });
});

describe('the curl it prints', () => {
  const request: GeneratedRequest = {
    operationId: 'x',
    method: 'POST',
    path: '/v2/a%20b',
    query: [['q', "it's"]],
    headers: { accept: 'application/json', authorization: 'Bearer s3cr$t', 'content-type': 'application/json' },
    body: `{"name":"o'brien $HOME"}`,
  };

  it('reads the token from $SAMOCK_TOKEN instead of printing it, and quotes everything else for the shell', () => {
    const curl = toCurl('http://127.0.0.1:1', request, 's3cr$t');
    expect(curl).not.toContain('s3cr');
    expect(curl).toBe(
      `curl -i -X POST 'http://127.0.0.1:1/v2/a%20b?q=it%27s' -H 'accept: application/json' -H "authorization: Bearer $SAMOCK_TOKEN" -H 'content-type: application/json' ` +
        `--data-raw '{"name":"o'\\''brien $HOME"}'`,
    );
  });

  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ api: 'lyve', readyAfterMs: 0 });
  });
  afterAll(() => server.close());

  it('sends, run by a shell, the request the generator sent: same method, path and body', async () => {
    const lyve = vendors.find((api) => api.id === 'lyve')!;
    const model = operationModels('lyve', lyve.spec).find((m) => m.operationId === 'createPermission')!;
    const [drawn] = fc.sample(validRequests(model, { ...context(lyve), token: 'from-env' })!, { seed: 2, numRuns: 1 });
    const { stdout } = await promisify(execFile)('sh', ['-c', toCurl(server.base, drawn!, 'from-env')], { env: { ...process.env, SAMOCK_TOKEN: 'from-env' } });
    expect(stdout).toMatch(/^HTTP\/1\.1 200/);
    const [entry] = await createRemoteControl(server.url).journal.list({ operation: 'createPermission' });
    expect([entry!.method, entry!.path, entry!.status]).toEqual(['POST', '/v2/permissions', 200]);
    const listed = await fetch(`${server.base}/permissions`, { headers: { authorization: 'Bearer t' } }).then((r) => r.json() as Promise<{ name: string }[]>);
    expect(listed.map((p) => p.name)).toContain(JSON.parse(drawn!.body!).name);
  });
});

describe('a generated run', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ readyAfterMs: 0 });
  });
  afterAll(() => server.close());
  const journal = (session: string) => createRemoteControl(server.url, { session }).journal.list();
  const generate = (session: string, options: Partial<Parameters<typeof runGenerated>[0]> = {}) => {
    const lyve = vendors.find((api) => api.id === 'lyve')!;
    return runGenerated({
      api: 'lyve',
      spec: lyve.spec,
      baseUrl: `${server.url}/v2`,
      token: 't',
      isSamock: true,
      maxRequests: 300,
      seed: 21,
      headers: { 'x-samock-session': session },
      ...options,
    });
  };

  it('sends no more than --max-requests (besides shrinking and clean-up) and reaches every phase with a small budget', async () => {
    const report = await generate('budget', { maxRequests: 120 });
    expect(report.generated!.requests).toBe(120);
    expect(report.results.filter((r) => r.status === 'skipped')).toEqual([]);
    expect(report.results.filter((r) => r.status !== 'passed')).toEqual([]);
    // Clean-up deleted what was created: no account of the run is left.
    const left = await fetch(`${server.url}/v2/service-accounts`, { headers: { authorization: 'Bearer t', 'x-samock-session': 'budget' } }).then(
      (r) => r.json() as Promise<{ name: string }[]>,
    );
    expect(left.filter((account) => account.name.startsWith('samock-verify-'))).toEqual([]);
  });

  it('draws the same requests from the same seed', async () => {
    await generate('seed-a');
    await generate('seed-b');
    const shape = (entries: Awaited<ReturnType<typeof journal>>) => entries.map((e) => `${e.method} ${e.status}`);
    const [a, b] = [await journal('seed-a'), await journal('seed-b')];
    expect(a.length).toBeGreaterThan(250);
    expect(shape(a)).toEqual(shape(b));
  });

  it('sends only reads against a server it may not change (read-only unless writes are allowed), and says why it skipped the rest', async () => {
    const report = await generate('read-only', { isSamock: false });
    const methods = new Set((await journal('read-only')).map((entry) => entry.method));
    expect([...methods]).toEqual(['GET']);
    const skipped = report.results.filter((r) => r.status === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((r) => /--allow-writes/.test(r.reason!))).toBe(true);
  });

  it('keeps to --rate', async () => {
    const started = performance.now();
    await generate('rate', { maxRequests: 30, rate: 20 });
    expect(performance.now() - started).toBeGreaterThan(1_300);
  });
});
