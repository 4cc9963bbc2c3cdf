import { afterEach, describe, expect, it } from 'vitest';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import { sha256 } from '../../src/hash.js';
import { createRemoteControl } from '../../src/control/remote-control.js';
import { request, startTestServer, type TestServer } from '../helpers.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start(config: Parameters<typeof startTestServer>[0] = {}) {
  const mock = await startTestServer({ apis: [truefoundry], ...config });
  servers.push(mock);
  return { ...mock, accounts: `${mock.base}/api/svc/v1/virtual-accounts`, remote: createRemoteControl(mock.url) };
}

const OPAQUE = /^tfy_va_[A-Za-z0-9]{48}$/;
const upsert = (accounts: string, name: string, { dryRun, token }: { dryRun?: boolean; token?: string } = {}) =>
  request(accounts, { method: 'PUT', token, body: { manifest: { name, type: 'virtual-account', permissions: [] }, ...(dryRun !== undefined && { dryRun }) } });

describe('truefoundry tokens are opaque', () => {
  it('create and regenerate answer tfy_va_ and 48 random characters that name neither the account nor its id', async () => {
    const mock = await start();
    const created = await upsert(mock.accounts, 'ci-deployer');
    expect(created.status).toBe(200);
    const { token } = created.body as { token: string };
    expect(token).toMatch(OPAQUE);
    expect(token).not.toContain('ci-deployer');
    expect(token).not.toContain(created.body.data.id);
    const regenerated = await request(`${mock.accounts}/${created.body.data.id}/regenerate-token`, { method: 'POST', body: { gracePeriodInDays: 0 } });
    expect([regenerated.status, regenerated.body.token]).toEqual([200, expect.stringMatching(OPAQUE)]);
    expect(regenerated.body.token).not.toContain('ci-deployer');
    expect(regenerated.body.token).not.toBe(token);
  });

  it('two accounts of similar names get tokens with nothing in common but the prefix', async () => {
    const mock = await start();
    const a = (await upsert(mock.accounts, 'same-name-a')).body.token as string;
    const b = (await upsert(mock.accounts, 'same-name-b')).body.token as string;
    expect(a.slice(0, 7)).toBe(b.slice(0, 7));
    expect(a.slice(7, 15)).not.toBe(b.slice(7, 15));
  });

  it('under strict auth the mock recognises its opaque token (by hash) and refuses one it never issued with 401', async () => {
    const mock = await start({ auth: 'strict', acceptedTokens: ['admin'] });
    const { token } = (await upsert(mock.accounts, 'strict-one', { token: 'admin' })).body as { token: string };
    expect((await request(mock.accounts, { token })).status).toBe(200);
    const lookalike = `tfy_va_${'A'.repeat(48)}`;
    const refused = await request(mock.accounts, { token: lookalike });
    expect([refused.status, refused.body]).toEqual([401, { statusCode: 401, message: expect.any(String) }]);
  });

  it('the state keeps only sha256 hashes; a loaded token still authenticates under strict auth, and its text is shown by no call', async () => {
    const first = await start();
    const created = (await upsert(first.accounts, 'dumped')).body as { data: { id: string }; token: string };
    const dump = (await first.remote.dumpState('truefoundry')) as { tokens: unknown[] };
    expect(JSON.stringify(dump)).not.toContain(created.token);
    expect(dump.tokens).toEqual([{ tokenSha256: sha256(created.token), virtualAccountId: created.data.id }]);

    const second = await start({ auth: 'strict', acceptedTokens: ['admin'] });
    await second.remote.loadState('truefoundry', dump);
    expect((await request(second.accounts, { token: created.token })).status).toBe(200);
    const hidden = await request(`${second.accounts}/${created.data.id}/token`, { token: 'admin' });
    expect(hidden.status).toBe(404);
    expect(JSON.stringify(hidden.body)).not.toContain(created.token);
  });

  it('update, get, list and a dry run never carry a token', async () => {
    const mock = await start();
    const { data, token } = (await upsert(mock.accounts, 'once-only')).body as { data: { id: string }; token: string };
    const answers = [
      await upsert(mock.accounts, 'once-only'),
      await upsert(mock.accounts, 'once-only', { dryRun: true }),
      await upsert(mock.accounts, 'never-made', { dryRun: true }),
      await request(`${mock.accounts}/${data.id}`),
      await request(mock.accounts),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).not.toHaveProperty('token');
      expect(JSON.stringify(answer.body)).not.toContain(token);
    }
  });
});

describe('truefoundry answers carry accountId', () => {
  it('create, update, dry run, get and list answer accountId "samock-account" on every account', async () => {
    const mock = await start();
    const created = await upsert(mock.accounts, 'with-account');
    const id = created.body.data.id as string;
    const datas = [
      created.body.data,
      (await upsert(mock.accounts, 'with-account')).body.data,
      (await upsert(mock.accounts, 'dry-account', { dryRun: true })).body.data,
      (await request(`${mock.accounts}/${id}`)).body.data,
      ...(await request(mock.accounts)).body.data,
    ];
    expect(datas).toHaveLength(5);
    for (const data of datas) expect(data.accountId).toBe('samock-account');
  });

  it('a state document needs no accountId, and the loaded account answers it', async () => {
    const mock = await start();
    const manifest = { name: 'loaded-one', type: 'virtual-account', permissions: [] };
    await mock.remote.loadState('truefoundry', { virtualAccounts: [{ id: 'abcdefghijklmnopqrstuvwx', manifest }] });
    expect((await request(`${mock.accounts}/abcdefghijklmnopqrstuvwx`)).body.data).toMatchObject({ name: 'loaded-one', accountId: 'samock-account' });
  });
});
