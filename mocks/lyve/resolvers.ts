import { ALPHANUMERIC, type ApiContext, type ResultOf, sha256, UPPER_ALPHANUMERIC } from 'samock/toolkit';
import { lyveErrors } from './errors.js';
import type { LyveStore, PermissionRecord, ServiceAccountRecord } from './store.js';
import type { components, operations } from './types.js';

type Schemas = components['schemas'];
type Ctx = ApiContext<LyveStore>;
/** What the operation may answer (specs/lyve.yaml): the compiler holds each resolver to it. */
type Result<OperationId extends keyof operations> = ResultOf<operations, OperationId>;

/** Tokens from POST /auth/token live 24 hours (the reference's default). */
export const TOKEN_LIFETIME_SEC = 86_400;
/** Service-account credentials expire a year after creation (inferred; see specs/lyve.yaml). */
const CREDENTIAL_LIFETIME_MS = 365 * 86_400_000;
/** The short `text/plain` confirmation of updates and deletes (`TextConfirmation`). */
const DONE = (text: string) => ({ status: 200, body: text }) as const;

/**
 * The account API credentials of samock's Lyve account: in strict auth mode, the only ones
 * `POST /auth/token` exchanges (README "Lyve Cloud"). Permissive mode takes any credentials,
 * except the reserved secret `invalid`, which reproduces the vendor's refusal.
 */
export const SAMOCK_ACCOUNT_CREDENTIALS: Schemas['TokenRequest'] = { accountId: 'samock', accessKey: 'SAMOCKACCOUNTKEY0001', secret: 'samock-account-secret' };
export const RESERVED_WRONG_SECRET = 'invalid';

export function createToken(ctx: Ctx, credentials: Schemas['TokenRequest']): Result<'createToken'> {
  const known = (['accountId', 'accessKey', 'secret'] as const).every((field) => credentials[field] === SAMOCK_ACCOUNT_CREDENTIALS[field]);
  if (credentials.secret === RESERVED_WRONG_SECRET || (ctx.options.auth === 'strict' && !known)) throw lyveErrors.authenticationFailed();
  const token = ctx.ids.fromAlphabet(ALPHANUMERIC, 48);
  forgetOldTokens(ctx.store.tokens, ctx.clock.now());
  ctx.store.tokens.set(sha256(token), ctx.clock.now() + TOKEN_LIFETIME_SEC * 1000);
  const body: Schemas['TokenResponse'] = { token, expirationSec: TOKEN_LIFETIME_SEC };
  return { status: 200, body };
}

/** Issued tokens a session keeps; a client exchanging credentials in a loop must not grow it for ever. */
export const MAX_ISSUED_TOKENS = 10_000;

/**
 * Bounds the issued tokens: at the limit, expired ones go first (they then read as never
 * issued, InvalidToken, rather than ExpiredToken), then the oldest. Insertion order is age.
 */
function forgetOldTokens(tokens: Map<string, number>, now: number): void {
  if (tokens.size < MAX_ISSUED_TOKENS) return;
  for (const [hash, expiresAt] of tokens) if (expiresAt <= now) tokens.delete(hash);
  for (const hash of tokens.keys()) {
    if (tokens.size < MAX_ISSUED_TOKENS) break;
    tokens.delete(hash);
  }
}

// ── service accounts ────────────────────────────────────────────────────────

export async function createServiceAccount(ctx: Ctx, body: Schemas['ServiceAccountCreate']): Promise<Result<'createServiceAccount'>> {
  const { store, clock, ids, options } = ctx;
  requirePermissions(store, body.permissions);
  const id = ids.hex(24);
  // Check and reserve with no await in between: one winner among concurrent creates.
  if (!store.accounts.claim(body.name, id)) throw lyveErrors.nameAlreadyExists();
  const now = clock.now();
  // The secret is answered once and never stored: nothing in Lyve reads it back,
  // and a mock that cannot show it again cannot leak it.
  const secret = ids.fromAlphabet(ALPHANUMERIC, 40);
  const record: ServiceAccountRecord = {
    id,
    name: body.name,
    description: body.description ?? '',
    enabled: true,
    permissions: [...body.permissions],
    accessKey: ids.fromAlphabet(UPPER_ALPHANUMERIC, 20),
    createdAt: now,
    readyAt: now + options.readyAfterMs,
    expirationDate: new Date(now + CREDENTIAL_LIFETIME_MS).toISOString().slice(0, 10),
  };
  await store.accounts.insert(record);
  const created: Schemas['ServiceAccountCreated'] = {
    id,
    accessKey: record.accessKey,
    secret,
    expirationDate: record.expirationDate,
  };
  return { status: 200, body: created };
}

export function listServiceAccounts(ctx: Ctx, name: string | undefined): Result<'listServiceAccounts'> {
  const { store } = ctx;
  let records: ServiceAccountRecord[];
  if (name === undefined) records = store.accounts.all();
  else {
    const id = store.accounts.idOf(name);
    const found = id === undefined ? undefined : store.accounts.find(id);
    records = found ? [found] : [];
  }
  const body: Schemas['ServiceAccountSummary'][] = records.map((record) => ({
    id: record.id,
    name: record.name,
    description: record.description,
    enabled: record.enabled,
    readyState: isReady(ctx, record),
  }));
  return { status: 200, body };
}

export function getServiceAccount(ctx: Ctx, id: string): Result<'getServiceAccount'> {
  const record = requireAccount(ctx, id);
  const body: Schemas['ServiceAccount'] = {
    id: record.id,
    name: record.name,
    description: record.description,
    enabled: record.enabled,
    readyState: isReady(ctx, record),
    permissions: [...record.permissions],
  };
  return { status: 200, body };
}

export async function updateServiceAccount(ctx: Ctx, id: string, body: Schemas['ServiceAccountCreate']): Promise<Result<'updateServiceAccount'>> {
  const { store } = ctx;
  requireReadyAccount(ctx, id);
  requirePermissions(store, body.permissions);
  const holder = store.accounts.idOf(body.name);
  if (holder !== undefined && holder !== id) throw lyveErrors.nameAlreadyExists();
  await store.accounts.update(id, (draft) => {
    draft.name = body.name;
    draft.description = body.description ?? '';
    draft.permissions = [...body.permissions];
  });
  return DONE('Service account updated successfully.');
}

export function deleteServiceAccount(ctx: Ctx, id: string): Result<'deleteServiceAccount'> {
  requireReadyAccount(ctx, id);
  ctx.store.accounts.delete(id);
  return DONE('Service account deleted successfully.');
}

export async function setServiceAccountEnabled(ctx: Ctx, id: string, enabled: boolean): Promise<Result<'enableServiceAccount' | 'disableServiceAccount'>> {
  const record = requireReadyAccount(ctx, id);
  // The vendor documents ServiceAccountExpired for enable and disable only: an expired
  // account can still be read, renamed and deleted (its name does not stay taken forever).
  if (ctx.clock.now() >= Date.parse(`${record.expirationDate}T00:00:00Z`)) throw lyveErrors.serviceAccountExpired(enabled ? 'enable' : 'disable');
  await ctx.store.accounts.update(id, (draft) => {
    draft.enabled = enabled;
  });
  return { status: 200 };
}

// ── permissions ─────────────────────────────────────────────────────────────

export async function createPermission(ctx: Ctx, body: Schemas['PermissionCreate']): Promise<Result<'createPermission'>> {
  const { store, clock, ids, options } = ctx;
  const id = ids.hex(24);
  if (!store.permissions.claim(body.name, id)) throw lyveErrors.permissionNameAlreadyExists();
  const now = clock.now();
  await store.permissions.insert({ ...permissionFields(body), id, createdAt: now, readyAt: now + options.readyAfterMs });
  const created: Schemas['PermissionCreated'] = { id };
  return { status: 200, body: created };
}

export function listPermissions(ctx: Ctx, name: string | undefined): Result<'listPermissions'> {
  const { store } = ctx;
  const records = name === undefined ? store.permissions.all() : store.permissions.collection.findMany((q) => q.where({ name }));
  const body: Schemas['PermissionSummary'][] = records.map((record) => summarisePermission(ctx, record));
  return { status: 200, body };
}

export function getPermission(ctx: Ctx, id: string): Result<'getPermission'> {
  const record = requirePermission(ctx.store, id);
  const body: Schemas['Permission'] = {
    ...summarisePermission(ctx, record),
    actions: record.actions,
    ...(record.prefix !== undefined && { prefix: record.prefix }),
    ...(record.buckets !== undefined && { buckets: [...record.buckets] }),
    ...(record.policy !== undefined && { policy: record.policy }),
  };
  return { status: 200, body };
}

export async function updatePermission(ctx: Ctx, id: string, body: Schemas['PermissionCreate']): Promise<Result<'updatePermission'>> {
  const { store } = ctx;
  requireReadyPermission(ctx, id);
  const holder = store.permissions.idOf(body.name);
  if (holder !== undefined && holder !== id) throw lyveErrors.permissionNameAlreadyExists();
  const fields = permissionFields(body);
  await store.permissions.update(id, (draft) => {
    Object.assign(draft, fields);
    if (fields.prefix === undefined) delete draft.prefix;
    if (fields.buckets === undefined) delete draft.buckets;
    if (fields.policy === undefined) delete draft.policy;
  });
  return DONE('Permission updated successfully.');
}

export function deletePermission(ctx: Ctx, id: string): Result<'deletePermission'> {
  requireReadyPermission(ctx, id);
  ctx.store.permissions.delete(id);
  return DONE('Permission deleted successfully.');
}

// ── rules shared by the operations above ────────────────────────────────────

function isReady(ctx: Ctx, record: { readyAt: number }): boolean {
  return ctx.clock.now() >= record.readyAt;
}

function requireAccount(ctx: Ctx, id: string): ServiceAccountRecord {
  const record = ctx.store.accounts.find(id);
  if (!record) throw lyveErrors.serviceAccountNotFound();
  return record;
}

function requireReadyAccount(ctx: Ctx, id: string): ServiceAccountRecord {
  const record = requireAccount(ctx, id);
  if (!isReady(ctx, record)) throw lyveErrors.notReady();
  return record;
}

function requirePermission(store: LyveStore, id: string): PermissionRecord {
  const record = store.permissions.find(id);
  if (!record) throw lyveErrors.permissionNotFound(id);
  return record;
}

function requireReadyPermission(ctx: Ctx, id: string): PermissionRecord {
  const record = requirePermission(ctx.store, id);
  if (!isReady(ctx, record)) throw lyveErrors.permissionNotReady();
  return record;
}

function requirePermissions(store: LyveStore, ids: string[]): void {
  for (const id of ids) requirePermission(store, id);
}

function permissionFields(body: Schemas['PermissionCreate']) {
  return {
    name: body.name,
    description: body.description ?? '',
    type: body.type,
    actions: body.actions,
    prefix: body.prefix,
    buckets: body.buckets ? [...body.buckets] : undefined,
    policy: body.policy,
  };
}

function summarisePermission(ctx: Ctx, record: PermissionRecord): Schemas['PermissionSummary'] {
  return {
    id: record.id,
    name: record.name,
    description: record.description,
    type: record.type,
    readyState: isReady(ctx, record),
    createTime: new Date(record.createdAt).toISOString(),
  };
}
