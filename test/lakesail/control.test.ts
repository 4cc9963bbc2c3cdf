import { afterEach, describe, expect, it } from 'vitest';
import { lakesail } from '../../mocks/lakesail/index.js';
import { createApp } from '../../src/app/create-app.js';
import { createRemoteControl } from '../../src/control/remote-control.js';
import { request, startTestServer, type TestServer } from '../helpers.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start() {
  const mock = await startTestServer({ apis: [lakesail] });
  servers.push(mock);
  return { ...mock, accounts: `${mock.url}/api/org/v1/service-accounts`, control: `${mock.url}/__control`, remote: createRemoteControl(mock.url) };
}
type Mock = Awaited<ReturnType<typeof start>>;

/** A raw control-plane call, for the refusals' problem+json bodies; other steps use `mock.remote`. */
const control = (url: string, options: { method?: string; body?: unknown } = {}) => request(url, { token: null, ...options });
const createAccount = async (mock: Mock, username: string, headers: Record<string, string> = {}) =>
  request(mock.accounts, { method: 'POST', body: { username, description: `${username} account` }, headers });
const createKey = async (mock: Mock, sa: string, body: { expiresAt?: string } = {}) =>
  (await request(`${mock.accounts}/${sa}/keys`, { method: 'POST', body })).body as { id: string; key: string };

/** Every page of the list, and the marker each page answered. */
async function walk(mock: Mock, limit: number, token?: string) {
  const pages: { ids: string[]; marker?: string }[] = [];
  let marker: string | undefined;
  do {
    const query = new URLSearchParams({ limit: String(limit), ...(marker && { marker }) });
    const page = (await request(`${mock.accounts}?${query}`, { token })).body as { items: { id: string }[]; marker?: string };
    pages.push({ ids: page.items.map((a) => a.id), marker: page.marker });
    marker = page.marker;
  } while (marker);
  return pages;
}

describe("Prefer: code=N answers LakeSail's {message} shape and leaves state alone", () => {
  it('answers 403 on create and 404 on describe with the default messages, as application/json; charset=utf-8', async () => {
    const mock = await start();
    const forbidden = await createAccount(mock, 'forced', { prefer: 'code=403' });
    expect([forbidden.status, forbidden.body]).toEqual([
      403,
      { message: 'The identity is not allowed to perform the requested operation for the resource involved.' },
    ]);
    expect(forbidden.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const missing = await request(`${mock.accounts}/ANYID`, { headers: { prefer: 'code=404' } });
    expect([missing.status, missing.body]).toEqual([404, { message: 'The resource or dependent resources involved in the requested operation do not exist.' }]);
    expect((await request(mock.accounts)).body).toEqual({ items: [] });
  });

  it('rehearses an undocumented conflict: code=409 on create answers 409 {message} through the default response, creating nothing', async () => {
    const mock = await start();
    const conflict = await createAccount(mock, 'dup', { prefer: 'code=409' });
    expect([conflict.status, conflict.body]).toEqual([409, { message: 'The requested operation conflicts with the current state of the resource.' }]);
    expect((await request(mock.accounts)).body).toEqual({ items: [] });
  });
});

describe('reset and state', () => {
  it('POST /__control/reset {api: lakesail} empties the store', async () => {
    const mock = await start();
    await createAccount(mock, 'one');
    expect(await mock.remote.reset('lakesail')).toEqual({ reset: ['lakesail'] });
    expect((await request(mock.accounts)).body).toEqual({ items: [] });
  });

  it('dumps accounts in list order and keys only as sha256 hashes, never their secrets', async () => {
    const mock = await start();
    const a = (await createAccount(mock, 'a')).body;
    const b = (await createAccount(mock, 'b')).body;
    const { key } = await createKey(mock, a.id);
    const dump = (await control(`${mock.control}/state/lakesail`)).body;
    expect(JSON.stringify(dump)).not.toContain(key);
    expect(dump.serviceAccounts.map((s: { id: string; sequence: number }) => [s.id, s.sequence])).toEqual([
      [a.id, 1],
      [b.id, 2],
    ]);
    expect(dump.keys).toEqual([expect.objectContaining({ serviceAccountId: a.id, keySha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
  });

  it('a dump loaded into a fresh server reproduces the list, markers, descriptions and key verdicts', async () => {
    const first = await start();
    const ids: string[] = [];
    for (const name of ['a', 'b', 'c', 'd', 'e']) ids.push((await createAccount(first, name)).body.id);
    await request(`${first.accounts}/${ids[1]}`, { method: 'DELETE' });
    const lasting = await createKey(first, ids[0]!);
    const expiring = await createKey(first, ids[2]!, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    const doomed = await createKey(first, ids[3]!);
    await request(`${first.accounts}/${ids[3]}`, { method: 'DELETE' });
    const observe = async (mock: Mock) => ({
      pages: await walk(mock, 1),
      described: await Promise.all(ids.map(async (id) => (await request(`${mock.accounts}/${id}`)).body)),
      keyStatuses: await Promise.all([lasting, expiring, doomed].map(async ({ key }) => (await request(mock.accounts, { token: key })).status)),
    });
    const before = await observe(first);
    expect(before.keyStatuses).toEqual([200, 200, 401]);

    const second = await start();
    const loaded = await second.remote.loadState('lakesail', await first.remote.dumpState('lakesail'));
    expect(loaded).toEqual({ api: 'lakesail', loaded: { serviceAccounts: 3, keys: 3 } });
    expect(await observe(second)).toEqual(before);
    // A marker from the first server continues the walk on the second (sequences are not renumbered
    // around the deleted b and d), and loaded expiries still run on the clock.
    expect(before.pages.map((p) => p.ids)).toEqual([[ids[0]], [ids[2]], [ids[4]]]);
    const resumed = await request(`${second.accounts}?limit=1&marker=${before.pages[1]!.marker}`);
    expect(resumed.body).toEqual({ items: [expect.objectContaining({ id: ids[4] })] });
    await second.remote.clock.advance(60_000);
    expect((await request(second.accounts, { token: expiring.key })).status).toBe(401);
  });

  it('refuses an invalid or inconsistent document with 400 naming the pointer, and keeps the state', async () => {
    const mock = await start();
    await createAccount(mock, 'kept');
    const account = { id: 'A1', username: 'x', description: 'y' };
    const refusals: [unknown, string][] = [
      [{ serviceAccounts: [{ ...account, id: 'lower' }] }, '/serviceAccounts/0/id'],
      [{ serviceAccounts: [account, { ...account }] }, '/serviceAccounts/1/id'],
      [
        {
          serviceAccounts: [
            { ...account, sequence: 5 },
            { ...account, id: 'A2', sequence: 3 },
          ],
        },
        '/serviceAccounts/1/sequence',
      ],
      [{ serviceAccounts: [account], keys: [{ id: 'K1', serviceAccountId: 'GHOST', keySha256: 'a'.repeat(64) }] }, '/keys/0/serviceAccountId'],
      [{ serviceAccounts: [{ ...account, sequence: 4 }], nextSequence: 2 }, '/nextSequence'],
    ];
    for (const [document, pointer] of refusals) {
      const response = await control(`${mock.control}/state/lakesail`, { method: 'PUT', body: document });
      expect(response.status).toBe(400);
      expect(response.body.pointer ?? response.body.issues?.[0]?.pointer).toBe(pointer);
    }
    expect((await request(mock.accounts)).body.items.map((a: { username: string }) => a.username)).toEqual(['kept']);
  });

  it('in process, app.control loads a document that app.handle then serves', async () => {
    const app = createApp({ apis: [lakesail], strict: true });
    await app.control.loadState('lakesail', {
      serviceAccounts: [{ id: 'SEEDED1', username: 'seeded', description: 'from a document', createdAt: '2026-01-01T00:00:00Z' }],
    });
    const response = await app.handle({ method: 'GET', path: '/api/org/v1/service-accounts/SEEDED1', query: {}, headers: { authorization: 'Bearer t' } });
    expect([response.status, response.body]).toEqual([
      200,
      { id: 'SEEDED1', username: 'seeded', description: 'from a document', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(app.control.dumpState('lakesail')).toMatchObject({ nextSequence: 2 });
  });
});
