import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../contracts/lakesail.contract.js';
import { lakesail } from '../../mocks/lakesail/index.js';
import { createApp } from '../../src/core/app.js';
import { runContract, type ContractReport } from '../../src/contracts/runner.js';
import { createHandlers } from '../../src/msw/create-handlers.js';
import { startTestServer, type TestServer } from '../helpers.js';

const checkNames = contract.checks.map((check) => check.name);
/** The spec's server URL `https://{host}` with each variable's default: what clients call, and what msw intercepts. */
const server = lakesail.spec.servers![0] as { url: string; variables?: Record<string, { default: string }> };
const VENDOR_BASE_URL = server.url.replace(/\{(\w+)\}/g, (_, name: string) => server.variables![name]!.default);

describe('the lakesail contract suite against the standalone server', () => {
  let mock: TestServer;
  let report: ContractReport;
  beforeAll(async () => {
    mock = await startTestServer({ apis: [lakesail] });
    report = await runContract(contract, { baseUrl: mock.base, token: 'contract-test' });
  }, 120_000);
  afterAll(() => mock.close());

  it('recognises the target as a samock server mounted at the root and runs every check', () => {
    expect(mock.base).toBe(mock.url);
    expect(report.isSamock).toBe(true);
    expect(report.results.map((r) => r.name)).toEqual(checkNames);
  });

  it.each(checkNames)('passes: %s', (name) => {
    expect(report.results.find((r) => r.name === name)).toMatchObject({ status: 'passed' });
  });

  it('leaves no service account behind (every check cleans up)', async () => {
    const response = await fetch(`${mock.base}/api/org/v1/service-accounts`, { headers: { authorization: 'Bearer t' } });
    expect(await response.json()).toEqual({ items: [] });
  });

  it('gives the same verdicts through msw setupServer as over the standalone server', async () => {
    const app = createApp({ apis: [lakesail], strict: true });
    const interceptor = setupServer(...createHandlers(app));
    interceptor.listen({ onUnhandledRequest: 'error' });
    try {
      expect(VENDOR_BASE_URL).toBe('https://platform.lakesail.com');
      const viaMsw = await runContract(contract, { baseUrl: VENDOR_BASE_URL, token: 'contract-test' });
      expect(viaMsw.isSamock).toBe(true);
      expect(viaMsw.results.map((r) => [r.name, r.status])).toEqual(report.results.map((r) => [r.name, r.status]));
    } finally {
      interceptor.close();
    }
  }, 120_000);
});
