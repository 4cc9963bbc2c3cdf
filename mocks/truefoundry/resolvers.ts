import { ALPHANUMERIC, type ApiContext, LOWER_ALPHANUMERIC, type ResultOf, sha256 } from 'samock/toolkit';
import { truefoundryErrors } from './errors.js';
import { matchesFilter, parseFilter } from './filter.js';
import { graceEnd, isExpired, type Manifest, type TruefoundryStore, type VirtualAccountRecord } from './store.js';
import type { components, operations } from './types.js';

type Schemas = components['schemas'];
type Ctx = ApiContext<TruefoundryStore>;
/** What the operation may answer (specs/truefoundry.yaml): the compiler holds each resolver to it. */
type Result<OperationId extends keyof operations> = ResultOf<operations, OperationId>;

/** Every token samock issues starts so; the rest is random (see issueToken). */
export const TOKEN_PREFIX = 'tfy_va_';

/** samock's tenant and creator: fixed, so answers are reproducible (README, spec `Subject`). */
export const TENANT_NAME = 'samock';
/** The vendor's required `accountId` ("ID of the account that owns this virtual account"): samock has one account. */
export const ACCOUNT_ID = 'samock-account';
export const CREATED_BY = 'admin@samock.dev';
export const CREATED_BY_SUBJECT: Schemas['Subject'] = {
  subjectId: 'samock-admin',
  subjectType: 'user',
  subjectSlug: CREATED_BY,
  subjectDisplayName: 'samock admin',
};

export interface ListQuery {
  limit: number;
  offset: number;
  nameSearchQuery?: string;
  isExpired?: boolean;
  /** Team names, already split on commas; an account matches when `manifest.ownedBy.team` is one of them. */
  ownedByTeams?: string[];
  /** The `filter` tree as sent (JSON text); parsed here, so a bad one answers 422 (filter.ts). */
  filter?: string;
}

/**
 * Upsert by `manifest.name`: a new name creates and answers the token, an
 * existing one updates in place (same id) and answers none. A dry run answers
 * the same way but changes nothing, and answers no token (nothing was issued).
 */
export async function createOrUpdateVirtualAccount(
  ctx: Ctx,
  body: Schemas['CreateOrUpdateVirtualAccountRequest'],
): Promise<Result<'createOrUpdateVirtualAccount'>> {
  const { store, clock, ids } = ctx;
  const now = clock.now();
  requireFutureExpiration(body.manifest, now);
  const manifest = copyManifest(body.manifest);
  const dryRun = body.dryRun === true;

  const existingId = store.accounts.idOf(manifest.name);
  const existing = existingId === undefined ? undefined : store.accounts.find(existingId);
  if (existing) {
    if (dryRun) return answer({ data: view({ ...existing, manifest, updatedAt: now }, now) });
    const updated = await store.accounts.update(existing.id, (draft) => {
      draft.manifest = manifest;
      draft.updatedAt = now;
    });
    return answer({ data: view(updated, now) });
  }

  const record: VirtualAccountRecord = { id: ids.fromAlphabet(LOWER_ALPHANUMERIC, 24), name: manifest.name, manifest, createdAt: now, updatedAt: now };
  if (dryRun) return answer({ data: view(record, now) });
  // idOf above and claim here run with no await between them: concurrent creates of one name give one account.
  if (!store.accounts.claim(record.name, record.id)) throw new Error(`The name ${record.name} was claimed concurrently.`);
  // Stored first (insert refuses, and releases the claim, if the record cannot be stored), and
  // only then is a token issued: a refused create must leave no token and no claimed name behind.
  const stored = store.accounts.insert(record);
  const token = issueToken(ctx, record);
  await stored;
  return answer({ data: view(record, now), token });
}

/** Every filter given must pass (AND): name part, expiry status, owning team, filter tree. */
export function listVirtualAccounts(ctx: Ctx, query: ListQuery): Result<'listVirtualAccounts'> {
  const now = ctx.clock.now();
  const needle = query.nameSearchQuery?.toLowerCase();
  const teams = query.ownedByTeams === undefined ? undefined : new Set(query.ownedByTeams);
  const tree = query.filter === undefined ? undefined : parseFilter(query.filter);
  const matches = ctx.store.accounts
    .all()
    .filter(
      (record) =>
        (needle === undefined || record.name.includes(needle)) &&
        (query.isExpired === undefined || isExpired(record, now) === query.isExpired) &&
        (teams === undefined || ownedByOneOf(record, teams)) &&
        (tree === undefined || matchesFilter(tree, record)),
    );
  const body: Schemas['ListVirtualAccountsResponse'] = {
    data: matches.slice(query.offset, query.offset + query.limit).map((record) => view(record, now)),
    pagination: { total: matches.length, offset: query.offset, limit: query.limit },
  };
  return { status: 200, body };
}

export function getVirtualAccount(ctx: Ctx, id: string): Result<'getVirtualAccount'> {
  const body: Schemas['GetVirtualAccountResponse'] = { data: view(requireAccount(ctx, id), ctx.clock.now()) };
  return { status: 200, body };
}

/** Deletes the account; its tokens stop authenticating at once (they stay known, as revoked). */
export function deleteVirtualAccount(ctx: Ctx, id: string): Result<'deleteVirtualAccount'> {
  const { store, clock } = ctx;
  requireAccount(ctx, id);
  retireTokens(store, id, clock.now());
  store.currentTokens.delete(id);
  store.accounts.delete(id);
  return { status: 200, body: {} };
}

/** The vendor shows the current token again on this explicit call (the one-time rule covers create vs update/get/list). */
export function getVirtualAccountToken(ctx: Ctx, id: string): Result<'getVirtualAccountToken'> {
  requireAccount(ctx, id);
  const token = ctx.store.currentTokens.get(id);
  if (token === undefined) throw truefoundryErrors.tokenNotRetrievable(id);
  const body: Schemas['TokenResponse'] = { token };
  return { status: 200, body };
}

/** A new current token; the old ones keep working until `gracePeriodInDays` from now (or their own earlier end). */
export function regenerateVirtualAccountToken(ctx: Ctx, id: string, body: Schemas['RegenerateTokenRequest']): Result<'regenerateVirtualAccountToken'> {
  const record = requireAccount(ctx, id);
  retireTokens(ctx.store, id, graceEnd(ctx.clock.now(), body.gracePeriodInDays));
  const response: Schemas['TokenResponse'] = { token: issueToken(ctx, record) };
  return { status: 200, body: response };
}

// ── rules shared by the operations above ────────────────────────────────────

/** `ownedByTeams` matches the owning team exactly; an account with no `ownedBy` matches none (inferred). */
function ownedByOneOf(record: VirtualAccountRecord, teams: Set<string>): boolean {
  const team = record.manifest.ownedBy?.team;
  return team !== undefined && teams.has(team);
}

function answer(body: Schemas['CreateOrUpdateVirtualAccountResponse']): Result<'createOrUpdateVirtualAccount'> {
  return { status: 200, body };
}

function requireAccount(ctx: Ctx, id: string): VirtualAccountRecord {
  const record = ctx.store.accounts.find(id);
  if (!record) throw truefoundryErrors.notFound(id);
  return record;
}

/** `expiration_date` must be after today (UTC) on the mock's clock; the format itself is checked by the spec. */
function requireFutureExpiration(manifest: Manifest, now: number): void {
  const date = manifest.expiration_date;
  if (date === undefined) return;
  const today = new Date(now).toISOString().slice(0, 10);
  if (date > today) return;
  throw truefoundryErrors.invalidField({
    pointer: '/manifest/expiration_date',
    rule: 'futureDate',
    message: `Field "manifest.expiration_date" must be a date after today (${today}, UTC)`,
    expected: `a date after ${today}`,
    actual: date,
  });
}

/**
 * Issues a token for the account: it becomes the current one; only its hash is kept for auth.
 * Opaque: `tfy_va_` and 48 random characters, naming no account (decision 0018: a vendor console
 * guide shows `tfy_va_<name>_<secret>`, which samock does not copy). The mock recognises its tokens
 * by their sha256 hash alone (auth.ts), never by reading them.
 */
function issueToken(ctx: Ctx, record: VirtualAccountRecord): string {
  const { store, ids } = ctx;
  const token = `${TOKEN_PREFIX}${ids.fromAlphabet(ALPHANUMERIC, 48)}`;
  const hash = sha256(token);
  store.tokens.set(hash, { accountId: record.id });
  store.tokensOf.set(record.id, [...(store.tokensOf.get(record.id) ?? []), hash]);
  store.currentTokens.set(record.id, token);
  return token;
}

/** Every token of the account stops at `at`, unless it already stops earlier. */
function retireTokens(store: TruefoundryStore, accountId: string, at: number): void {
  for (const hash of store.tokensOf.get(accountId) ?? []) {
    const issued = store.tokens.get(hash);
    if (issued && (issued.expiresAt === undefined || issued.expiresAt > at)) issued.expiresAt = at;
  }
}

function copyManifest(manifest: Manifest): Manifest {
  // Stored and answered as sent (unknown vendor fields included), never shared with the caller's object.
  return structuredClone(manifest);
}

/** The camelCase account around the caller's snake_case manifest. Never carries a token. */
export function view(record: VirtualAccountRecord, now: number): Schemas['VirtualAccount'] {
  return {
    id: record.id,
    name: record.name,
    type: 'virtual-account',
    tenantName: TENANT_NAME,
    manifest: copyManifest(record.manifest),
    createdBySubject: { ...CREATED_BY_SUBJECT },
    createdAt: isoSeconds(record.createdAt),
    updatedAt: isoSeconds(record.updatedAt),
    createdBy: CREATED_BY,
    accountId: ACCOUNT_ID,
    isExpired: isExpired(record, now),
  };
}

/** The vendor's timestamps have no milliseconds (`2023-11-07T05:31:56Z`). */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
