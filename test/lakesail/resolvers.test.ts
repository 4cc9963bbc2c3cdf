import { describe, expect, it } from 'vitest';
import { mockOptions } from '../../src/core/define-api.js';
import { authenticate } from '../../mocks/lakesail/auth.js';
import * as lakesail from '../../mocks/lakesail/resolvers.js';
import { createLakesailStore, type LakesailStore } from '../../mocks/lakesail/store.js';
import { createClock } from '../../src/clock.js';
import { ApiError } from '../../src/core/api-error.js';
import type { ApiContext } from '../../src/core/define-api.js';
import { createIds } from '../../src/ids.js';

const NOW = Date.UTC(2026, 0, 1);

/** A lakesail context on a frozen clock: time moves only when a test says so. */
function context(): ApiContext<LakesailStore> {
  const clock = createClock(() => NOW);
  clock.freeze();
  const tools = { clock, ids: createIds(1), options: mockOptions({ readyAfterMs: 0, strict: true }) };
  return { ...tools, store: createLakesailStore(tools) };
}

type Account = { id: string; username: string; description: string; createdAt: string; updatedAt: string };
type Page = { items: Account[]; marker?: string };

const create = async (ctx: ApiContext<LakesailStore>, username = 'etl', description = 'nightly') =>
  (await lakesail.createServiceAccount(ctx, { username, description })).body as Account;
const page = (ctx: ApiContext<LakesailStore>, limit: number, marker?: string) => lakesail.listServiceAccounts(ctx, { limit, marker }).body as Page;

function rejection(run: () => unknown): Promise<ApiError> {
  return Promise.resolve()
    .then(run)
    .then(
      () => {
        throw new Error('expected an ApiError');
      },
      (error: unknown) => {
        if (error instanceof ApiError) return error;
        throw error;
      },
    );
}

/** Walks every page; `between` runs after each page that has a marker. */
async function walk(ctx: ApiContext<LakesailStore>, limit: number, between: (pageIndex: number) => Promise<void> | void = () => {}): Promise<string[]> {
  const seen: string[] = [];
  let marker: string | undefined;
  for (let i = 0; ; i++) {
    const current = page(ctx, limit, marker);
    seen.push(...current.items.map((a) => a.id));
    if (!current.marker) return seen;
    marker = current.marker;
    await between(i);
  }
}

describe('lakesail resolvers (no HTTP)', () => {
  it('create answers 201 with exactly id, username, description, createdAt and updatedAt on the mock clock', async () => {
    const ctx = context();
    const result = await lakesail.createServiceAccount(ctx, { username: 'etl', description: 'nightly' });
    expect(result.status).toBe(201);
    const at = new Date(NOW).toISOString();
    expect(result.body).toEqual({ id: expect.stringMatching(/^[A-Z0-9]{1,20}$/), username: 'etl', description: 'nightly', createdAt: at, updatedAt: at });
  });

  it('describe answers what create answered, and 404 naming the id when it is unknown', async () => {
    const ctx = context();
    const created = await create(ctx);
    expect(lakesail.describeServiceAccount(ctx, created.id)).toEqual({ status: 200, body: created });
    const error = await rejection(() => lakesail.describeServiceAccount(ctx, 'NOSUCH'));
    expect([error.status, error.message]).toEqual([404, 'The service account "NOSUCH" does not exist.']);
  });

  it('a duplicate username creates a second account with its own id', async () => {
    const ctx = context();
    const first = await create(ctx, 'same');
    const second = await create(ctx, 'same');
    expect(second.id).not.toBe(first.id);
    expect(page(ctx, 10).items.map((a) => a.username)).toEqual(['same', 'same']);
  });

  it('create key answers 201 with a key that no later answer contains, and stores only its hash', async () => {
    const ctx = context();
    const account = await create(ctx);
    const result = await lakesail.createServiceAccountKey(ctx, account.id, { expiresAt: '2026-02-01T00:00:00Z' });
    expect(result.status).toBe(201);
    const key = result.body as { id: string; key: string; expiresAt: string };
    expect(key).toEqual({
      id: expect.stringMatching(/^[A-Z0-9]{1,20}$/),
      key: expect.stringMatching(/^[A-Za-z0-9]{48}$/),
      expiresAt: '2026-02-01T00:00:00.000Z',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const later = JSON.stringify([
      lakesail.describeServiceAccount(ctx, account.id).body,
      page(ctx, 10),
      (await lakesail.createServiceAccountKey(ctx, account.id, {})).body,
    ]);
    expect(later).not.toContain(key.key);
    expect(JSON.stringify(ctx.store.keys.all())).not.toContain(key.key);
  });

  it('create key refuses an unknown account with 404 and an expiresAt that is not in the future with 400 naming it', async () => {
    const ctx = context();
    expect((await rejection(() => lakesail.createServiceAccountKey(ctx, 'NOSUCH', {}))).status).toBe(404);
    const account = await create(ctx);
    const past = await rejection(() => lakesail.createServiceAccountKey(ctx, account.id, { expiresAt: new Date(NOW).toISOString() }));
    expect([past.status, past.message]).toEqual([400, expect.stringContaining('"expiresAt"')]);
    expect(ctx.store.keys.count()).toBe(0);
  });

  it('an issued key authenticates until it expires on the clock (401), and a key of a deleted account is refused (401)', async () => {
    const ctx = context();
    const account = await create(ctx);
    const { key } = (await lakesail.createServiceAccountKey(ctx, account.id, { expiresAt: new Date(NOW + 1000).toISOString() })).body as { key: string };
    const { key: lasting } = (await lakesail.createServiceAccountKey(ctx, account.id, {})).body as { key: string };
    const as = (token: string) => () => authenticate({ authorization: `Bearer ${token}` }, ctx);
    expect(as(key)()).toEqual({ token: key });
    ctx.clock.advance(1000);
    expect(as(key)).toThrow(expect.objectContaining({ status: 401, message: expect.stringContaining('expired') }));
    expect(as(lasting)()).toEqual({ token: lasting });
    await lakesail.deleteServiceAccount(ctx, account.id);
    expect(as(lasting)).toThrow(expect.objectContaining({ status: 401, message: expect.stringContaining('not valid') }));
  });

  it('auth: a missing or non-Bearer header and tokens invalid/expired are 401, forbidden is 403, any other token passes', () => {
    const ctx = context();
    const statusOf = (headers: Record<string, string>) => {
      try {
        authenticate(headers, ctx);
        return 'accepted';
      } catch (error) {
        return (error as ApiError).status;
      }
    };
    expect(statusOf({})).toBe(401);
    expect(statusOf({ authorization: 'Basic dXNlcjpwYXNz' })).toBe(401);
    expect(statusOf({ authorization: 'Bearer invalid' })).toBe(401);
    expect(statusOf({ authorization: 'Bearer expired' })).toBe(401);
    expect(statusOf({ authorization: 'Bearer forbidden' })).toBe(403);
    expect(statusOf({ authorization: 'Bearer anything' })).toBe('accepted');
  });

  it('delete answers 204, then describe and a second delete answer 404 and the list leaves it out', async () => {
    const ctx = context();
    const kept = await create(ctx, 'kept');
    const gone = await create(ctx, 'gone');
    expect(await lakesail.deleteServiceAccount(ctx, gone.id)).toEqual({ status: 204 });
    expect((await rejection(() => lakesail.describeServiceAccount(ctx, gone.id))).status).toBe(404);
    expect((await rejection(() => lakesail.deleteServiceAccount(ctx, gone.id))).status).toBe(404);
    expect(page(ctx, 10).items.map((a) => a.id)).toEqual([kept.id]);
  });
});

describe('lakesail pagination (no HTTP)', () => {
  it('pages in creation order, with a marker on every page but the last', async () => {
    const ctx = context();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await create(ctx, `a${i}`)).id);
    const first = page(ctx, 2);
    expect(first.items.map((a) => a.id)).toEqual(ids.slice(0, 2));
    const second = page(ctx, 2, first.marker);
    expect(second.items.map((a) => a.id)).toEqual(ids.slice(2, 4));
    const last = page(ctx, 2, second.marker);
    expect(last).toEqual({ items: [expect.objectContaining({ id: ids[4] })] });
  });

  it('an exact multiple of the limit ends without an empty trailing page, and an empty store answers {items: []}', async () => {
    const ctx = context();
    expect(page(ctx, 2)).toEqual({ items: [] });
    await create(ctx, 'a');
    await create(ctx, 'b');
    expect(page(ctx, 2).marker).toBeUndefined();
  });

  it('a walk sees every account exactly once while accounts are created between pages, the new ones included', async () => {
    const ctx = context();
    const before: string[] = [];
    for (let i = 0; i < 7; i++) before.push((await create(ctx, `before-${i}`)).id);
    const added: string[] = [];
    const seen = await walk(ctx, 3, async () => {
      added.push((await create(ctx, 'during')).id);
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...before, ...added]);
  });

  it('a walk neither skips nor repeats when accounts already seen are deleted between pages (an offset would skip)', async () => {
    const ctx = context();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await create(ctx, `x${i}`)).id);
    const seen = await walk(ctx, 2, async (pageIndex) => {
      if (pageIndex === 0) {
        await lakesail.deleteServiceAccount(ctx, ids[0]!);
        await lakesail.deleteServiceAccount(ctx, ids[1]!);
      }
    });
    expect(seen).toEqual(ids);
  });

  it('a marker stays usable after the account it points at is deleted', async () => {
    const ctx = context();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await create(ctx, `m${i}`)).id);
    const first = page(ctx, 2);
    await lakesail.deleteServiceAccount(ctx, ids[1]!);
    expect(page(ctx, 2, first.marker).items.map((a) => a.id)).toEqual(ids.slice(2));
  });

  it('concurrent creates during a walk (not awaited one by one) all appear once, in the order they arrived', async () => {
    const ctx = context();
    for (let i = 0; i < 4; i++) await create(ctx, `base-${i}`);
    const first = page(ctx, 2);
    const burst = (await Promise.all(Array.from({ length: 10 }, (_, i) => create(ctx, `burst-${i}`)))).map((a) => a.id);
    const rest: string[] = [];
    let marker = first.marker;
    while (marker) {
      const next = page(ctx, 2, marker);
      rest.push(...next.items.map((a) => a.id));
      marker = next.marker;
    }
    expect(rest.slice(2)).toEqual(burst);
  });

  it('refuses a marker it did not issue with 400 naming "marker"', async () => {
    const ctx = context();
    for (const marker of [
      'not-a-marker',
      lakesail.encodeMarker(1).slice(0, -1) + '!',
      Buffer.from('seq:0').toString('base64url'),
      Buffer.from('seq:-1').toString('base64url'),
    ]) {
      const error = await rejection(() => lakesail.listServiceAccounts(ctx, { limit: 2, marker }));
      expect([error.status, error.message]).toEqual([400, expect.stringContaining('"marker"')]);
    }
  });
});
