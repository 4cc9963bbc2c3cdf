import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../src/contracts/load-contract.js';
import { runContract } from '../../src/contracts/runner.js';
import { createRemoteControl } from '../../src/control/remote-control.js';
import { startTestServer, type TestServer } from '../helpers.js';

let mock: TestServer;
beforeAll(async () => {
  mock = await startTestServer({ api: 'lyve' });
});
afterAll(() => mock.close());

describe('verify --session: a contract run in a session of its own, as pipelines sharing a mock run it', () => {
  it('sends X-Samock-Session on every request: the session journals the run, the default session sees none of it', async () => {
    const contract = await loadContract('lyve');
    const first = new Set(contract.checks.slice(0, 6).map((check) => check.name));
    const report = await runContract(contract, { baseUrl: mock.base, token: 'samock-verify', session: 'pipeline-7' }, (check) => first.has(check.name));
    expect(report.isSamock).toBe(true);
    expect(report.results.filter((r) => r.status === 'failed')).toEqual([]);
    expect(report.results.filter((r) => r.status === 'passed').length).toBeGreaterThan(3);
    const control = createRemoteControl(mock.url);
    const journal = await control.forSession('pipeline-7').journal.list();
    expect(journal.length).toBeGreaterThan(5);
    expect(journal.every((entry) => entry.session === 'pipeline-7')).toBe(true);
    expect(await control.journal.list()).toEqual([]);
  });
});
