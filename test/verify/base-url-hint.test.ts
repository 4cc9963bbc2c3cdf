import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lyve } from '../../mocks/lyve/index.js';
import { loadContract } from '../../src/contracts/load-contract.js';
import { formatReport } from '../../src/contracts/report.js';
import { runContract } from '../../src/contracts/runner.js';
import { startTestServer, type TestServer } from '../helpers.js';

/** `verify --api lyve --base-url <server root>` used to print 18 bare 404 failures and no hint. */
let mock: TestServer;
beforeAll(async () => {
  mock = await startTestServer({ apis: [lyve] });
});
afterAll(() => mock.close());

describe('when every request of a run misses, verify says once which base URL would match', () => {
  it("against samock's server root: names the prefix samock serves the API under", async () => {
    const report = await runContract(await loadContract('lyve'), { baseUrl: mock.url, token: 't' });
    expect(report.hint).toBe(`every request answered 404: this samock server serves lyve under "/v2" — try --base-url ${mock.url}/v2`);
    expect(formatReport(report).match(/Hint:/g)).toHaveLength(1);
  });

  it("against another server that answers 404 to everything: suggests the spec's server path", async () => {
    const server = createServer((_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('not here'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const report = await runContract(await loadContract('lyve'), { baseUrl: `http://127.0.0.1:${port}`, token: 't' });
      expect(report.hint).toBe(`every request answered 404: lyve's spec puts its API under "/v2" — try --base-url http://127.0.0.1:${port}/v2`);
    } finally {
      server.close();
    }
  });

  it('gives no hint when the base URL is right', async () => {
    const report = await runContract(await loadContract('lyve'), { baseUrl: mock.base, token: 't', allowWrites: false }, (check) => !check.writes);
    expect(report.results.some((r) => r.status === 'passed')).toBe(true);
    expect(report.hint).toBeUndefined();
  });
});
