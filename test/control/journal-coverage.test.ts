import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { JournalFilter } from '../../src/control/journal.js';
import { request } from '../helpers.js';
import { control, createAccount, createWidget, startTwoApis } from './helpers.js';

let mock: Awaited<ReturnType<typeof startTwoApis>>;
beforeAll(async () => {
  mock = await startTwoApis({ journalCap: 5 });
});
afterAll(() => mock.close());
beforeEach(async () => {
  await mock.remote.journal.clear();
  await mock.remote.reset();
});

describe('request journal', () => {
  it('records each request with time, API, operation, status, duration and no secrets', async () => {
    const created = (await createAccount(mock.lyve, 'journaled')).body;
    const { token } = (await request(`${mock.lyve}/auth/token`, { method: 'POST', token: null, body: { accountId: 'a', accessKey: 'k', secret: 's' } })).body;
    const journal = await mock.remote.journal.list();
    expect(journal).toEqual([
      expect.objectContaining({
        api: 'lyve',
        operationId: 'createServiceAccount',
        method: 'POST',
        path: '/v2/service-accounts',
        status: 200,
        session: 'default',
        requestViolations: [],
        responseViolations: [],
      }),
      expect.objectContaining({ api: 'lyve', operationId: 'createToken', status: 200 }),
    ]);
    expect(journal[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(journal[0]!.at)).not.toBeNaN();
    const text = JSON.stringify(journal);
    for (const secret of [created.secret, created.accessKey, token]) expect(text).not.toContain(secret);
  });

  it('records request violations with pointer, rule, expected and actual, and unmatched requests', async () => {
    await createWidget(mock.widgets, 'Bad Name');
    await request(`${mock.url}/nowhere`);
    const journal = await mock.remote.journal.list();
    expect(journal[0]).toMatchObject({ api: 'widgets', operationId: 'createWidget', status: 400 });
    expect(journal[0]!.requestViolations).toEqual([
      { location: 'body', pointer: '/name', rule: 'pattern', message: expect.stringContaining('name'), expected: '^[a-z]+$', actual: 'Bad Name' },
    ]);
    expect(journal[1]).toMatchObject({ api: null, operationId: null, method: 'GET', path: '/nowhere', status: 404 });
  });

  it('records a wrong method, an unknown path and a missing or non-Bearer Authorization as violations', async () => {
    await request(`${mock.lyve}/service-accounts`, { method: 'PATCH' });
    await request(`${mock.lyve}/service-accounts`, { token: null });
    await request(`${mock.widgets}/widgets`, { token: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    await request(`${mock.url}/nope`);
    const journal = await mock.remote.journal.list({ violations: true });
    expect(journal.map((e) => [e.status, e.requestViolations.map((v) => `${v.location}:${v.rule}:${String(v.actual)}`)])).toEqual([
      [405, ['method:method:PATCH']],
      [400, ['header:security:null']],
      [401, ['header:security:«redacted»']],
      [404, ['route:path:/nope']],
    ]);
  });

  it('filters by api, operation, status and violations', async () => {
    await createWidget(mock.widgets, 'ok');
    await createWidget(mock.widgets, 'NOT OK');
    await request(`${mock.lyve}/service-accounts`);
    const ask = async (filter: JournalFilter) => (await mock.remote.journal.list(filter)).map((e) => `${e.operationId}:${e.status}`);
    expect(await ask({ api: 'widgets' })).toEqual(['createWidget:201', 'createWidget:400']);
    expect(await ask({ operation: 'listServiceAccounts' })).toEqual(['listServiceAccounts:200']);
    expect(await ask({ status: 400 })).toEqual(['createWidget:400']);
    expect(await ask({ violations: true })).toEqual(['createWidget:400']);
    expect(await ask({ violations: false, limit: 1 })).toEqual(['listServiceAccounts:200']);
    // The query is validated against specs/control.yaml.
    expect((await control(`${mock.control}/requests?status=abc`)).status).toBe(400);
  });

  it('keeps only the newest entries past its cap, and DELETE clears it', async () => {
    for (let i = 0; i < 8; i++) await request(`${mock.widgets}/widgets/w${i}`);
    const journal = await mock.remote.journal.list();
    expect(journal.map((e) => e.path)).toEqual(['/api/widgets/w3', '/api/widgets/w4', '/api/widgets/w5', '/api/widgets/w6', '/api/widgets/w7']);
    expect((await control(`${mock.control}/requests`, { method: 'DELETE' })).status).toBe(204);
    expect(await mock.remote.journal.list()).toEqual([]);
  });

  it('marks answers forced by Prefer or a fault', async () => {
    await request(`${mock.lyve}/service-accounts`, { headers: { prefer: 'code=503' } });
    expect((await mock.remote.journal.list())[0]).toMatchObject({ status: 503, forcedBy: 'prefer' });
  });
});

describe('coverage', () => {
  it('shows, per API and operation, the documented statuses exercised and missing', async () => {
    const session = { 'x-samock-session': 'coverage-run' };
    await createWidget(mock.widgets, 'one', session);
    await createWidget(mock.widgets, 'one', session);
    await request(`${mock.widgets}/widgets/none`, { headers: session });
    const report = await mock.remote.forSession('coverage-run').coverage();
    const widgets = report.apis.find((a) => a.api === 'widgets')!;
    const create = widgets.operations.find((o) => o.operationId === 'createWidget')!;
    expect(create).toMatchObject({ calls: 2, exercised: ['201', '409'], undocumented: [] });
    expect(create.missing).toEqual(['400', '401', '413', '415', '503']);
    expect(widgets.operations.find((o) => o.operationId === 'listWidgets')).toMatchObject({ calls: 0, exercised: [] });
    expect(widgets.summary).toEqual({ operations: 3, operationsExercised: 2, statuses: 13, statusesExercised: 3 });
    expect(report.apis.find((a) => a.api === 'lyve')!.summary.operationsExercised).toBe(0);
  });
});
