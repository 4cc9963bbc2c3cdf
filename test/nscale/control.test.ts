import { afterEach, describe, expect, it } from 'vitest';
import { nscale } from '../../mocks/nscale/index.js';
import { request, startTestServer, type TestServer } from '../helpers.js';

const ORG = 'd4600d6e-e965-4b44-a808-84fb2fa36702';
const DAY_MS = 86_400_000;

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A strict nscale server whose accounts stay provisioning for a minute unless the clock moves. */
async function start() {
  const mock = await startTestServer({ apis: [nscale], readyAfterMs: 60_000 });
  servers.push(mock);
  const accounts = `${mock.url}/api/v1/organizations/${ORG}/serviceaccounts`;
  return {
    mock,
    accounts,
    control: `${mock.url}/__control`,
    create: (name: string) => request(accounts, { method: 'POST', body: { metadata: { name }, spec: { groupIDs: ['g'] } } }),
    list: (token = 'test-token') => request(accounts, { token }),
  };
}

const control = (url: string, options: { method?: string; body?: unknown } = {}) => request(url, { token: null, ...options });

describe('nscale through the control plane', () => {
  it('Prefer: code=503 and code=500 answer in the nscale shape with Cache-Control: no-cache, and change nothing', async () => {
    const { list, create, accounts } = await start();
    const unavailable = await request(accounts, { headers: { prefer: 'code=503' } });
    expect([unavailable.status, unavailable.body]).toEqual([503, { error: 'temporarily_unavailable', error_description: 'the service is temporarily unavailable, please retry later' }]);
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

  it('a clock advance takes a new account from provisioning to provisioned and healthy, without sleeping', async () => {
    const { create, list, control: c } = await start();
    expect((await create('clocked')).body.metadata).toMatchObject({ provisioningStatus: 'provisioning', healthStatus: 'unknown' });
    expect((await control(`${c}/clock/advance`, { method: 'POST', body: { ms: 60_000 } })).status).toBe(200);
    expect((await list()).body[0].metadata).toMatchObject({ provisioningStatus: 'provisioned', healthStatus: 'healthy' });
  });

  it('an issued token answers 401 access_denied once the clock passes its 90-day expiry', async () => {
    const { create, list, control: c } = await start();
    const token = (await create('expiring')).body.status.accessToken;
    await control(`${c}/clock/advance`, { method: 'POST', body: { ms: 90 * DAY_MS - 5_000 } });
    expect((await list(token)).status).toBe(200);
    await control(`${c}/clock/advance`, { method: 'POST', body: { ms: 10_000 } });
    const expired = await list(token);
    expect([expired.status, expired.body.error]).toEqual([401, 'access_denied']);
  });

  it('a state dump holds no token, only hashes; loaded into a fresh server it reproduces the accounts, and issued tokens still authenticate while rotated ones still fail', async () => {
    const first = await start();
    const kept = (await first.create('kept')).body;
    const rotatedAway = (await first.create('rotated')).body;
    const rotated = (await request(`${first.accounts}/${rotatedAway.metadata.id}/rotate`, { method: 'POST' })).body;
    await request(`${first.mock.url}/api/v1/organizations/other-org/serviceaccounts`, { method: 'POST', body: { metadata: { name: 'elsewhere' }, spec: { groupIDs: [] } } });
    const dump = await control(`${first.control}/state/nscale`);
    expect(dump.status).toBe(200);
    const text = JSON.stringify(dump.body);
    for (const token of [kept.status.accessToken, rotatedAway.status.accessToken, rotated.status.accessToken]) expect(text).not.toContain(token);
    expect(dump.body.serviceAccounts).toHaveLength(3);
    expect(dump.body.serviceAccounts[0]).toMatchObject({ tokenSha256: expect.stringMatching(/^[0-9a-f]{64}$/), expiry: expect.any(String) });
    expect(dump.body.revokedTokens).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);

    const second = await start();
    expect((await control(`${second.control}/state/nscale`, { method: 'PUT', body: dump.body })).status).toBe(200);
    expect((await second.list()).body).toEqual((await first.list()).body);
    expect((await second.list(kept.status.accessToken)).status).toBe(200);
    expect((await second.list(rotated.status.accessToken)).status).toBe(200);
    const stale = await second.list(rotatedAway.status.accessToken);
    expect([stale.status, stale.body.error]).toEqual([401, 'access_denied']);
  });

  it('loads a hand-written account with only the required fields, provisioned at once', async () => {
    const { list, control: c } = await start();
    const document = { serviceAccounts: [{ id: 'ee45f34b-9685-40d8-8724-23c31252ca46', organizationId: ORG, name: 'seeded', groupIDs: [] }] };
    expect((await control(`${c}/state/nscale`, { method: 'PUT', body: document })).status).toBe(200);
    expect((await list()).body).toEqual([
      expect.objectContaining({ metadata: expect.objectContaining({ id: 'ee45f34b-9685-40d8-8724-23c31252ca46', name: 'seeded', provisioningStatus: 'provisioned' }) }),
    ]);
  });

  it('refuses a state document whose name breaks the spec\'s Kubernetes label rule, naming the pointer, and keeps the state', async () => {
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
    expect(mock.app.control.dumpState('nscale')).toEqual({ serviceAccounts: [], revokedTokens: [] });
  });
});
