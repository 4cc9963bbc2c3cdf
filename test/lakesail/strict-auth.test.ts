import { describe, expect, it } from 'vitest';
import { lakesail } from '../../mocks/lakesail/index.js';
import { createApp, type App } from '../../src/app/create-app.js';
import type { PlainRequest } from '../../src/core/http-types.js';

/**
 * LakeSail in strict auth: only the keys it issued (and tokens the user lists) authenticate,
 * each as the vendor scopes a key — until its `expiresAt` (documented), not once its service
 * account is deleted (inferred) — and everything else gets LakeSail's 401 {message}.
 */
const ACCOUNTS = '/api/org/v1/service-accounts';
const ADMIN = 'admin-token';

const call = async (app: App, request: Partial<PlainRequest> & { path: string }, token?: string): Promise<{ status: number; body?: any }> =>
  app.handle({
    method: 'GET',
    query: {},
    ...request,
    headers: {
      ...(token !== undefined && { authorization: `Bearer ${token}` }),
      ...(request.rawBody !== undefined && { 'content-type': 'application/json' }),
      ...request.headers,
    },
  });
const strictApp = () => createApp({ apis: [lakesail], strict: true, auth: 'strict', acceptedTokens: [ADMIN] });

async function accountWithKey(app: App, keyBody: { expiresAt?: string } = {}, headers: Record<string, string> = {}) {
  const account = await call(app, { method: 'POST', path: ACCOUNTS, headers, rawBody: JSON.stringify({ username: 'ci', description: 'CI' }) }, ADMIN);
  expect(account.status).toBe(201);
  const key = await call(app, { method: 'POST', path: `${ACCOUNTS}/${account.body.id}/keys`, headers, rawBody: JSON.stringify(keyBody) }, ADMIN);
  expect(key.status).toBe(201);
  return { id: account.body.id as string, key: key.body.key as string };
}

const invalid = { message: 'The request lacks valid authentication credentials: the bearer token is not valid.' };
const expired = { message: 'The request lacks valid authentication credentials: the bearer token has expired.' };

describe('lakesail strict auth scopes keys as the vendor does', () => {
  it('refuses a token it never issued with 401 {message}, and changes nothing', async () => {
    const app = strictApp();
    const refused = await call(app, { method: 'POST', path: ACCOUNTS, rawBody: '{"username":"x","description":"y"}' }, 'a-placeholder');
    expect([refused.status, refused.body]).toEqual([401, invalid]);
    expect((await call(app, { path: ACCOUNTS }, ADMIN)).body).toEqual({ items: [] });
  });

  it('accepts an issued key until its expiresAt on the mock\'s clock, then answers 401 "has expired"', async () => {
    const app = strictApp();
    const expiresAt = new Date(app.control.clock.get().nowMs + 60_000).toISOString();
    const { id, key } = await accountWithKey(app, { expiresAt });
    expect((await call(app, { path: `${ACCOUNTS}/${id}` }, key)).status).toBe(200);
    app.control.clock.advance(60_000);
    const after = await call(app, { path: `${ACCOUNTS}/${id}` }, key);
    expect([after.status, after.body]).toEqual([401, expired]);
  });

  it('accepts a key without expiresAt a year later', async () => {
    const app = strictApp();
    const { key } = await accountWithKey(app);
    app.control.clock.advance(366 * 86_400_000);
    expect((await call(app, { path: ACCOUNTS }, key)).status).toBe(200);
  });

  it('refuses every key of a deleted account with 401 "not valid", also after a state dump and load', async () => {
    const app = strictApp();
    const { id, key } = await accountWithKey(app);
    const second = await call(app, { method: 'POST', path: `${ACCOUNTS}/${id}/keys`, rawBody: '{}' }, ADMIN);
    expect((await call(app, { method: 'DELETE', path: `${ACCOUNTS}/${id}` }, ADMIN)).status).toBe(204);
    for (const token of [key, second.body.key])
      expect(await call(app, { path: ACCOUNTS }, token)).toEqual(expect.objectContaining({ status: 401, body: invalid }));
    await app.control.loadState('lakesail', app.control.dumpState('lakesail'));
    expect(await call(app, { path: ACCOUNTS }, key)).toEqual(expect.objectContaining({ status: 401, body: invalid }));
  });

  it('keeps a live key working after a state dump and load (only its sha256 is kept)', async () => {
    const app = strictApp();
    const { key } = await accountWithKey(app);
    const dump = app.control.dumpState('lakesail');
    expect(JSON.stringify(dump)).not.toContain(key);
    await app.control.loadState('lakesail', dump);
    expect((await call(app, { path: ACCOUNTS }, key)).status).toBe(200);
  });

  it('does not accept a key issued in another session', async () => {
    const app = strictApp();
    const session = { 'x-samock-session': 'other' };
    const { key } = await accountWithKey(app, {}, session);
    expect((await call(app, { path: ACCOUNTS, headers: session }, key)).status).toBe(200);
    expect(await call(app, { path: ACCOUNTS }, key)).toEqual(expect.objectContaining({ status: 401, body: invalid }));
  });

  it('still reproduces the reserved tokens: invalid and expired 401, forbidden 403', async () => {
    const app = strictApp();
    expect((await call(app, { path: ACCOUNTS }, 'invalid')).status).toBe(401);
    expect(await call(app, { path: ACCOUNTS }, 'expired')).toEqual(expect.objectContaining({ status: 401, body: expired }));
    expect((await call(app, { path: ACCOUNTS }, 'forbidden')).status).toBe(403);
  });
});

describe('lakesail choices the documents leave open (inferred; docs/decisions/0019)', () => {
  const app = () => createApp({ apis: [lakesail], strict: true });

  it('accepts an empty username with 201, and the account is described with it', async () => {
    const mock = app();
    const created = await call(mock, { method: 'POST', path: ACCOUNTS, rawBody: '{"username":"","description":""}' }, 't');
    expect([created.status, created.body.username, created.body.description]).toEqual([201, '', '']);
    expect((await call(mock, { path: `${ACCOUNTS}/${created.body.id}` }, 't')).body.username).toBe('');
  });

  it('refuses a limit of 101 with 400 naming "limit" (it does not cap), and accepts 100', async () => {
    const mock = app();
    const refused = await call(mock, { path: ACCOUNTS, query: { limit: '101' } }, 't');
    expect([refused.status, refused.body]).toEqual([400, { message: expect.stringContaining('"limit"') }]);
    expect((await call(mock, { path: ACCOUNTS, query: { limit: '100' } }, 't')).status).toBe(200);
  });

  it('refuses a create-key request without a body with 400, creating no key', async () => {
    const mock = app();
    const account = await call(mock, { method: 'POST', path: ACCOUNTS, rawBody: '{"username":"u","description":"d"}' }, 't');
    const refused = await call(mock, { method: 'POST', path: `${ACCOUNTS}/${account.body.id}/keys` }, 't');
    expect([refused.status, Object.keys(refused.body)]).toEqual([400, ['message']]);
    expect((mock.control.dumpState('lakesail') as { keys: unknown[] }).keys).toEqual([]);
  });
});
