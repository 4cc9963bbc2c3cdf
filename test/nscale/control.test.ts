import { afterEach, describe, expect, it } from 'vitest';
import { nscale } from '../../mocks/nscale/index.js';
import { createApp } from '../../src/app/create-app.js';
import { createRemoteControl } from '../../src/control/remote-control.js';
import { request, startTestServer, type TestServer } from '../helpers.js';

const ORG = 'd4600d6e-e965-4b44-a808-84fb2fa36702';
const OTHER_ORG = '5b8f2c1e-3d4a-4e6b-9c7d-2f1a0b9e8c7d';
const GROUP = '0aaba80d-67ef-4799-b6d9-59f37e2ce2ad';
const SEEDED = [
  { id: ORG, groupIDs: [GROUP, 'f2000047-19f8-426e-93b9-9f0a5bfa0edd'] },
  { id: OTHER_ORG, groupIDs: ['3c1d7e52-8b9a-4f06-a2d4-6e5f7a8b9c0d'] },
];
const DAY_MS = 86_400_000;

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A strict nscale server; with `provisioning: 'eventual'` its accounts stay provisioning for a minute unless the clock moves. */
async function start(provisioning?: 'immediate' | 'eventual') {
  const mock = await startTestServer({ apis: [nscale], readyAfterMs: 60_000, ...(provisioning && { apiOptions: { nscale: { provisioning } } }) });
  servers.push(mock);
  const accounts = `${mock.url}/api/v1/organizations/${ORG}/serviceaccounts`;
  return {
    mock,
    accounts,
    control: `${mock.url}/__control`,
    remote: createRemoteControl(mock.url),
    create: (name: string) => request(accounts, { method: 'POST', body: { metadata: { name }, spec: { groupIDs: [GROUP] } } }),
    list: (token = 'test-token') => request(accounts, { token }),
  };
}

/** A raw control-plane call, for dumps read as JSON and the refusals' problem+json bodies; other steps use `remote`. */
const control = (url: string, options: { method?: string; body?: unknown } = {}) => request(url, { token: null, ...options });

describe('nscale through the control plane', () => {
  it('Prefer: code=503 and code=500 answer in the nscale shape with Cache-Control: no-cache, and change nothing', async () => {
    const { list, create, accounts } = await start();
    const unavailable = await request(accounts, { headers: { prefer: 'code=503' } });
    expect([unavailable.status, unavailable.body]).toEqual([
      503,
      { error: 'temporarily_unavailable', error_description: 'the service is temporarily unavailable, please retry later' },
    ]);
    expect(unavailable.headers.get('cache-control')).toBe('no-cache');
    const failed = await request(accounts, { method: 'POST', body: { metadata: { name: 'forced' }, spec: { groupIDs: [] } }, headers: { prefer: 'code=500' } });
    expect([failed.status, failed.body]).toEqual([500, { error: 'server_error', error_description: 'unhandled error' }]);
    expect(failed.headers.get('cache-control')).toBe('no-cache');
    expect((await list()).body).toEqual([]);
    expect((await create('real')).status).toBe(201);
  });

  it('refuses Prefer: code=409 with 422 listing the documented statuses: nscale documents no conflict', async () => {
    const { accounts } = await start();
    const refused = await request(accounts, { method: 'POST', body: { metadata: { name: 'x' }, spec: { groupIDs: [] } }, headers: { prefer: 'code=409' } });
    expect(refused.status).toBe(422);
    expect(refused.body.documented).toEqual(['201', '400', '401', '403', '404', '413', '415', '500', '503']);
  });

  it('by default a new account is provisioned and healthy at once, in the create answer and in the list, as in the vendor example', async () => {
    const { create, list } = await start();
    expect((await create('at-once')).body.metadata).toMatchObject({ provisioningStatus: 'provisioned', healthStatus: 'healthy' });
    expect((await list()).body[0].metadata).toMatchObject({ provisioningStatus: 'provisioned', healthStatus: 'healthy' });
  });

  it('with --api-option nscale.provisioning=eventual a clock advance takes a new account from provisioning to provisioned and healthy, without sleeping', async () => {
    const { mock, create, list, remote } = await start('eventual');
    expect((await remote.apis()).find((entry) => entry.id === 'nscale')!.options).toEqual({ provisioning: 'eventual' });
    expect(mock.app.optionsOf('nscale').apiOptions).toEqual({ provisioning: 'eventual' });
    expect((await create('clocked')).body.metadata).toMatchObject({ provisioningStatus: 'provisioning', healthStatus: 'unknown' });
    await remote.clock.advance(60_000);
    expect((await list()).body[0].metadata).toMatchObject({ provisioningStatus: 'provisioned', healthStatus: 'healthy' });
  });

  it('an issued token answers 401 access_denied once the clock passes its 90-day expiry', async () => {
    const { create, list, remote } = await start();
    const token = (await create('expiring')).body.status.accessToken;
    await remote.clock.advance(90 * DAY_MS - 5_000);
    expect((await list(token)).status).toBe(200);
    await remote.clock.advance(10_000);
    const expired = await list(token);
    expect([expired.status, expired.body.error]).toEqual([401, 'access_denied']);
  });

  it('a state dump holds no token, only hashes; loaded into a fresh server it reproduces the accounts, and issued tokens still authenticate while rotated ones still fail', async () => {
    const first = await start();
    const kept = (await first.create('kept')).body;
    const rotatedAway = (await first.create('rotated')).body;
    const rotated = (await request(`${first.accounts}/${rotatedAway.metadata.id}/rotate`, { method: 'POST' })).body;
    await request(`${first.mock.url}/api/v1/organizations/${OTHER_ORG}/serviceaccounts`, {
      method: 'POST',
      body: { metadata: { name: 'elsewhere' }, spec: { groupIDs: [] } },
    });
    const dump = await control(`${first.control}/state/nscale`);
    expect(dump.status).toBe(200);
    const text = JSON.stringify(dump.body);
    for (const token of [kept.status.accessToken, rotatedAway.status.accessToken, rotated.status.accessToken]) expect(text).not.toContain(token);
    expect(dump.body.organizations).toEqual(SEEDED);
    expect(dump.body.serviceAccounts).toHaveLength(3);
    expect(dump.body.serviceAccounts[0]).toMatchObject({ tokenSha256: expect.stringMatching(/^[0-9a-f]{64}$/), expiry: expect.any(String) });
    expect(dump.body.revokedTokens).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);

    const second = await start();
    await second.remote.loadState('nscale', dump.body);
    expect((await second.list()).body).toEqual((await first.list()).body);
    expect((await second.list(kept.status.accessToken)).status).toBe(200);
    expect((await second.list(rotated.status.accessToken)).status).toBe(200);
    const stale = await second.list(rotatedAway.status.accessToken);
    expect([stale.status, stale.body.error]).toEqual([401, 'access_denied']);
  });

  it('loads a hand-written account with only the required fields, provisioned at once', async () => {
    const { list, remote } = await start();
    const document = { serviceAccounts: [{ id: 'ee45f34b-9685-40d8-8724-23c31252ca46', organizationId: ORG, name: 'seeded', groupIDs: [] }] };
    await remote.loadState('nscale', document);
    expect((await list()).body).toEqual([
      expect.objectContaining({
        metadata: expect.objectContaining({ id: 'ee45f34b-9685-40d8-8724-23c31252ca46', name: 'seeded', provisioningStatus: 'provisioned' }),
      }),
    ]);
  });

  it("refuses a state document whose name breaks the spec's Kubernetes label rule, naming the pointer, and keeps the state", async () => {
    const { create, list, control: c } = await start();
    await create('kept');
    const bad = { serviceAccounts: [{ id: 'ee45f34b-9685-40d8-8724-23c31252ca46', organizationId: ORG, name: '-bad-', groupIDs: [] }] };
    const refused = await control(`${c}/state/nscale`, { method: 'PUT', body: bad });
    expect(refused.status).toBe(400);
    expect(refused.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '/serviceAccounts/0/name', rule: 'pattern' })]));
    const duplicate = { serviceAccounts: [0, 1].map(() => ({ id: 'ee45f34b-9685-40d8-8724-23c31252ca46', organizationId: ORG, name: 'twin', groupIDs: [] })) };
    const refusedDuplicate = await control(`${c}/state/nscale`, { method: 'PUT', body: duplicate });
    expect([refusedDuplicate.status, refusedDuplicate.body.pointer]).toEqual([400, '/serviceAccounts/1/id']);
    expect((await list()).body.map((a: { metadata: { name: string } }) => a.metadata.name)).toEqual(['kept']);
  });

  it('the in-process controls reach the same state: app.control dumps what HTTP created', async () => {
    const { mock, create } = await start();
    const created = (await create('in-process')).body;
    mock.app.control.clock.advance(60_000);
    const dump = mock.app.control.dumpState('nscale') as { serviceAccounts: { id: string; name: string }[] };
    expect(dump.serviceAccounts.map((a) => [a.id, a.name])).toEqual([[created.metadata.id, 'in-process']]);
    mock.app.control.reset('nscale');
    expect(mock.app.control.dumpState('nscale')).toEqual({ organizations: SEEDED, serviceAccounts: [], revokedTokens: [] });
  });

  it('an unknown organization answers 404 not_found in the vendor shape on list, create, update, rotate and delete, and the state is unchanged', async () => {
    const { mock, create, remote } = await start();
    const kept = (await create('kept')).body;
    const before = await remote.dumpState('nscale');
    const base = `${mock.url}/api/v1/organizations/unknown-org/serviceaccounts`;
    const write = { metadata: { name: 'nowhere' }, spec: { groupIDs: [] } };
    for (const [method, url, body] of [
      ['GET', base, undefined],
      ['POST', base, write],
      ['PUT', `${base}/${kept.metadata.id}`, write],
      ['POST', `${base}/${kept.metadata.id}/rotate`, undefined],
      ['DELETE', `${base}/${kept.metadata.id}`, undefined],
    ] as const) {
      const response = await request(url, { method, ...(body && { body }) });
      expect([method, response.status, response.body]).toEqual([method, 404, { error: 'not_found', error_description: 'resource not found' }]);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
    expect(await remote.dumpState('nscale')).toEqual(before);
  });

  it('an organization and its groups come from a state document: it then exists, its groups are kept, others dropped, and the seeded organizations are gone', async () => {
    const { mock, remote } = await start();
    const document = { organizations: [{ id: 'acme', groupIDs: ['admins', 'readers'] }], serviceAccounts: [] };
    expect((await remote.loadState('nscale', document)).loaded).toEqual({ organizations: 1, serviceAccounts: 0, revokedTokens: 0 });
    const acme = `${mock.url}/api/v1/organizations/acme/serviceaccounts`;
    const created = await request(acme, { method: 'POST', body: { metadata: { name: 'bot' }, spec: { groupIDs: ['readers', 'nobody', 'admins'] } } });
    expect([created.status, created.body.spec.groupIDs]).toEqual([201, ['admins', 'readers']]);
    expect((await request(`${mock.url}/api/v1/organizations/${ORG}/serviceaccounts`)).status).toBe(404);
  });

  it('refuses a state document whose account belongs to an unlisted organization or names a group its organization lacks, naming the pointer, and keeps the state', async () => {
    const { create, list, control: c } = await start();
    await create('kept');
    const account = { id: 'ee45f34b-9685-40d8-8724-23c31252ca46', organizationId: 'acme', name: 'seeded', groupIDs: ['admins'] };
    for (const [document, pointer] of [
      [{ serviceAccounts: [account] }, '/serviceAccounts/0/organizationId'],
      [{ organizations: [{ id: 'acme', groupIDs: [] }], serviceAccounts: [account] }, '/serviceAccounts/0/groupIDs/0'],
      [
        {
          organizations: [
            { id: 'acme', groupIDs: [] },
            { id: 'acme', groupIDs: [] },
          ],
          serviceAccounts: [],
        },
        '/organizations/1/id',
      ],
    ] as const) {
      const refused = await control(`${c}/state/nscale`, { method: 'PUT', body: document });
      expect([refused.status, refused.body.pointer]).toEqual([400, pointer]);
    }
    expect((await list()).body.map((a: { metadata: { name: string } }) => a.metadata.name)).toEqual(['kept']);
  });

  it('an issued token answers 403 forbidden under the other seeded organization (permissive auth too), and a listed token is scoped to none', async () => {
    const { mock, create } = await start();
    const token = (await create('scoped')).body.status.accessToken;
    const other = `${mock.url}/api/v1/organizations/${OTHER_ORG}/serviceaccounts`;
    const refused = await request(other, { token });
    expect([refused.status, refused.body]).toEqual([
      403,
      { error: 'forbidden', error_description: 'operation is not allowed by rbac (no matching organization endpoints)' },
    ]);
    expect((await request(other, { method: 'POST', token, body: { metadata: { name: 'x' }, spec: { groupIDs: [] } } })).status).toBe(403);
    expect((await request(other)).body).toEqual([]);
    expect((await request(other, { token: 'an-admin-token' })).status).toBe(200);
  });

  it('refuses an unknown value of the provisioning option at start-up, listing the values', () => {
    expect(() => createApp({ apis: [nscale], apiOptions: { nscale: { provisioning: 'later' } } })).toThrow(
      'Failed to apply --api-option nscale.provisioning=later: the values are immediate, eventual (default immediate).',
    );
  });

  it('in strict auth a placeholder token answers 401 access_denied, a listed one and an issued one work, and the issued one only in its organization', async () => {
    const mock = await startTestServer({ apis: [nscale], auth: 'strict', acceptedTokens: ['admin'] });
    servers.push(mock);
    const accounts = `${mock.url}/api/v1/organizations/${ORG}/serviceaccounts`;
    const refused = await request(accounts, { token: 'placeholder' });
    expect([refused.status, refused.body]).toEqual([401, { error: 'access_denied', error_description: expect.any(String) }]);
    const created = await request(accounts, { method: 'POST', token: 'admin', body: { metadata: { name: 'ci' }, spec: { groupIDs: [] } } });
    expect(created.status).toBe(201);
    expect((await request(accounts, { token: created.body.status.accessToken })).status).toBe(200);
    expect((await request(`${mock.url}/api/v1/organizations/${OTHER_ORG}/serviceaccounts`, { token: created.body.status.accessToken })).status).toBe(403);
  });
});
