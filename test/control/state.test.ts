import { afterEach, describe, expect, it } from 'vitest';
import { request, type TestServer } from '../helpers.js';
import { vendors } from '../../mocks/index.js';
import { casesOf, stateOf } from '../registry/what-an-api-has.js';
import { control, createAccount, createWidget, startTwoApis } from './helpers.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
const start = async () => {
  const mock = await startTwoApis();
  servers.push(mock);
  return mock;
};

describe('reset and seed', () => {
  it('POST /__control/reset with an api resets only that API; without one, every API', async () => {
    const mock = await start();
    await createAccount(mock.lyve, 'one');
    await createWidget(mock.widgets, 'gear');
    expect(await mock.remote.reset('lyve')).toEqual({ reset: ['lyve'] });
    expect((await request(`${mock.lyve}/service-accounts`)).body).toEqual([]);
    expect((await request(`${mock.widgets}/widgets`)).body).toHaveLength(1);
    expect(await mock.remote.reset()).toEqual({ reset: ['lyve', 'widgets'] });
    expect((await request(`${mock.widgets}/widgets`)).body).toEqual([]);
    expect((await request(`${mock.lyve}/permissions?name=default-all-buckets`)).body).toHaveLength(1);
  });

  it('GET /__control/apis lists each API with its operations and documented statuses', async () => {
    const mock = await start();
    const apis = await mock.remote.apis();
    expect(apis.map((a) => [a.id, a.prefix])).toEqual([
      ['lyve', '/v2'],
      ['widgets', '/api'],
    ]);
    const create = apis[1]!.operations.find((o) => o.operationId === 'createWidget');
    expect(create).toEqual({ operationId: 'createWidget', method: 'POST', path: '/api/widgets', statuses: ['201', '400', '401', '409', '413', '415', '503'] });
  });

  it('answers 404 problem+json for an unknown API', async () => {
    const mock = await start();
    const response = await control(`${mock.control}/reset`, { method: 'POST', body: { api: 'nope' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body.detail).toContain('Served: lyve, widgets');
  });

  it('GET /__control/state dumps records with secrets redacted and tokens only as hashes', async () => {
    const mock = await start();
    const created = (await createAccount(mock.lyve, 'dumped')).body;
    const { token } = (await request(`${mock.lyve}/auth/token`, { method: 'POST', token: null, body: { accountId: 'a', accessKey: 'k', secret: 's' } })).body;
    const dump = await control(`${mock.control}/state/lyve`);
    expect(dump.status).toBe(200);
    const text = JSON.stringify(dump.body);
    expect(text).not.toContain(created.secret);
    expect(text).not.toContain(created.accessKey);
    expect(text).not.toContain(token);
    expect(dump.body.serviceAccounts).toEqual([expect.objectContaining({ id: created.id, name: 'dumped', permissions: ['default-permission'] })]);
    expect(dump.body.tokens).toEqual([{ tokenSha256: expect.stringMatching(/^[0-9a-f]{64}$/), expiresAt: expect.any(String) }]);
  });

  it('a dump loaded into a fresh server reproduces the observable state of both APIs, and loaded tokens still expire', async () => {
    const first = await start();
    const account = (await createAccount(first.lyve, 'carried')).body;
    await request(`${first.lyve}/permissions`, { method: 'POST', body: { name: 'read', type: 'bucket-names', actions: 'read-only', buckets: ['b1'] } });
    await createWidget(first.widgets, 'cog');
    const { token } = (await request(`${first.lyve}/auth/token`, { method: 'POST', token: null, body: { accountId: 'a', accessKey: 'k', secret: 's' } })).body;
    const observe = async (mock: { lyve: string; widgets: string }) => ({
      accounts: (await request(`${mock.lyve}/service-accounts`)).body,
      account: (await request(`${mock.lyve}/service-accounts/${account.id}`)).body,
      permissions: (await request(`${mock.lyve}/permissions`)).body,
      widgets: (await request(`${mock.widgets}/widgets`)).body,
    });
    const before = await observe(first);

    const second = await start();
    for (const api of ['lyve', 'widgets']) await second.remote.loadState(api, await first.remote.dumpState(api));
    expect(await observe(second)).toEqual(before);
    await second.remote.clock.advance(86_400_000);
    const expired = await request(`${second.lyve}/service-accounts`, { token });
    expect([expired.status, expired.body.code]).toEqual([400, 'ExpiredToken']);
  });

  it('refuses a document that breaks the schema with 400 naming the pointer, and keeps the state', async () => {
    const mock = await start();
    await createAccount(mock.lyve, 'kept');
    const response = await control(`${mock.control}/state/lyve`, {
      method: 'PUT',
      body: { permissions: [], serviceAccounts: [{ id: 'x', name: 'bad/name', permissions: [] }] },
    });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '/serviceAccounts/0/name', rule: 'pattern' })]));
    expect((await request(`${mock.lyve}/service-accounts`)).body.map((a: { name: string }) => a.name)).toEqual(['kept']);
  });

  it('refuses a dangling permission reference with 400 and the pointer, and keeps the state', async () => {
    const mock = await start();
    await createWidget(mock.widgets, 'kept');
    const lyveResponse = await control(`${mock.control}/state/lyve`, {
      method: 'PUT',
      body: { permissions: [], serviceAccounts: [{ id: 'x', name: 'n', permissions: ['ghost'] }] },
    });
    expect([lyveResponse.status, lyveResponse.body.pointer]).toEqual([400, '/serviceAccounts/0/permissions/0']);
    const widgetResponse = await control(`${mock.control}/state/widgets`, {
      method: 'PUT',
      body: {
        widgets: [
          { id: 'a', name: 'dup', readyAt: '2026-01-01T00:00:00Z' },
          { id: 'b', name: 'dup', readyAt: '2026-01-01T00:00:00Z' },
        ],
      },
    });
    expect([widgetResponse.status, widgetResponse.body.pointer]).toEqual([400, '/widgets/1/name']);
    expect((await request(`${mock.widgets}/widgets`)).body.map((w: { name: string }) => w.name)).toEqual(['kept']);
  });

  it('answers malformed control requests with problem+json naming the field', async () => {
    const mock = await start();
    const response = await control(`${mock.control}/clock/advance`, { method: 'POST', body: { ms: 'soon' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body.detail).toContain('"ms"');
    expect((await control(`${mock.control}/nope`)).status).toBe(404);
    expect((await control(`${mock.control}/clock`, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('state schemas compile for every registered API (they are compiled lazily at run time, so CI checks them here)', () => {
  // An API without a state document is skipped, saying so.
  for (const c of casesOf(vendors, (id) => `${id}: its dump loads back through its state schema`, stateOf)) {
    it.skipIf(c.lacks !== undefined)(c.title, async () => {
      const { createApp } = await import('../../src/app/create-app.js');
      const app = createApp({ apis: [c.api] });
      const dump = app.control.dumpState(c.id);
      await expect(app.control.loadState(c.id, dump)).resolves.toMatchObject({ api: c.id });
    });
  }
});
