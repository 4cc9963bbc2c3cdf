import { describe, expect, it } from 'vitest';
import { mockOptions } from '../../src/core/define-api.js';
import { authenticate, TOKEN_LIFETIME_MS } from '../../mocks/nscale/auth.js';
import * as nscale from '../../mocks/nscale/resolvers.js';
import { createNscaleStore, type NscaleStore } from '../../mocks/nscale/store.js';
import type { components } from '../../mocks/nscale/types.js';
import { createClock } from '../../src/clock.js';
import { ApiError } from '../../src/core/api-error.js';
import type { ApiContext } from '../../src/core/define-api.js';
import { createIds } from '../../src/ids.js';

type Created = components['schemas']['serviceAccountCreate'];
type Read = components['schemas']['serviceAccountRead'];

const ORG = 'org-a';
const OTHER_ORG = 'org-b';
const START = Date.UTC(2026, 0, 1);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * An nscale context on a frozen clock (time moves only when a test says so), knowing two
 * organizations: org-a with groups group-1 and group-2, org-b with none.
 */
function context(readyAfterMs = 2000, provisioning: 'immediate' | 'eventual' = 'immediate'): ApiContext<NscaleStore> {
  const clock = createClock(() => START);
  clock.freeze();
  const store = createNscaleStore([
    { id: ORG, groupIDs: ['group-1', 'group-2'] },
    { id: OTHER_ORG, groupIDs: [] },
  ]);
  return { clock, ids: createIds(1), options: mockOptions({ readyAfterMs, strict: true, apiOptions: { provisioning } }), store };
}

const write = (name: string, extra: Partial<components['schemas']['resourceWriteMetadata']> = {}, groupIDs = ['group-1']) => ({
  metadata: { name, ...extra },
  spec: { groupIDs },
});

async function create(ctx: ApiContext<NscaleStore>, name = 'ci-bot', organizationId = ORG): Promise<Created> {
  return (await nscale.createServiceAccount(ctx, organizationId, write(name))).body as Created;
}

const list = (ctx: ApiContext<NscaleStore>, organizationId = ORG) => nscale.listServiceAccounts(ctx, organizationId).body as Read[];
const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

async function rejection(attempt: () => unknown): Promise<ApiError> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('nscale resolvers (no HTTP)', () => {
  it('create answers 201 with a UUID, the organization, provisioned and healthy (as the vendor example), a token and an expiry 90 days on', async () => {
    const ctx = context();
    const result = await nscale.createServiceAccount(ctx, ORG, write('ci-bot', { description: 'builds', tags: [{ name: 'team', value: 'qa' }] }));
    expect(result.status).toBe(201);
    expect(result.body).toEqual({
      metadata: {
        id: expect.stringMatching(UUID),
        name: 'ci-bot',
        description: 'builds',
        tags: [{ name: 'team', value: 'qa' }],
        organizationId: ORG,
        creationTime: '2026-01-01T00:00:00Z',
        provisioningStatus: 'provisioned',
        healthStatus: 'healthy',
      },
      spec: { groupIDs: ['group-1'] },
      status: { expiry: '2026-04-01T00:00:00Z', accessToken: expect.stringMatching(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}$/) },
    });
    expect(TOKEN_LIFETIME_MS).toBe(90 * 86_400_000);
  });

  it('stores only the sha256 of the token, never the token', async () => {
    const ctx = context();
    const created = await create(ctx);
    const stored = JSON.stringify({ accounts: ctx.store.accounts.all(), tokens: [...ctx.store.tokens], current: [...ctx.store.currentToken] });
    expect(stored).not.toContain(created.status.accessToken);
    expect([...ctx.store.tokens.keys()]).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
  });

  it("list never shows the token, and shows only the organization's own accounts, ordered by id", async () => {
    const ctx = context();
    const a = await create(ctx, 'a');
    const b = await create(ctx, 'b');
    await create(ctx, 'elsewhere', OTHER_ORG);
    const listed = list(ctx);
    expect(listed.map((r) => r.metadata.id)).toEqual([a.metadata.id, b.metadata.id].sort());
    expect(listed.every((r) => Object.keys(r.status).join() === 'expiry')).toBe(true);
    expect(JSON.stringify(listed)).not.toContain(a.status.accessToken);
    expect(list(ctx, OTHER_ORG).map((r) => r.metadata.name)).toEqual(['elsewhere']);
  });

  it('allows duplicate names: each create gets its own id', async () => {
    const ctx = context();
    const first = await create(ctx, 'same');
    const second = await create(ctx, 'same');
    expect(second.metadata.id).not.toBe(first.metadata.id);
    expect(list(ctx).map((r) => r.metadata.name)).toEqual(['same', 'same']);
  });

  it('by default is provisioned and healthy at once and stays so, whatever readyAfterMs says', async () => {
    const ctx = context(60_000);
    const created = await create(ctx);
    expect(created.metadata).toMatchObject({ provisioningStatus: 'provisioned', healthStatus: 'healthy' });
    expect(list(ctx)[0]!.metadata).toMatchObject({ provisioningStatus: 'provisioned', healthStatus: 'healthy' });
    expect(ctx.store.accounts.all()[0]!.provisionedAt).toBe(START);
  });

  it('with provisioning=eventual is provisioning (health unknown) until readyAfterMs has passed on the clock, then provisioned and healthy', async () => {
    const ctx = context(2000, 'eventual');
    await create(ctx);
    expect(list(ctx)[0]!.metadata).toMatchObject({ provisioningStatus: 'provisioning', healthStatus: 'unknown' });
    ctx.clock.advance(1999);
    expect(list(ctx)[0]!.metadata.provisioningStatus).toBe('provisioning');
    ctx.clock.advance(1);
    expect(list(ctx)[0]!.metadata).toMatchObject({ provisioningStatus: 'provisioned', healthStatus: 'healthy' });
  });

  it('update replaces name, description, tags and groups, sets modifiedTime, and keeps the id, expiry and token', async () => {
    const ctx = context(600_000);
    const created = await nscale.createServiceAccount(ctx, ORG, write('before', { description: 'old', tags: [{ name: 'k', value: 'v' }] }));
    const { metadata, status } = created.body as Created;
    ctx.clock.advance(60_000);
    const result = await nscale.updateServiceAccount(ctx, ORG, metadata.id, write('after', {}, ['group-2']));
    expect(result.status).toBe(200);
    // Update replaces: the description and tags it leaves out are gone.
    const { description: _description, tags: _tags, ...kept } = metadata;
    expect(result.body).toStrictEqual({
      metadata: { ...kept, name: 'after', modifiedTime: '2026-01-01T00:01:00Z' },
      spec: { groupIDs: ['group-2'] },
      status: { expiry: status.expiry },
    });
    expect(() => authenticate(bearer(status.accessToken), ctx)).not.toThrow();
  });

  it('rotate answers 200 with a new token and expiry; the old token then fails with 401 access_denied', async () => {
    const ctx = context();
    const created = await create(ctx);
    ctx.clock.advance(86_400_000);
    const rotated = await nscale.rotateServiceAccount(ctx, ORG, created.metadata.id);
    const body = rotated.body as Created;
    expect(rotated.status).toBe(200);
    expect(body.status.accessToken).not.toBe(created.status.accessToken);
    expect(body.status.expiry).toBe('2026-04-02T00:00:00Z');
    expect(body.metadata).toMatchObject({ id: created.metadata.id, name: created.metadata.name, creationTime: created.metadata.creationTime });
    const old = await rejection(() => authenticate(bearer(created.status.accessToken), ctx));
    expect([old.status, old.code]).toEqual([401, 'access_denied']);
    expect(authenticate(bearer(body.status.accessToken), ctx)).toEqual({ token: body.status.accessToken, organizationId: 'org-a' });
  });

  it('delete answers 202 with no body, removes the account and revokes its token', async () => {
    const ctx = context();
    const created = await create(ctx);
    expect(nscale.deleteServiceAccount(ctx, ORG, created.metadata.id)).toEqual({ status: 202 });
    expect(list(ctx)).toEqual([]);
    const gone = await rejection(() => nscale.rotateServiceAccount(ctx, ORG, created.metadata.id));
    expect([gone.status, gone.code]).toEqual([404, 'not_found']);
    expect((await rejection(() => authenticate(bearer(created.status.accessToken), ctx))).status).toBe(401);
  });

  it('answers 404 not_found for an id of another organization on update, rotate and delete, and changes nothing', async () => {
    const ctx = context();
    const created = await create(ctx);
    const id = created.metadata.id;
    for (const attempt of [
      () => nscale.updateServiceAccount(ctx, OTHER_ORG, id, write('hijacked')),
      () => nscale.rotateServiceAccount(ctx, OTHER_ORG, id),
      () => nscale.deleteServiceAccount(ctx, OTHER_ORG, id),
      () => nscale.deleteServiceAccount(ctx, ORG, 'no-such-id'),
    ]) {
      const error = await rejection(attempt);
      expect([error.status, error.code, error.message]).toEqual([404, 'not_found', 'resource not found']);
    }
    expect(list(ctx).map((r) => r.metadata.name)).toEqual(['ci-bot']);
    expect(() => authenticate(bearer(created.status.accessToken), ctx)).not.toThrow();
  });

  it('an unknown organization answers 404 not_found on every operation, and nothing is created', async () => {
    const ctx = context();
    const created = await create(ctx);
    for (const attempt of [
      () => nscale.listServiceAccounts(ctx, 'org-unknown'),
      () => nscale.createServiceAccount(ctx, 'org-unknown', write('nowhere')),
      () => nscale.updateServiceAccount(ctx, 'org-unknown', created.metadata.id, write('nowhere')),
      () => nscale.rotateServiceAccount(ctx, 'org-unknown', created.metadata.id),
      () => nscale.deleteServiceAccount(ctx, 'org-unknown', created.metadata.id),
    ]) {
      const error = await rejection(attempt);
      expect([error.status, error.code, error.message]).toEqual([404, 'not_found', 'resource not found']);
    }
    expect(ctx.store.accounts.all().map((a) => a.name)).toEqual(['ci-bot']);
    expect(ctx.store.tokens.size).toBe(1);
  });

  it('keeps only groups of the organization in groupIDs: unknown ids are dropped, repeats count once, ordered by id', async () => {
    const ctx = context();
    const created = (await nscale.createServiceAccount(ctx, ORG, write('grouped', {}, ['group-2', 'ghost', 'group-1', 'group-2']))).body as Created;
    expect(created.spec.groupIDs).toEqual(['group-1', 'group-2']);
    expect(list(ctx)[0]!.spec.groupIDs).toEqual(['group-1', 'group-2']);
    const updated = await nscale.updateServiceAccount(ctx, ORG, created.metadata.id, write('grouped', {}, ['ghost']));
    expect((updated.body as Read).spec.groupIDs).toEqual([]);
    // Another organization's groups are no groups here.
    const elsewhere = (await nscale.createServiceAccount(ctx, OTHER_ORG, write('elsewhere', {}, ['group-1']))).body as Created;
    expect(elsewhere.spec.groupIDs).toEqual([]);
  });

  it("a service account's token answers 403 forbidden under another organization, before the organization is looked up, and changes nothing", async () => {
    const ctx = context();
    const created = await create(ctx);
    const principal = authenticate(bearer(created.status.accessToken), ctx);
    expect(principal).toEqual({ token: created.status.accessToken, organizationId: ORG });
    for (const organizationId of [OTHER_ORG, 'org-unknown']) {
      for (const attempt of [
        () => nscale.listServiceAccounts(ctx, organizationId, principal),
        () => nscale.createServiceAccount(ctx, organizationId, write('intruder'), principal),
        () => nscale.rotateServiceAccount(ctx, organizationId, created.metadata.id, principal),
      ]) {
        const error = await rejection(attempt);
        expect([error.status, error.code, error.message]).toEqual([403, 'forbidden', 'operation is not allowed by rbac (no matching organization endpoints)']);
      }
    }
    expect(ctx.store.accounts.all().map((a) => a.name)).toEqual(['ci-bot']);
    expect(nscale.listServiceAccounts(ctx, ORG, principal).status).toBe(200);
    // A token samock did not issue (a placeholder or a listed admin token) carries no organization.
    expect(nscale.listServiceAccounts(ctx, OTHER_ORG, authenticate(bearer('dev'), ctx)).status).toBe(200);
  });

  it('two concurrent rotations leave exactly one valid token', async () => {
    const ctx = context();
    const created = await create(ctx);
    const [first, second] = (
      await Promise.all([nscale.rotateServiceAccount(ctx, ORG, created.metadata.id), nscale.rotateServiceAccount(ctx, ORG, created.metadata.id)])
    ).map((r) => (r.body as Created).status.accessToken);
    const valid = [created.status.accessToken, first!, second!].filter((token) => {
      try {
        authenticate(bearer(token), ctx);
        return true;
      } catch {
        return false;
      }
    });
    expect(valid).toEqual([second]);
  });
});

describe('nscale authentication (no HTTP)', () => {
  const codeOf = async (headers: Record<string, string>, ctx = context()) => {
    const error = await rejection(() => authenticate(headers, ctx));
    return [error.status, error.code, error.message];
  };

  it('answers a missing Authorization header with 400 invalid_request "authorization header missing"', async () => {
    expect(await codeOf({})).toEqual([400, 'invalid_request', 'authorization header missing']);
  });

  it('answers a non-Bearer scheme or a malformed header with 400 invalid_request', async () => {
    expect((await codeOf({ authorization: 'Basic dXNlcjpwYXNz' })).slice(0, 2)).toEqual([400, 'invalid_request']);
    expect((await codeOf({ authorization: 'Bearer' })).slice(0, 2)).toEqual([400, 'invalid_request']);
  });

  it('answers the reserved tokens invalid and expired with 401 access_denied, and forbidden with 403 forbidden', async () => {
    expect((await codeOf(bearer('invalid'))).slice(0, 2)).toEqual([401, 'access_denied']);
    expect((await codeOf(bearer('expired'))).slice(0, 2)).toEqual([401, 'access_denied']);
    expect((await codeOf(bearer('forbidden'))).slice(0, 2)).toEqual([403, 'forbidden']);
  });

  it('accepts any other bearer token (the shared placeholder policy)', () => {
    expect(authenticate(bearer('dev'), context())).toEqual({ token: 'dev' });
  });

  it('a token the mock issued stops authenticating with 401 access_denied once its 90 days have passed', async () => {
    const ctx = context();
    const created = await create(ctx);
    ctx.clock.advance(TOKEN_LIFETIME_MS - 1);
    expect(() => authenticate(bearer(created.status.accessToken), ctx)).not.toThrow();
    ctx.clock.advance(1);
    expect(await codeOf(bearer(created.status.accessToken), ctx)).toEqual([401, 'access_denied', 'authentication failed: the access token has expired']);
  });
});
