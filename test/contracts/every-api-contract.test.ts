import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { createApp } from '../../src/app/create-app.js';
import { loadContract } from '../../src/contracts/load-contract.js';
import { runContract, type ContractReport } from '../../src/contracts/runner.js';
import { createHandlers } from '../../src/msw/create-handlers.js';
import { startTestServer, vendorUrl, type TestServer } from '../helpers.js';
import { casesOf, contractSuiteOf, describeCases } from '../registry/what-an-api-has.js';

/**
 * Every registered API's contract suite, run as CI runs it: against the standalone
 * server on a random port (strict, so the mock's own answers are checked too), and
 * through msw at the vendor's URL, expecting the same verdicts. A new API is covered
 * by adding it to the vendors; one without contracts/<id>.contract.ts is skipped, saying so.
 */
/** A check samock skips in permissive auth mode, which accepts any token. */
const needsStrictAuth = (result: { status: string; reason?: string }) => result.status === 'skipped' && /permissive auth/.test(result.reason ?? '');

describeCases(
  casesOf(vendors, (id) => `the ${id} contract suite`, contractSuiteOf),
  (_file, api) => {
    const id = api.id;
    let mock: TestServer;
    let report: ContractReport;
    let checkNames: string[] = [];
    beforeAll(async () => {
      const contract = await loadContract(id);
      checkNames = contract.checks.map((check) => check.name);
      // Generous readiness: "not ready right after create" must hold even on a loaded CI machine.
      mock = await startTestServer({ apis: [api], readyAfterMs: 600 });
      report = await runContract(contract, { baseUrl: mock.base, token: 'contract-test' });
    }, 180_000);
    afterAll(() => mock.close());

    it('recognises the standalone server as samock and runs every check', () => {
      expect(report.isSamock).toBe(true);
      expect(report.results.map((r) => r.name)).toEqual(checkNames);
    });

    it('passes every check against the standalone server (those about strict auth skip, saying so)', () => {
      const failed = report.results.filter((r) => r.status !== 'passed' && !needsStrictAuth(r)).map((r) => `${r.name}: ${r.status} — ${r.reason}`);
      expect(failed).toEqual([]);
    });

    it('passes the checks about strict auth against a server in strict auth mode', async () => {
      const strictOnly = report.results.filter(needsStrictAuth).map((r) => r.name);
      const strict = await startTestServer({ apis: [api], readyAfterMs: 600, auth: 'strict', acceptedTokens: ['contract-test'] });
      try {
        const strictReport = await runContract(await loadContract(id), { baseUrl: strict.base, token: 'contract-test' }, (check) =>
          strictOnly.includes(check.name),
        );
        expect(strictReport.results.map((r) => [r.name, r.status, r.reason])).toEqual(strictOnly.map((name) => [name, 'passed', undefined]));
      } finally {
        await strict.close();
      }
    }, 180_000);

    it('leaves no session of its own behind (checks that open a private session delete it)', () => {
      expect(mock.app.sessions().map((s) => s.id)).toEqual(['default']);
    });

    it('gives the same verdicts through msw setupServer at the vendor URL', async () => {
      const app = createApp({ apis: [api], strict: true, readyAfterMs: 600 });
      const server = setupServer(...createHandlers(app));
      server.listen({ onUnhandledRequest: 'error' });
      try {
        const viaMsw = await runContract(await loadContract(id), { baseUrl: vendorUrl(api.spec), token: 'contract-test' });
        expect(viaMsw.isSamock).toBe(true);
        expect(viaMsw.results.map((r) => [r.name, r.status])).toEqual(report.results.map((r) => [r.name, r.status]));
      } finally {
        server.close();
      }
    }, 180_000);
  },
);
