import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../contracts/truefoundry.contract.js';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import { createApp } from '../../src/core/app.js';
import { runContract, type ContractReport } from '../../src/contracts/runner.js';
import { createHandlers } from '../../src/msw/create-handlers.js';
import { startTestServer, type TestServer } from '../helpers.js';

/** The spec's server URL with its variable at the default: where msw intercepts. */
const VENDOR_URL = 'https://app.truefoundry.com';
const checkNames = contract.checks.map((check) => check.name);

describe('the truefoundry contract suite against the standalone server', () => {
  let mock: TestServer;
  let report: ContractReport;
  beforeAll(async () => {
    mock = await startTestServer({ apis: [truefoundry] });
    report = await runContract(contract, { baseUrl: mock.base, token: 'contract-test' });
  }, 120_000);
  afterAll(() => mock.close());

  it('recognises the target as a samock server and runs every check', () => {
    expect(report.isSamock).toBe(true);
    expect(report.results.map((r) => r.name)).toEqual(checkNames);
  });

  it.each(checkNames)('passes: %s', (name) => {
    expect(report.results.find((r) => r.name === name)).toMatchObject({ status: 'passed' });
  });

  it('gives the same verdicts through msw setupServer as over the standalone server', async () => {
    const app = createApp({ apis: [truefoundry], strict: true });
    const server = setupServer(...createHandlers(app));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const viaMsw = await runContract(contract, { baseUrl: VENDOR_URL, token: 'contract-test' });
      expect(viaMsw.results.map((r) => [r.name, r.status])).toEqual(report.results.map((r) => [r.name, r.status]));
    } finally {
      server.close();
    }
  }, 120_000);
});
