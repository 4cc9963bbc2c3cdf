import { describe, expect, it } from 'vitest';
import { mockOptions } from '../../src/core/define-api.js';
import { authenticate, verifyToken } from '../../mocks/truefoundry/auth.js';
import * as tf from '../../mocks/truefoundry/resolvers.js';
import { createTruefoundryStore, type Manifest, type TruefoundryStore } from '../../mocks/truefoundry/store.js';
import { createClock } from '../../src/clock.js';
import { ApiError } from '../../src/core/api-error.js';
import type { ApiContext } from '../../src/core/define-api.js';
import { createIds } from '../../src/ids.js';

const DAY_MS = 86_400_000;

/** A truefoundry context on a clock frozen at 2026-01-01T00:00Z: time moves only when a test says so. */
function context(): ApiContext<TruefoundryStore> {
  const clock = createClock(() => Date.UTC(2026, 0, 1));
  clock.freeze();
  return { clock, ids: createIds(1), options: mockOptions({ readyAfterMs: 0, strict: true }), store: createTruefoundryStore() };
}

const manifest = (name: string, extra: Partial<Manifest> = {}): Manifest => ({ name, type: 'virtual-account', permissions: [], ...extra });
const upsert = (ctx: ApiContext<TruefoundryStore>, m: Manifest, dryRun?: boolean) =>
  tf.createOrUpdateVirtualAccount(ctx, { manifest: m, dryRun: dryRun ?? false }).then((r) => r.body as { data: any; token?: string });
const list = (ctx: ApiContext<TruefoundryStore>, query: Partial<tf.ListQuery> = {}) =>
  tf.listVirtualAccounts(ctx, { limit: 100, offset: 0, ...query }).body as { data: { id: string; name: string; isExpired: boolean }[]; pagination: unknown };
const auth = (ctx: ApiContext<TruefoundryStore>, token: string) => () => authenticate({ authorization: `Bearer ${token}` }, ctx);

async function rejection(attempt: Promise<unknown> | (() => unknown)): Promise<ApiError> {
  try {
    await (typeof attempt === 'function' ? attempt() : attempt);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('truefoundry resolvers (no HTTP)', () => {
  it('a new name creates: 200 with the account (24-character id, samock tenant and account) and an opaque token', async () => {
    const ctx = context();
    const { data, token } = await upsert(ctx, manifest('ci-deployer', { expiration_date: '2026-06-01' }));
    expect(data).toMatchObject({
      id: expect.stringMatching(/^[a-z0-9]{24}$/),
      name: 'ci-deployer',
      type: 'virtual-account',
      tenantName: 'samock',
      accountId: 'samock-account',
      isExpired: false,
    });
    expect(data.createdAt).toBe('2026-01-01T00:00:00Z');
    expect(token).toMatch(/^tfy_va_[A-Za-z0-9]{48}$/);
    expect(token).not.toContain('ci-deployer');
  });

  it('the same name again updates in place: same id and createdAt, new manifest and updatedAt, no token', async () => {
    const ctx = context();
    const created = await upsert(ctx, manifest('ci-deployer'));
    ctx.clock.advance(60_000);
    const permissions = [{ resource_fqn: 'tfy:ws', resource_type: 'workspace', role_id: 'editor' }];
    const updated = await upsert(ctx, manifest('ci-deployer', { permissions }));
    expect(updated.token).toBeUndefined();
    expect(updated.data).toMatchObject({
      id: created.data.id,
      createdAt: created.data.createdAt,
      updatedAt: '2026-01-01T00:01:00Z',
      manifest: { permissions },
    });
    expect(ctx.store.accounts.count()).toBe(1);
  });

  it('concurrent upserts of one new name create exactly one account and answer exactly one token', async () => {
    const ctx = context();
    const answers = await Promise.all(Array.from({ length: 5 }, () => upsert(ctx, manifest('racer'))));
    expect(new Set(answers.map((a) => a.data.id)).size).toBe(1);
    expect(answers.filter((a) => a.token !== undefined)).toHaveLength(1);
    expect(ctx.store.accounts.count()).toBe(1);
  });

  it('a dry-run create answers the account without a token and stores nothing', async () => {
    const ctx = context();
    const dry = await upsert(ctx, manifest('dry-one'), true);
    expect(dry.data.name).toBe('dry-one');
    expect(dry.token).toBeUndefined();
    expect(list(ctx).data).toEqual([]);
    expect((await rejection(() => tf.getVirtualAccount(ctx, dry.data.id))).status).toBe(404);
    expect(ctx.store.tokens.size).toBe(0);
  });

  it('a dry-run update answers the would-be manifest and leaves the stored one unchanged', async () => {
    const ctx = context();
    const { data } = await upsert(ctx, manifest('kept'));
    const permissions = [{ resource_fqn: 'x', resource_type: 'cluster', role_id: 'admin' }];
    const dry = await upsert(ctx, manifest('kept', { permissions }), true);
    expect(dry.data.manifest.permissions).toEqual(permissions);
    expect((tf.getVirtualAccount(ctx, data.id).body as { data: any }).data.manifest.permissions).toEqual([]);
  });

  it('refuses an expiration_date of today or earlier with 422 naming manifest.expiration_date, and stores nothing', async () => {
    const ctx = context();
    for (const date of ['2026-01-01', '2025-12-31']) {
      const error = await rejection(upsert(ctx, manifest('late', { expiration_date: date })));
      expect([error.status, error.message]).toEqual([422, expect.stringContaining('"manifest.expiration_date"')]);
      expect(error.details).toEqual({ issues: [expect.objectContaining({ pointer: '/manifest/expiration_date', rule: 'futureDate', actual: date })] });
    }
    expect(list(ctx).data).toEqual([]);
    expect((await upsert(ctx, manifest('late', { expiration_date: '2026-01-02' }))).token).toBeDefined();
  });

  it('an account becomes expired at 00:00 UTC on its expiration_date on the mock clock, and isExpired filters on it', async () => {
    const ctx = context();
    const soon = (await upsert(ctx, manifest('soon', { expiration_date: '2026-01-03' }))).data;
    await upsert(ctx, manifest('never'));
    ctx.clock.advance(2 * DAY_MS - 1);
    expect(list(ctx, { isExpired: true }).data).toEqual([]);
    ctx.clock.advance(1);
    expect(list(ctx, { isExpired: true }).data.map((a) => [a.id, a.isExpired])).toEqual([[soon.id, true]]);
    expect(list(ctx, { isExpired: false }).data.map((a) => a.name)).toEqual(['never']);
  });

  it("an expired account's token stops authenticating", async () => {
    const ctx = context();
    const { token } = await upsert(ctx, manifest('short', { expiration_date: '2026-01-02' }));
    expect(verifyToken(ctx, token!)).toBe('valid');
    ctx.clock.advance(DAY_MS);
    expect(verifyToken(ctx, token!)).toBe('expired');
    expect((await rejection(auth(ctx, token!))).status).toBe(401);
  });

  it('regenerate issues a new current token; the old one works for gracePeriodInDays on the clock, then answers 401', async () => {
    const ctx = context();
    const { data, token: old } = await upsert(ctx, manifest('rotated'));
    const fresh = (tf.regenerateVirtualAccountToken(ctx, data.id, { gracePeriodInDays: 7 }).body as { token: string }).token;
    expect(fresh).not.toBe(old);
    expect(tf.getVirtualAccountToken(ctx, data.id).body).toEqual({ token: fresh });
    ctx.clock.advance(7 * DAY_MS - 1);
    expect([verifyToken(ctx, old!), verifyToken(ctx, fresh)]).toEqual(['valid', 'valid']);
    ctx.clock.advance(1);
    expect([verifyToken(ctx, old!), verifyToken(ctx, fresh)]).toEqual(['expired', 'valid']);
    expect((await rejection(auth(ctx, old!))).status).toBe(401);
  });

  it('a second regeneration does not extend a token already retired by the first', async () => {
    const ctx = context();
    const { data, token: first } = await upsert(ctx, manifest('twice'));
    tf.regenerateVirtualAccountToken(ctx, data.id, { gracePeriodInDays: 1 });
    tf.regenerateVirtualAccountToken(ctx, data.id, { gracePeriodInDays: 30 });
    ctx.clock.advance(DAY_MS);
    expect(verifyToken(ctx, first!)).toBe('expired');
  });

  it("delete answers {} and revokes the account's tokens; unknown ids answer 404 naming the id", async () => {
    const ctx = context();
    const { data, token } = await upsert(ctx, manifest('gone'));
    expect(tf.deleteVirtualAccount(ctx, data.id)).toEqual({ status: 200, body: {} });
    expect(verifyToken(ctx, token!)).toBe('expired');
    for (const attempt of [
      () => tf.getVirtualAccount(ctx, data.id),
      () => tf.getVirtualAccountToken(ctx, data.id),
      () => tf.deleteVirtualAccount(ctx, data.id),
    ]) {
      const error = await rejection(attempt);
      expect([error.status, error.message]).toEqual([404, `Virtual account with id "${data.id}" not found.`]);
    }
    expect((await upsert(ctx, manifest('gone'))).token).toBeDefined();
  });

  it('list pages with limit and offset, counts every match in total, and searches names by substring', async () => {
    const ctx = context();
    for (const name of ['alpha-one', 'alpha-two', 'beta-one', 'alpha-three']) await upsert(ctx, manifest(name));
    const page = list(ctx, { nameSearchQuery: 'alpha', limit: 2, offset: 1 });
    expect(page.data.map((a) => a.name)).toEqual(['alpha-two', 'alpha-three']);
    expect(page.pagination).toEqual({ total: 3, offset: 1, limit: 2 });
    expect(list(ctx, { nameSearchQuery: 'one' }).data.map((a) => a.name)).toEqual(['alpha-one', 'beta-one']);
    expect(list(ctx, { offset: 10 })).toEqual({ data: [], pagination: { total: 4, offset: 10, limit: 100 } });
  });

  it('tokens it never issued are accepted as placeholders; reserved tokens answer 401 and 403', async () => {
    const ctx = context();
    await upsert(ctx, manifest('any'));
    expect(auth(ctx, 'my-dev-token')()).toEqual({ token: 'my-dev-token' });
    expect((await rejection(auth(ctx, 'invalid'))).status).toBe(401);
    expect((await rejection(auth(ctx, 'expired'))).status).toBe(401);
    expect((await rejection(auth(ctx, 'forbidden'))).status).toBe(403);
    expect((await rejection(() => authenticate({}, ctx))).status).toBe(401);
  });
});
