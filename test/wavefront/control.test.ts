import { afterEach, describe, expect, it } from 'vitest';
import { wavefront } from '../../mocks/wavefront/index.js';
import { SEED_ROLES, SEED_USER_GROUPS } from '../../mocks/wavefront/store.js';
import { createRemoteControl } from '../../src/control/remote-control.js';
import { request, startTestServer, type TestServer } from '../helpers.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
const start = async () => {
  const mock = await startTestServer({ apis: [wavefront] });
  servers.push(mock);
  return { ...mock, api: `${mock.url}/api/v2`, control: `${mock.url}/__control`, remote: createRemoteControl(mock.url) };
};
/** A raw control-plane call, for the refusals' problem+json bodies; other steps use `mock.remote`. */
const control = (url: string, options: { method?: string; body?: unknown } = {}) => request(url, { token: null, ...options });

describe('wavefront through the control plane', () => {
  it.each([404, 500])('Prefer: code=%i answers that HTTP status with the error envelope carrying the same code', async (code) => {
    const mock = await start();
    const response = await request(`${mock.api}/account/serviceaccount/sa::anyone`, { headers: { prefer: `code=${code}` } });
    expect(response.status).toBe(code);
    expect(response.body).toEqual({ status: { result: 'ERROR', message: expect.any(String), code } });
    expect(response.body.status.message.length).toBeGreaterThan(0);
  });

  it('a forced error changes no state: Prefer: code=500 on create stores nothing', async () => {
    const mock = await start();
    const forced = await request(`${mock.api}/account/serviceaccount`, { method: 'POST', body: { identifier: 'sa::forced' }, headers: { prefer: 'code=500' } });
    expect([forced.status, forced.body.status.code]).toEqual([500, 500]);
    expect((await request(`${mock.api}/account/serviceaccount`)).body.response).toEqual([]);
  });

  it('a dump loaded into a fresh server reproduces accounts, roles, groups, token lists, and which tokens authenticate', async () => {
    const first = await start();
    const [role] = SEED_ROLES;
    const [group] = SEED_USER_GROUPS;
    await request(`${first.api}/account/serviceaccount`, {
      method: 'POST',
      body: { identifier: 'sa::carried', description: 'd', roles: [role!.id], userGroups: [group!.id], groups: ['ingestion'] },
    });
    await request(`${first.api}/account/serviceaccount`, { method: 'POST', body: { identifier: 'sa::sleeping' } });
    const created = (await request(`${first.api}/apitoken/serviceaccount/sa::carried`, { method: 'POST', body: { tokenName: 'live' } })).body.response;
    const doomed = (await request(`${first.api}/apitoken/serviceaccount/sa::carried`, { method: 'POST', body: { tokenName: 'doomed' } })).body.response.at(
      -1,
    ).tokenID;
    await request(`${first.api}/apitoken/serviceaccount/sa::carried/${doomed}`, { method: 'DELETE' });
    const live = created[0].tokenID as string;
    await request(`${first.api}/account/serviceaccount/sa::carried`, { token: live });
    await request(`${first.api}/account/serviceaccount/sa::sleeping/deactivate`, { method: 'POST' });
    // Reads only (a placeholder token): using an issued token would move its lastUsed.
    const observe = async (mock: { api: string }) => ({
      accounts: (await request(`${mock.api}/account/serviceaccount`)).body,
      tokens: (await request(`${mock.api}/apitoken/serviceaccount/sa::carried`)).body,
    });
    const authStatuses = async (mock: { api: string }) => [
      (await request(`${mock.api}/apitoken/serviceaccount/sa::sleeping`, { token: live })).status,
      (await request(`${mock.api}/apitoken/serviceaccount/sa::sleeping`, { token: doomed })).status,
    ];
    const before = await observe(first);
    expect(before.accounts.response[0].lastUsed).toEqual(expect.any(Number));

    const dump = await first.remote.dumpState('wavefront');
    expect(JSON.stringify(dump)).not.toContain(doomed);
    const second = await start();
    await second.remote.loadState('wavefront', dump);
    expect(await observe(second)).toEqual(before);
    expect(await authStatuses(second)).toEqual([200, 401]);
  });

  it('refuses a document with an identifier lacking sa:: (naming the pointer) and keeps the state', async () => {
    const mock = await start();
    await request(`${mock.api}/account/serviceaccount`, { method: 'POST', body: { identifier: 'sa::kept' } });
    const response = await control(`${mock.control}/state/wavefront`, {
      method: 'PUT',
      body: { roles: [], userGroups: [], serviceAccounts: [{ identifier: 'no-prefix' }] },
    });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '/serviceAccounts/0/identifier', rule: 'pattern' })]));
    expect((await request(`${mock.api}/account/serviceaccount`)).body.response.map((a: { identifier: string }) => a.identifier)).toEqual(['sa::kept']);
  });

  it('refuses a document naming an unknown role, with the pointer', async () => {
    const mock = await start();
    const response = await control(`${mock.control}/state/wavefront`, {
      method: 'PUT',
      body: { roles: [], userGroups: [], serviceAccounts: [{ identifier: 'sa::x', roles: ['ghost'] }] },
    });
    expect([response.status, response.body.pointer]).toEqual([400, '/serviceAccounts/0/roles/0']);
  });
});
