import { ALPHANUMERIC, type ApiContext, fromBase64Url, type ResultOf, sha256, toBase64Url, type TokenVerdict, UPPER_ALPHANUMERIC } from 'samock/toolkit';
import { lakesailErrors } from './errors.js';
import type { KeyRecord, LakesailStore, ServiceAccountRecord } from './store.js';
import type { components, operations } from './types.js';

type Schemas = components['schemas'];
type Ctx = ApiContext<LakesailStore>;
/** What the operation may answer (specs/lakesail.yaml): the compiler holds each resolver to it. */
type Result<OperationId extends keyof operations> = ResultOf<operations, OperationId>;

/** Ids are ResourceIds (`^[A-Z0-9]{1,20}$`); 16 characters keep collisions out of reach. */
const ID_LENGTH = 16;
const KEY_LENGTH = 48;
/** Mirrors the spec's `limit` default, for callers that bypass validation (unit tests). */
export const DEFAULT_PAGE_SIZE = 50;

// ── service accounts ────────────────────────────────────────────────────────

export async function createServiceAccount(ctx: Ctx, body: Schemas['ServiceAccountSpec']): Promise<Result<'createServiceAccount'>> {
  const { store, clock } = ctx;
  const id = newId(ctx, (candidate) => store.accounts.find(candidate) !== undefined);
  const now = clock.now();
  // No uniqueness check on `username`: LakeSail documents none (docs/decisions/0003).
  // The listing entry and the record are written with no await in between, so the
  // list order is the order in which creates arrived.
  const sequence = store.listing.append(id);
  const record: ServiceAccountRecord = { id, username: body.username, description: body.description, createdAt: now, updatedAt: now, sequence };
  await store.accounts.insert(record);
  return { status: 201, body: view(record) };
}

export function describeServiceAccount(ctx: Ctx, id: string): Result<'describeServiceAccount'> {
  return { status: 200, body: view(requireAccount(ctx, id)) };
}

/**
 * One page in creation order. The marker names the last item's sequence number,
 * not an offset: with an offset, deleting an account before the cursor would shift
 * every later item back one place and the next page would skip one (a gap), and an
 * insertion before the cursor would show one twice. A sequence number never moves
 * and is never reused, so "everything after N" is the same set of survivors however
 * the list changes meanwhile; accounts created during a walk get higher numbers
 * and appear on a later page.
 */
export function listServiceAccounts(ctx: Ctx, page: { limit?: number; marker?: string }): Result<'listServiceAccounts'> {
  const { store } = ctx;
  const after = page.marker === undefined ? 0 : decodeMarker(page.marker);
  const { entries, more } = store.listing.after(after, page.limit ?? DEFAULT_PAGE_SIZE);
  const items = entries.map((entry) => view(store.accounts.find(entry.id)!));
  const last = entries.at(-1);
  const body: Schemas['ServiceAccountList'] = more && last ? { items, marker: encodeMarker(last.sequence) } : { items };
  return { status: 200, body };
}

export async function deleteServiceAccount(ctx: Ctx, id: string): Promise<Result<'deleteServiceAccount'>> {
  const { store, clock } = ctx;
  const record = requireAccount(ctx, id);
  store.accounts.delete(id);
  store.listing.remove(record.sequence);
  // Its keys are revoked, not forgotten: a forgotten key would be just another unknown
  // token, which the shared bearer policy accepts. (`keyVerdict` also refuses a key
  // whose account is gone, for a key whose insert had not settled when this ran.)
  const now = clock.now();
  const keys = store.keys.collection.findMany((q) => q.where({ serviceAccountId: id }));
  await Promise.all(
    keys.map((key) =>
      store.keys.update(key.id, (draft) => {
        draft.revokedAt = now;
        draft.updatedAt = now;
      }),
    ),
  );
  return { status: 204 };
}

// ── keys ────────────────────────────────────────────────────────────────────

export async function createServiceAccountKey(ctx: Ctx, accountId: string, body: Schemas['ServiceAccountKeySpec']): Promise<Result<'createServiceAccountKey'>> {
  const { store, clock, ids } = ctx;
  requireAccount(ctx, accountId);
  const now = clock.now();
  const expiresAt = body.expiresAt === undefined ? undefined : Date.parse(body.expiresAt);
  if (expiresAt !== undefined && expiresAt <= now) {
    throw lakesailErrors.badRequest(`Invalid request: Field "expiresAt" must be in the future (rule: future); got ${JSON.stringify(body.expiresAt)}.`);
  }
  // The secret is answered once and kept only as a hash: it still authenticates,
  // and a mock that cannot show it again cannot leak it (describe, list, state dumps).
  const key = ids.fromAlphabet(ALPHANUMERIC, KEY_LENGTH);
  const record: KeyRecord = {
    id: newId(ctx, (candidate) => store.keys.find(candidate) !== undefined),
    serviceAccountId: accountId,
    keySha256: sha256(key),
    ...(expiresAt !== undefined && { expiresAt }),
    createdAt: now,
    updatedAt: now,
  };
  await store.keys.insert(record);
  const created: Schemas['ServiceAccountKey'] = {
    id: record.id,
    ...(expiresAt !== undefined && { expiresAt: iso(expiresAt) }),
    key,
    createdAt: iso(now),
    updatedAt: iso(now),
  };
  return { status: 201, body: created };
}

/**
 * How a bearer token fares as one of this mock's keys: a key it issued is valid
 * until it expires on the mock's clock or its account is deleted (revoked); any
 * other token is 'unknown' (and accepted by the shared bearer policy).
 */
export function keyVerdict(ctx: Ctx, token: string): TokenVerdict {
  const { store, clock } = ctx;
  // Most traffic carries placeholder tokens: skip the hash while no key exists.
  if (store.keys.count() === 0) return 'unknown';
  const id = store.keys.idOf(sha256(token));
  const record = id === undefined ? undefined : store.keys.find(id);
  if (!record) return 'unknown';
  if (record.revokedAt !== undefined || !store.accounts.find(record.serviceAccountId)) return 'invalid';
  if (record.expiresAt !== undefined && clock.now() >= record.expiresAt) return 'expired';
  return 'valid';
}

// ── shared rules ────────────────────────────────────────────────────────────

function requireAccount(ctx: Ctx, id: string): ServiceAccountRecord {
  const record = ctx.store.accounts.find(id);
  if (!record) throw lakesailErrors.serviceAccountNotFound(id);
  return record;
}

function newId(ctx: Ctx, taken: (id: string) => boolean): string {
  let id: string;
  do id = ctx.ids.fromAlphabet(UPPER_ALPHANUMERIC, ID_LENGTH);
  while (taken(id));
  return id;
}

/** What every operation shows of an account: never a key. */
function view(record: ServiceAccountRecord): Schemas['ServiceAccount'] {
  return {
    id: record.id,
    username: record.username,
    description: record.description,
    createdAt: iso(record.createdAt),
    updatedAt: iso(record.updatedAt),
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();

// ── markers ─────────────────────────────────────────────────────────────────
// Opaque to clients, as LakeSail asks ("do not interpret the marker"): base64url of
// `seq:<n>`, so nobody mistakes it for an offset or an account id.

const MARKER = /^seq:([1-9][0-9]{0,14})$/;

export function encodeMarker(sequence: number): string {
  return toBase64Url(`seq:${sequence}`);
}

function decodeMarker(marker: string): number {
  const decoded = marker === '' ? undefined : fromBase64Url(marker);
  const match = decoded === undefined ? null : MARKER.exec(decoded);
  if (!match) {
    throw lakesailErrors.badRequest(
      `Invalid request: query field "marker" is not a marker this server issued (rule: ` +
        `marker); pass the marker of the previous page unchanged, or none for the first page.`,
    );
  }
  return Number(match[1]);
}
