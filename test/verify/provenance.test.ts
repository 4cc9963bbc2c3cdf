import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { lyve } from '../../mocks/lyve/index.js';
import { defineContract, type Check } from '../../src/contracts/define-contract.js';
import { expectStatus } from '../../src/contracts/expect.js';
import { formatJUnit } from '../../src/contracts/junit.js';
import { formatMarkdown } from '../../src/contracts/markdown.js';
import { formatVerifyReport } from '../../src/contracts/report.js';
import { runContract } from '../../src/contracts/runner.js';
import { hasFailures, type VerifyResult } from '../../src/contracts/verify.js';
import { startTestServer, type TestServer } from '../helpers.js';
import { casesOf, contractSuiteOf } from '../registry/what-an-api-has.js';
import { startNotSamockProxy, type Proxy } from './fixtures.js';

/**
 * Item 5 of the fidelity issue: a check of inferred behaviour that a real server contradicts
 * means samock guessed wrong, not that the vendor drifted. Here the "vendor" is samock behind
 * a proxy that hides its marker, and the suite has one documented and one inferred check
 * that both expect what the server does not do.
 */
const expectsTeapot = (provenance: Check['provenance']): Check => ({
  name: `listing answers 418 (${provenance && 'documented' in provenance ? 'documented' : 'inferred'})`,
  provenance,
  async run(t) {
    expectStatus(await t.call('listServiceAccounts'), 418);
  },
});
const contract = defineContract({
  api: 'lyve',
  spec: lyve.spec,
  checks: [expectsTeapot({ documented: 'an imaginary page, table 1' }), expectsTeapot({ inferred: 'nothing says otherwise' })],
});

let mock: TestServer;
let vendor: Proxy;
beforeAll(async () => {
  mock = await startTestServer({ apis: [lyve] });
  vendor = await startNotSamockProxy(mock.url);
});
afterAll(async () => {
  await vendor.close();
  await mock.close();
});

describe('checks carry their provenance', () => {
  it('against another server, a contradicted inferred check is "guess-wrong" with what the server does; a documented one fails', async () => {
    const report = await runContract(contract, { baseUrl: `${vendor.url}/v2`, token: 't' });
    expect(report.isSamock).toBe(false);
    expect(report.results.map((r) => [r.status, r.provenance])).toEqual([
      ['failed', { documented: 'an imaginary page, table 1' }],
      ['guess-wrong', { inferred: 'nothing says otherwise' }],
    ]);
    expect(report.results[1]!.reason).toMatch(
      /^samock's guess was wrong — the server does otherwise: GET \/v2\/service-accounts: expected status 418, got 200.*\(samock inferred: nothing says otherwise\)$/,
    );
  });

  it("against samock, an inferred check is samock's own promise: its failure is a failure", async () => {
    const report = await runContract(contract, { baseUrl: mock.base, token: 't' });
    expect(report.results.map((r) => r.status)).toEqual(['failed', 'failed']);
  });

  it('reports guesses apart from failures in the console, JUnit and Markdown, and they alone do not fail the run', async () => {
    const report = await runContract({ ...contract, checks: [contract.checks[1]!] }, { baseUrl: `${vendor.url}/v2`, token: 't' });
    const result: VerifyResult = { startedAt: new Date(), targets: [{ label: 'A', url: vendor.url, reports: [report] }] };
    expect(hasFailures(result)).toBe(false);
    expect(formatVerifyReport(result)).toMatch(
      /\? listing answers 418 \(inferred\)[\s\S]*GUESS WRONG: samock's guess was wrong[\s\S]*0 passed, 0 failed, 0 skipped, 1 of samock's guesses contradicted/,
    );
    expect(formatJUnit(result)).toMatch(/<skipped message="guess wrong: samock&apos;s guess was wrong/);
    expect(formatJUnit(result)).toContain('<property name="guessesContradicted" value="1"/>');
    const markdown = formatMarkdown(result);
    expect(markdown).toMatch(/## Failures\n\nNone\.\n[\s\S]*## samock's guesses the server contradicts\n\n### lyve: listing answers 418 \(inferred\)/);
  });

  it('shows documented failures with where the expectation comes from', async () => {
    const report = await runContract({ ...contract, checks: [contract.checks[0]!] }, { baseUrl: `${vendor.url}/v2`, token: 't' });
    const result: VerifyResult = { startedAt: new Date(), targets: [{ label: 'A', url: vendor.url, reports: [report] }] };
    expect(formatVerifyReport(result)).toContain('(documented: an imaginary page, table 1)');
    expect(formatMarkdown(result)).toContain('*documented: an imaginary page, table 1*');
  });

  it('refuses a provenance without its document or its reason', () => {
    expect(() => defineContract({ api: 'x', spec: lyve.spec, checks: [{ name: 'n', provenance: { inferred: ' ' }, run: async () => {} }] })).toThrow(
      /provenance must be/,
    );
  });
});

describe('only a well-formed answer can prove a guess wrong', () => {
  const inferred = { inferred: 'nothing says otherwise' } as const;
  const outage = (path: string): Check => ({
    name: `GET ${path} answers 404`,
    provenance: inferred,
    async run(t) {
      expectStatus(await t.request(path), 404);
    },
  });

  it('an inferred check that meets a 5xx fails (an outage is not evidence), naming the answer', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>down</h1>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as import('node:net').AddressInfo;
    try {
      const report = await runContract(
        defineContract({ api: 'lyve', spec: lyve.spec, checks: [outage('/nope'), { ...expectsTeapot(inferred), name: 'list' }] }),
        { baseUrl: `http://127.0.0.1:${port}/v2`, token: 't' },
      );
      expect(report.results.map((r) => r.status)).toEqual(['failed', 'failed']);
      expect(report.results[0]!.reason).toContain('GET /v2/nope → 503');
      expect(report.results[0]!.reason).toContain('<h1>down</h1>');
    } finally {
      server.close();
    }
  });

  it('an inferred check whose request gets no answer fails, it is not a guess', async () => {
    const { createServer } = await import('node:net');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as import('node:net').AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const report = await runContract(defineContract({ api: 'lyve', spec: lyve.spec, checks: [outage('/nope')] }), {
      baseUrl: `http://127.0.0.1:${port}/v2`,
      token: 't',
    });
    expect([report.results[0]!.status, report.results[0]!.reason]).toEqual(['failed', expect.stringContaining('the request failed')]);
  });

  it('a guess proved wrong by a non-JSON answer says what the server sent: status, content type and body', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<p>no such page</p>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as import('node:net').AddressInfo;
    try {
      const lyveContract = (await import('../../contracts/lyve.contract.js')).contract;
      const check = lyveContract.checks.find((c) => c.name.startsWith('an unknown path under /v2'))!;
      const report = await runContract({ ...lyveContract, checks: [check] }, { baseUrl: `http://127.0.0.1:${port}/v2`, token: 't' });
      expect(report.results[0]!.status).toBe('guess-wrong');
      expect(report.results[0]!.reason).toMatch(/→ 404 \(text\/html\): expected a \{code, message\} body; got "<p>no such page<\/p>"/);
    } finally {
      server.close();
    }
  });
});

describe('every built-in suite says where each expectation comes from', () => {
  // Every registered API's suite; an API without one is skipped, saying so.
  for (const c of casesOf(vendors, (id) => `${id}: every check has a documented source or an inferred reason`, contractSuiteOf)) {
    it.skipIf(c.lacks !== undefined)(c.title, async () => {
      const { loadContract } = await import('../../src/contracts/load-contract.js');
      const suite = await loadContract(c.id);
      expect(suite.checks.filter((check) => !check.provenance).map((check) => check.name)).toEqual([]);
    });
  }
});
