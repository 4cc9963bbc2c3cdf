import { describe, expect, it } from 'vitest';
import { mockOptions } from '../../src/core/define-api.js';
import { authenticate } from '../../mocks/wavefront/auth.js';
import * as accounts from '../../mocks/wavefront/resolvers.js';
import { createWavefrontStore, SEED_ROLES, SEED_USER_GROUPS, type WavefrontStore } from '../../mocks/wavefront/store.js';
import * as tokens from '../../mocks/wavefront/token-resolvers.js';
import { createClock } from '../../src/clock.js';
import { ApiError } from '../../src/core/api-error.js';
import type { ApiContext, ResolverResult } from '../../src/core/define-api.js';
import { createIds } from '../../src/ids.js';

/** A wavefront context on a frozen clock: time moves only when a test says so. */
function context(): ApiContext<WavefrontStore> {
  const clock = createClock(() => Date.UTC(2026, 0, 1));
  clock.freeze();
  const tools = { clock, ids: createIds(1), options: mockOptions({ readyAfterMs: 0, strict: true }) };
  return { ...tools, store: createWavefrontStore(tools) };
}

const [editors, alerting] = SEED_ROLES as [(typeof SEED_ROLES)[0], (typeof SEED_ROLES)[0]];
const [sre, observers] = SEED_USER_GROUPS as [(typeof SEED_USER_GROUPS)[0], (typeof SEED_USER_GROUPS)[0]];

/** The envelope's `response` of a success, after checking the envelope itself. */
function response<T = any>(result: ResolverResult): T {
  expect(result.status).toBe(200);
  const body = result.body as { status: unknown; response: T };
  expect(body.status).toEqual({ result: 'OK', message: '', code: 200 });
  return body.response;
}

async function rejection(attempt: () => unknown): Promise<ApiError> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

/** A bare UserModel answer (add/remove roles and groups, grant, revoke): HTTP 200 and no envelope. */
function userModel<T = any>(result: ResolverResult): T {
  expect(result.status).toBe(200);
  expect(result.body).not.toHaveProperty('status');
  expect(result.body).toMatchObject({ customer: 'samock', identifier: expect.any(String), groups: expect.any(Array), userGroups: expect.any(Array) });
  return result.body as T;
}
const account = (ctx: ApiContext<WavefrontStore>, id = 'sa::ci-bot') => response(accounts.getServiceAccount(ctx, id));

const create = async (ctx: ApiContext<WavefrontStore>, body: Record<string, unknown> = {}) =>
  response(await accounts.createServiceAccount(ctx, { identifier: 'sa::ci-bot', ...body }));
const tokenIds = (result: ResolverResult) => response<{ tokenID: string }[]>(result).map((t) => t.tokenID);

describe('wavefront account resolvers (no HTTP)', () => {
  it('create answers the OK envelope with an active account and no tokens', async () => {
    expect(await create(context(), { description: 'builds' })).toMatchObject({
      identifier: 'sa::ci-bot',
      active: true,
      description: 'builds',
      tokens: [],
      roles: [],
      userGroups: [],
    });
  });

  it('a second create with the same identifier is 409 and stores nothing', async () => {
    const ctx = context();
    await create(ctx);
    const error = await rejection(() => accounts.createServiceAccount(ctx, { identifier: 'sa::ci-bot' }));
    expect([error.status, error.message]).toEqual([409, 'An account with identifier sa::ci-bot already exists.']);
    expect(ctx.store.accounts.count()).toBe(1);
  });

  it('an unknown role or user group is 400 and reserves no identifier', async () => {
    const ctx = context();
    expect((await rejection(() => accounts.createServiceAccount(ctx, { identifier: 'sa::x', roles: ['nope'] }))).status).toBe(400);
    expect((await rejection(() => accounts.createServiceAccount(ctx, { identifier: 'sa::x', userGroups: ['nope'] }))).status).toBe(400);
    expect(await create(ctx, { identifier: 'sa::x' })).toMatchObject({ identifier: 'sa::x' });
  });

  it("unitedRoles joins direct roles and the groups' roles; unitedPermissions joins direct and role permissions", async () => {
    const account = await create(context(), { roles: [editors.id], userGroups: [sre.id], groups: ['ingestion'] });
    expect(account.unitedRoles).toEqual([editors.id, alerting.id]);
    expect(account.unitedPermissions).toEqual(['ingestion', 'dashboard_management', 'events_management', 'alerts_management']);
    expect(account.roles[0]).toMatchObject({ id: editors.id, linkedAccountsCount: 1, sampleLinkedAccounts: ['sa::ci-bot'] });
    expect(account.userGroups[0]).toMatchObject({ id: sre.id, users: ['sa::ci-bot'], userCount: 1, roles: [{ id: alerting.id }] });
  });

  it('add and remove roles and user groups answer the bare UserModel and change the lists and the memberships', async () => {
    const ctx = context();
    await create(ctx);
    expect(
      userModel(await accounts.changeMemberships(ctx, 'sa::ci-bot', 'roles', [editors.id, editors.id], true)).roles.map((r: { id: string }) => r.id),
    ).toEqual([editors.id]);
    expect(account(ctx).unitedRoles).toEqual([editors.id]);
    expect(userModel(await accounts.changeMemberships(ctx, 'sa::ci-bot', 'userGroups', [observers.id], true)).userGroups).toHaveLength(1);
    expect(ctx.store.groupMembers.get(observers.id)).toEqual(new Set(['sa::ci-bot']));
    expect(userModel(await accounts.changeMemberships(ctx, 'sa::ci-bot', 'roles', [editors.id], false)).roles).toEqual([]);
    expect([account(ctx).roles, account(ctx).unitedRoles]).toEqual([[], []]);
    expect(ctx.store.roleMembers.get(editors.id)?.size).toBe(0);
  });

  it('grant adds a permission once; revoke removes it from groups but a role may still unite it', async () => {
    const ctx = context();
    await create(ctx, { roles: [editors.id] });
    await accounts.changePermission(ctx, 'sa::ci-bot', 'events_management', true);
    expect(userModel(await accounts.changePermission(ctx, 'sa::ci-bot', 'events_management', true)).groups).toEqual(['events_management']);
    expect(userModel(await accounts.changePermission(ctx, 'sa::ci-bot', 'events_management', false)).groups).toEqual([]);
    expect(account(ctx).unitedPermissions).toContain('events_management');
  });

  it('bulk grant changes every listed account and answers the first; an unknown identifier or an empty list is 400 and changes none', async () => {
    const ctx = context();
    await create(ctx, { identifier: 'sa::a' });
    await create(ctx, { identifier: 'sa::b' });
    expect(userModel(await accounts.changePermissionForAccounts(ctx, 'ingestion', ['sa::b', 'sa::a', 'sa::b'], true)).identifier).toBe('sa::b');
    expect([account(ctx, 'sa::a').groups, account(ctx, 'sa::b').groups]).toEqual([['ingestion'], ['ingestion']]);
    expect((await rejection(() => accounts.changePermissionForAccounts(ctx, 'ingestion', ['sa::a', 'sa::ghost'], false))).status).toBe(400);
    expect((await rejection(() => accounts.changePermissionForAccounts(ctx, 'ingestion', [], false))).status).toBe(400);
    expect(account(ctx, 'sa::a').groups).toEqual(['ingestion']);
    userModel(await accounts.changePermissionForAccounts(ctx, 'ingestion', ['sa::a'], false));
    expect([account(ctx, 'sa::a').groups, account(ctx, 'sa::b').groups]).toEqual([[], ['ingestion']]);
  });

  it('get all accounts pages in creation order; get account answers the Account; an unknown id is 404', async () => {
    const ctx = context();
    for (const identifier of ['sa::a', 'sa::b', 'sa::c']) await create(ctx, { identifier });
    expect(response(accounts.getAllAccounts(ctx, 2, 5))).toEqual({
      items: [expect.objectContaining({ identifier: 'sa::c' })],
      offset: 2,
      limit: 5,
      totalItems: 3,
      moreItems: false,
    });
    expect(response(accounts.getAllAccounts(ctx, 0, 2)).moreItems).toBe(true);
    expect(response(accounts.getAccount(ctx, 'sa::a'))).toEqual({
      identifier: 'sa::a',
      groups: [],
      roles: [],
      userGroups: [],
      unitedPermissions: [],
      unitedRoles: [],
    });
    expect((await rejection(() => accounts.getAccount(ctx, 'sa::ghost'))).status).toBe(404);
  });

  it('activate and deactivate flip active', async () => {
    const ctx = context();
    await create(ctx);
    expect(response(await accounts.setActive(ctx, 'sa::ci-bot', false)).active).toBe(false);
    expect(response(accounts.getServiceAccount(ctx, 'sa::ci-bot')).active).toBe(false);
    expect(response(await accounts.setActive(ctx, 'sa::ci-bot', true)).active).toBe(true);
  });

  it('update keeps fields left out, replaces lists given, and refuses another identifier with 400', async () => {
    const ctx = context();
    await create(ctx, { description: 'd', groups: ['ingestion'], roles: [editors.id] });
    const updated = response(await accounts.updateServiceAccount(ctx, 'sa::ci-bot', { identifier: 'sa::ci-bot', roles: [] }));
    expect([updated.description, updated.groups, updated.roles]).toEqual(['d', ['ingestion'], []]);
    expect((await rejection(() => accounts.updateServiceAccount(ctx, 'sa::ci-bot', { identifier: 'sa::other' }))).status).toBe(400);
  });

  it('update with tokens keeps only the listed tokens; a token the account lacks is 400', async () => {
    const ctx = context();
    await create(ctx);
    tokens.generateToken(ctx, 'sa::ci-bot', undefined);
    const [kept, dropped] = tokenIds(tokens.generateToken(ctx, 'sa::ci-bot', undefined)) as [string, string];
    expect((await rejection(() => accounts.updateServiceAccount(ctx, 'sa::ci-bot', { identifier: 'sa::ci-bot', tokens: ['ghost'] }))).status).toBe(400);
    await accounts.updateServiceAccount(ctx, 'sa::ci-bot', { identifier: 'sa::ci-bot', tokens: [kept] });
    expect(tokenIds(tokens.getTokens(ctx, 'sa::ci-bot'))).toEqual([kept]);
    expect(() => authenticate({ 'x-auth-token': dropped }, ctx)).toThrow(expect.objectContaining({ status: 401 }));
  });

  it('delete answers the Account with ids, frees the identifier and revokes its tokens', async () => {
    const ctx = context();
    await create(ctx, { roles: [editors.id] });
    const [token] = tokenIds(tokens.generateToken(ctx, 'sa::ci-bot', undefined)) as [string];
    expect(response(accounts.deleteAccount(ctx, 'sa::ci-bot'))).toEqual({
      identifier: 'sa::ci-bot',
      groups: [],
      roles: [editors.id],
      userGroups: [],
      unitedPermissions: editors.permissions,
      unitedRoles: [editors.id],
    });
    expect((await rejection(() => accounts.getServiceAccount(ctx, 'sa::ci-bot'))).status).toBe(404);
    expect(() => authenticate({ authorization: `Bearer ${token}` }, ctx)).toThrow(expect.objectContaining({ status: 401 }));
    expect(await create(ctx)).toMatchObject({ identifier: 'sa::ci-bot', tokens: [] });
  });

  it('delete-multiple deletes the accounts that exist and answers their identifiers', async () => {
    const ctx = context();
    await create(ctx, { identifier: 'sa::a' });
    await create(ctx, { identifier: 'sa::b' });
    expect(response(accounts.deleteMultipleAccounts(ctx, ['sa::a', 'sa::ghost', 'sa::b', 'sa::a']))).toEqual(['sa::a', 'sa::b']);
    expect(response(accounts.getAllServiceAccounts(ctx))).toEqual([]);
  });
});

describe('wavefront token resolvers and authentication (no HTTP)', () => {
  it('creating a token answers every token with the new one last, a UUID, dated by the clock', async () => {
    const ctx = context();
    await create(ctx);
    const first = tokenIds(tokens.generateToken(ctx, 'sa::ci-bot', { tokenName: 'one' }));
    const list = response(tokens.generateToken(ctx, 'sa::ci-bot', { tokenName: 'two' }));
    expect(list.map((t: { tokenID: string }) => t.tokenID).slice(0, 1)).toEqual(first);
    expect(list[1]).toEqual({
      tokenID: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      tokenName: 'two',
      account: 'sa::ci-bot',
      accountType: 'SERVICE_ACCOUNT',
      dateGenerated: Date.UTC(2026, 0, 1),
    });
  });

  it('an issued token authenticates via X-AUTH-TOKEN (Bearer prefix tolerated) and Authorization, and records lastUsed', async () => {
    const ctx = context();
    await create(ctx);
    const [token] = tokenIds(tokens.generateToken(ctx, 'sa::ci-bot', undefined)) as [string];
    ctx.clock.advance(5000);
    expect(authenticate({ 'x-auth-token': token }, ctx)).toEqual({ token, account: 'sa::ci-bot' });
    expect(authenticate({ 'x-auth-token': `Bearer ${token}` }, ctx)).toEqual({ token, account: 'sa::ci-bot' });
    expect(authenticate({ authorization: `Bearer ${token}` }, ctx)).toEqual({ token, account: 'sa::ci-bot' });
    const account = response(accounts.getServiceAccount(ctx, 'sa::ci-bot'));
    expect([account.lastUsed, account.tokens[0].lastUsed]).toEqual([Date.UTC(2026, 0, 1) + 5000, Date.UTC(2026, 0, 1) + 5000]);
  });

  it('a deleted token, and a token of a deactivated account, are 401; activation restores it', async () => {
    const ctx = context();
    await create(ctx);
    tokens.generateToken(ctx, 'sa::ci-bot', undefined);
    const [a, b] = tokenIds(tokens.generateToken(ctx, 'sa::ci-bot', undefined)) as [string, string];
    expect(tokenIds(tokens.deleteToken(ctx, 'sa::ci-bot', a))).toEqual([b]);
    expect(() => authenticate({ 'x-auth-token': a }, ctx)).toThrow(
      expect.objectContaining({ status: 401, message: 'Unauthorized: the API token was deleted.' }),
    );
    await accounts.setActive(ctx, 'sa::ci-bot', false);
    expect(response(tokens.getTokens(ctx, 'sa::ci-bot'))[0].accountType).toBe('INACTIVE_SERVICE_ACCOUNT');
    expect(() => authenticate({ 'x-auth-token': b }, ctx)).toThrow(expect.objectContaining({ status: 401 }));
    await accounts.setActive(ctx, 'sa::ci-bot', true);
    expect(authenticate({ 'x-auth-token': b }, ctx).account).toBe('sa::ci-bot');
  });

  it('missing and malformed headers and the reserved tokens answer 401, forbidden 403; X-AUTH-TOKEN wins over Authorization', () => {
    const ctx = context();
    const status = (headers: Record<string, string>) => {
      try {
        authenticate(headers, ctx);
        return 200;
      } catch (error) {
        return (error as ApiError).status;
      }
    };
    expect([
      status({}),
      status({ authorization: 'Basic dTpw' }),
      status({ authorization: 'Bearer invalid' }),
      status({ 'x-auth-token': 'expired' }),
      status({ 'x-auth-token': 'forbidden' }),
    ]).toEqual([401, 401, 401, 401, 403]);
    expect([
      status({ 'x-auth-token': 'placeholder', authorization: 'Bearer invalid' }),
      status({ 'x-auth-token': 'invalid', authorization: 'Bearer placeholder' }),
    ]).toEqual([200, 401]);
  });

  it('rename sets tokenName; another tokenID in the body is 400; an unknown token is 404', async () => {
    const ctx = context();
    await create(ctx);
    const [token] = tokenIds(tokens.generateToken(ctx, 'sa::ci-bot', undefined)) as [string];
    expect(response(tokens.renameToken(ctx, 'sa::ci-bot', token, { tokenName: 'renamed' }))).toMatchObject({ tokenID: token, tokenName: 'renamed' });
    expect((await rejection(() => tokens.renameToken(ctx, 'sa::ci-bot', token, { tokenID: 'other' }))).status).toBe(400);
    expect((await rejection(() => tokens.deleteToken(ctx, 'sa::ci-bot', 'ghost'))).status).toBe(404);
    expect((await rejection(() => tokens.getTokens(ctx, 'sa::ghost'))).status).toBe(404);
  });
});
