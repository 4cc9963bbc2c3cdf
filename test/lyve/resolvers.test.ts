import { describe, expect, it } from 'vitest';
import { mockOptions } from '../../src/core/define-api.js';
import { authenticate } from '../../mocks/lyve/auth.js';
import * as lyve from '../../mocks/lyve/resolvers.js';
import { createLyveStore, DEFAULT_PERMISSION, type LyveStore } from '../../mocks/lyve/store.js';
import { createClock } from '../../src/clock.js';
import { ApiError } from '../../src/core/api-error.js';
import type { ApiContext } from '../../src/core/define-api.js';
import { createIds } from '../../src/ids.js';

/** A lyve context on a frozen clock: time moves only when a test says so. */
function context(readyAfterMs = 2000): ApiContext<LyveStore> {
  const clock = createClock(() => Date.UTC(2026, 0, 1));
  clock.freeze();
  const tools = { clock, ids: createIds(1), options: mockOptions({ readyAfterMs, strict: true }) };
  return { ...tools, store: createLyveStore(tools) };
}

const newAccount = { name: 'ci bot', permissions: [DEFAULT_PERMISSION.id] };

async function rejection(promise: Promise<unknown> | (() => unknown)): Promise<ApiError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('lyve resolvers (no HTTP)', () => {
  it('create answers 200 with id, accessKey, secret and an expirationDate one year on', async () => {
    const ctx = context();
    const result = await lyve.createServiceAccount(ctx, newAccount);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      accessKey: expect.any(String),
      secret: expect.any(String),
      expirationDate: '2027-01-01',
    });
  });

  it('get and list never show the secret or the access key', async () => {
    const ctx = context();
    const created = (await lyve.createServiceAccount(ctx, newAccount)).body as { id: string; secret: string; accessKey: string };
    const shown = JSON.stringify([lyve.getServiceAccount(ctx, created.id).body, lyve.listServiceAccounts(ctx, undefined).body]);
    expect(shown).not.toContain(created.secret);
    expect(shown).not.toContain(created.accessKey);
  });

  it('a second create with the same name is 409 ServiceAccountNameAlreadyExists and stores nothing', async () => {
    const ctx = context();
    await lyve.createServiceAccount(ctx, newAccount);
    const error = await rejection(lyve.createServiceAccount(ctx, newAccount));
    expect([error.status, error.code]).toEqual([409, 'ServiceAccountNameAlreadyExists']);
    expect(ctx.store.accounts.count()).toBe(1);
  });

  it('an unknown permission is 404 PermissionNotFound and reserves no name', async () => {
    const ctx = context();
    const error = await rejection(lyve.createServiceAccount(ctx, { name: 'x', permissions: ['nope'] }));
    expect([error.status, error.code]).toEqual([404, 'PermissionNotFound']);
    expect((await lyve.createServiceAccount(ctx, { name: 'x', permissions: [DEFAULT_PERMISSION.id] })).status).toBe(200);
  });

  it('readyState is false until readyAfterMs has passed on the clock, and update/enable/disable/delete are 409 ServiceAccountNotReady until then', async () => {
    const ctx = context(2000);
    const { id } = (await lyve.createServiceAccount(ctx, newAccount)).body as { id: string };
    expect(lyve.getServiceAccount(ctx, id).body).toMatchObject({ readyState: false });
    for (const attempt of [
      () => lyve.updateServiceAccount(ctx, id, newAccount),
      () => lyve.setServiceAccountEnabled(ctx, id, false),
      () => lyve.setServiceAccountEnabled(ctx, id, true),
      () => lyve.deleteServiceAccount(ctx, id),
    ]) {
      const error = await rejection(attempt);
      expect([error.status, error.code]).toEqual([409, 'ServiceAccountNotReady']);
    }
    ctx.clock.advance(1999);
    expect(lyve.getServiceAccount(ctx, id).body).toMatchObject({ readyState: false });
    ctx.clock.advance(1);
    expect(lyve.getServiceAccount(ctx, id).body).toMatchObject({ readyState: true });
    expect((await lyve.setServiceAccountEnabled(ctx, id, false)).status).toBe(200);
    expect(lyve.getServiceAccount(ctx, id).body).toMatchObject({ enabled: false });
  });

  it('update renames (freeing the old name), and refuses a name another account holds', async () => {
    const ctx = context(0);
    const a = (await lyve.createServiceAccount(ctx, { name: 'a', permissions: [DEFAULT_PERMISSION.id] })).body as { id: string };
    await lyve.createServiceAccount(ctx, { name: 'b', permissions: [DEFAULT_PERMISSION.id] });
    expect((await lyve.updateServiceAccount(ctx, a.id, { name: 'a2', description: 'd', permissions: [DEFAULT_PERMISSION.id] })).status).toBe(200);
    expect(lyve.getServiceAccount(ctx, a.id).body).toMatchObject({ name: 'a2', description: 'd' });
    expect((await lyve.createServiceAccount(ctx, { name: 'a', permissions: [DEFAULT_PERMISSION.id] })).status).toBe(200);
    const clash = await rejection(lyve.updateServiceAccount(ctx, a.id, { name: 'b', permissions: [DEFAULT_PERMISSION.id] }));
    expect([clash.status, clash.code]).toEqual([409, 'ServiceAccountNameAlreadyExists']);
  });

  it('list filters by exact name', async () => {
    const ctx = context();
    await lyve.createServiceAccount(ctx, { name: 'alpha', permissions: [DEFAULT_PERMISSION.id] });
    await lyve.createServiceAccount(ctx, { name: 'alphabet', permissions: [DEFAULT_PERMISSION.id] });
    expect((lyve.listServiceAccounts(ctx, 'alpha').body as { name: string }[]).map((a) => a.name)).toEqual(['alpha']);
    expect(lyve.listServiceAccounts(ctx, 'alp').body).toEqual([]);
    expect(lyve.listServiceAccounts(ctx, undefined).body).toHaveLength(2);
  });

  it('delete removes the account and frees its name', async () => {
    const ctx = context(0);
    const { id } = (await lyve.createServiceAccount(ctx, newAccount)).body as { id: string };
    lyve.deleteServiceAccount(ctx, id);
    expect((await rejection(() => lyve.getServiceAccount(ctx, id))).code).toBe('ServiceAccountNotFound');
    expect((await lyve.createServiceAccount(ctx, newAccount)).status).toBe(200);
  });

  it('an account past its expirationDate answers 404 ServiceAccountExpired to enable and disable only; it can still be read, renamed and deleted', async () => {
    const ctx = context(0);
    const { id } = (await lyve.createServiceAccount(ctx, newAccount)).body as { id: string };
    ctx.clock.advance(366 * 86_400_000);
    const enable = await rejection(() => lyve.setServiceAccountEnabled(ctx, id, true));
    expect([enable.status, enable.code, enable.message]).toEqual([
      404,
      'ServiceAccountExpired',
      "The service account has expired. Couldn't enable the expired service.",
    ]);
    const disable = await rejection(() => lyve.setServiceAccountEnabled(ctx, id, false));
    expect(disable.message).toBe("The service account has expired. Couldn't disable the expired service.");
    expect(lyve.getServiceAccount(ctx, id).status).toBe(200);
    expect((await lyve.updateServiceAccount(ctx, id, { ...newAccount, name: 'renamed' })).status).toBe(200);
    expect(lyve.deleteServiceAccount(ctx, id).status).toBe(200);
    expect((await lyve.createServiceAccount(ctx, newAccount)).status).toBe(200);
  });

  it("createToken refuses the reserved secret `invalid` with 403 AuthenticationFailed, and in strict auth every credentials but samock's account's", () => {
    const ctx = context();
    const refusal = (credentials: { accountId: string; accessKey: string; secret: string }, c = ctx) => {
      try {
        lyve.createToken(c, credentials);
      } catch (error) {
        return error as { status: number; code: string; message: string };
      }
      return undefined;
    };
    expect(refusal({ accountId: 'a', accessKey: 'k', secret: 'invalid' })).toMatchObject({
      status: 403,
      code: 'AuthenticationFailed',
      message: 'Authentication failed.',
    });
    expect(refusal({ accountId: 'a', accessKey: 'k', secret: 's' })).toBeUndefined();
    const strict = { ...ctx, options: mockOptions({ auth: 'strict' }) };
    expect(refusal({ accountId: 'a', accessKey: 'k', secret: 's' }, strict)).toMatchObject({ status: 403, code: 'AuthenticationFailed' });
    expect(refusal(lyve.SAMOCK_ACCOUNT_CREDENTIALS, strict)).toBeUndefined();
  });

  it('a token from createToken authenticates, and after 24 hours on the clock answers 400 ExpiredToken', () => {
    const ctx = context();
    const { token } = lyve.createToken(ctx, { accountId: 'a', accessKey: 'k', secret: 's' }).body as { token: string };
    expect(authenticate({ authorization: `Bearer ${token}` }, ctx)).toEqual({ token });
    ctx.clock.advance(86_400_000);
    expect(() => authenticate({ authorization: `Bearer ${token}` }, ctx)).toThrow(expect.objectContaining({ status: 400, code: 'ExpiredToken' }));
  });

  it('keeps at most MAX_ISSUED_TOKENS issued tokens: expired ones are forgotten first, then the oldest, and a fresh token still works', () => {
    const ctx = context();
    const issue = () => (lyve.createToken(ctx, { accountId: 'a', accessKey: 'k', secret: 's' }).body as { token: string }).token;
    const first = issue();
    ctx.clock.advance(86_400_000);
    const second = issue();
    for (let i = 2; i < lyve.MAX_ISSUED_TOKENS; i++) issue();
    expect(ctx.store.tokens.size).toBe(lyve.MAX_ISSUED_TOKENS);
    const fresh = issue();
    expect(ctx.store.tokens.size).toBe(lyve.MAX_ISSUED_TOKENS);
    // The expired first token went, so the live second one stays.
    expect(authenticate({ authorization: `Bearer ${second}` }, ctx)).toEqual({ token: second });
    expect(authenticate({ authorization: `Bearer ${fresh}` }, ctx)).toEqual({ token: fresh });
    for (let i = 0; i < 5; i++) issue();
    expect(ctx.store.tokens.size).toBe(lyve.MAX_ISSUED_TOKENS);
    expect(first).not.toBe(second);
  });

  it('permissions: the default is ready, new ones are not ready at first, duplicate names are 409', async () => {
    const ctx = context(1000);
    expect(lyve.getPermission(ctx, DEFAULT_PERMISSION.id).body).toMatchObject({ name: 'default-all-buckets', readyState: true });
    const { id } = (await lyve.createPermission(ctx, { name: 'p', type: 'all-buckets', actions: 'read-only' })).body as { id: string };
    expect(lyve.getPermission(ctx, id).body).toMatchObject({ readyState: false, actions: 'read-only' });
    expect((await rejection(() => lyve.deletePermission(ctx, id))).code).toBe('PermissionNotReady');
    const dup = await rejection(lyve.createPermission(ctx, { name: 'p', type: 'all-buckets', actions: 'read-only' }));
    expect([dup.status, dup.code]).toEqual([409, 'PermissionNameAlreadyExists']);
    ctx.clock.advance(1000);
    expect(lyve.deletePermission(ctx, id).status).toBe(200);
  });
});
