import { afterEach, describe, expect, it } from 'vitest';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import { createRemoteControl } from '../../src/control/remote-control.js';
import { request, startTestServer, type TestServer } from '../helpers.js';

const DAY_MS = 86_400_000;
let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start() {
  const mock = await startTestServer({ apis: [truefoundry] });
  servers.push(mock);
  return { ...mock, accounts: `${mock.base}/api/svc/v1/virtual-accounts`, control: `${mock.url}/__control`, remote: createRemoteControl(mock.url) };
}

/** A raw control-plane call, for dumps read as JSON and the refusals' problem+json bodies; other steps use `mock.remote`. */
const control = (url: string, options: { method?: string; body?: unknown } = {}) => request(url, { token: null, ...options });
const upsert = (accounts: string, name: string, extra: Record<string, unknown> = {}) =>
  request(accounts, { method: 'PUT', body: { manifest: { name, type: 'virtual-account', permissions: [], ...extra } } });

describe('truefoundry through the control plane', () => {
  it('Prefer: code=404 and code=422 answer in the HttpError shape with a realistic message and change nothing', async () => {
    const mock = await start();
    const notFound = await request(`${mock.accounts}/anything`, { headers: { prefer: 'code=404' } });
    expect([notFound.status, notFound.body]).toEqual([404, { statusCode: 404, message: 'Virtual account not found.' }]);
    const refused = await request(mock.accounts, {
      method: 'PUT',
      headers: { prefer: 'code=422' },
      body: { manifest: { name: 'forced', type: 'virtual-account', permissions: [] } },
    });
    expect([refused.status, refused.body]).toEqual([422, { statusCode: 422, message: 'The request breaks a rule of the virtual account manifest.' }]);
    expect((await request(mock.accounts)).body.pagination.total).toBe(0);
  });

  it('a dump loaded into a fresh server reproduces the accounts, and issued tokens keep authenticating and expiring as before', async () => {
    const first = await start();
    const kept = (await upsert(first.accounts, 'kept-one', { expiration_date: '2099-01-01' })).body;
    const rotated = (await upsert(first.accounts, 'rotated')).body;
    const fresh = (await request(`${first.accounts}/${rotated.data.id}/regenerate-token`, { method: 'POST', body: { gracePeriodInDays: 1 } })).body.token;
    const deleted = (await upsert(first.accounts, 'deleted')).body;
    await request(`${first.accounts}/${deleted.data.id}`, { method: 'DELETE' });

    const dump = (await control(`${first.control}/state/truefoundry`)).body;
    const text = JSON.stringify(dump);
    for (const token of [kept.token, rotated.token, fresh, deleted.token]) expect(text).not.toContain(token);
    expect(dump.tokens).toHaveLength(4);

    const second = await start();
    expect(await second.remote.loadState('truefoundry', dump)).toEqual({ api: 'truefoundry', loaded: { virtualAccounts: 2, tokens: 4 } });
    expect((await request(second.accounts)).body).toEqual((await request(first.accounts)).body);
    expect((await request(`${second.accounts}/${kept.data.id}`)).body).toEqual({ data: kept.data });

    const asToken = (token: string) => request(second.accounts, { token }).then((r) => r.status);
    expect(await Promise.all([kept.token, rotated.token, fresh, deleted.token].map(asToken))).toEqual([200, 200, 200, 401]);
    await second.remote.clock.advance(DAY_MS);
    expect(await Promise.all([rotated.token, fresh].map(asToken))).toEqual([401, 200]);
  });

  it('after a load, get token answers 404 saying why, until the token is regenerated', async () => {
    const first = await start();
    const { data } = (await upsert(first.accounts, 'loaded')).body;
    const second = await start();
    await second.remote.loadState('truefoundry', await first.remote.dumpState('truefoundry'));
    const hidden = await request(`${second.accounts}/${data.id}/token`);
    expect([hidden.status, hidden.body.message]).toEqual([404, expect.stringContaining('keeps tokens only as hashes')]);
    const { token } = (await request(`${second.accounts}/${data.id}/regenerate-token`, { method: 'POST', body: { gracePeriodInDays: 0 } })).body;
    expect((await request(`${second.accounts}/${data.id}/token`)).body).toEqual({ token });
  });

  it('refuses a document whose manifest breaks the spec, or with a current token of an unknown account, naming the pointer, and keeps the state', async () => {
    const mock = await start();
    await upsert(mock.accounts, 'survivor');
    const badName = await control(`${mock.control}/state/truefoundry`, {
      method: 'PUT',
      body: { virtualAccounts: [{ id: 'x', manifest: { name: 'Bad', type: 'virtual-account', permissions: [] } }] },
    });
    expect(badName.status).toBe(400);
    expect(badName.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '/virtualAccounts/0/manifest/name', rule: 'pattern' })]));
    const dangling = await control(`${mock.control}/state/truefoundry`, {
      method: 'PUT',
      body: { virtualAccounts: [], tokens: [{ tokenSha256: 'a'.repeat(64), virtualAccountId: 'ghost' }] },
    });
    expect([dangling.status, dangling.body.pointer]).toEqual([400, '/tokens/0/virtualAccountId']);
    expect((await request(mock.accounts)).body.data.map((a: { name: string }) => a.name)).toEqual(['survivor']);
  });
});
