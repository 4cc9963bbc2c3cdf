import type { ApiContext, ResultOf } from 'samock/toolkit';
import { wavefrontErrors } from './errors.js';
import { link, revokeToken, tokensOf, unlink, type AccountRecord, type WavefrontStore } from './store.js';
import type { components, operations } from './types.js';
import { accountView, businessFunctions, ok, serviceAccountView, unitedPermissions, userDtoView, userModelView } from './views.js';

type Schemas = components['schemas'];
type Ctx = ApiContext<WavefrontStore>;
/** What the operation may answer (specs/wavefront.yaml): the compiler holds each resolver to it. */
type Result<OperationId extends keyof operations> = ResultOf<operations, OperationId>;

// ── service accounts ────────────────────────────────────────────────────────

export async function createServiceAccount(ctx: Ctx, body: Schemas['ServiceAccountWrite']): Promise<Result<'createServiceAccount'>> {
  const { store, clock } = ctx;
  // No token exists before the account does, so a create cannot name one (inferred).
  if (body.tokens?.length) throw wavefrontErrors.badRequest(`Unknown API token id(s) for a new service account: ${body.tokens.join(', ')}.`);
  const roles = requireRoles(store, body.roles ?? []);
  const userGroups = requireUserGroups(store, body.userGroups ?? []);
  // Check and reserve with no await in between: one winner among concurrent creates.
  if (!store.accounts.claim(body.identifier, body.identifier)) throw wavefrontErrors.duplicateIdentifier(body.identifier);
  const record: AccountRecord = {
    id: body.identifier,
    identifier: body.identifier,
    description: body.description ?? '',
    active: body.active ?? true,
    groups: unique(body.groups ?? []),
    roles,
    userGroups,
    createdAt: clock.now(),
  };
  link(store, record.identifier, roles, userGroups);
  await store.accounts.insert(record);
  return ok(serviceAccountView(store, record));
}

export function getAllServiceAccounts(ctx: Ctx): Result<'getAllServiceAccounts'> {
  return ok(ctx.store.accounts.all().map((account) => serviceAccountView(ctx.store, account)));
}

export function getServiceAccount(ctx: Ctx, id: string): Result<'getServiceAccount'> {
  return ok(serviceAccountView(ctx.store, requireAccount(ctx.store, id)));
}

/**
 * Fields left out keep their values; lists given replace the current ones; `tokens`, when
 * given, names the tokens to keep (all inferred, see specs/wavefront.yaml updateServiceAccount).
 */
export async function updateServiceAccount(ctx: Ctx, id: string, body: Schemas['ServiceAccountWrite']): Promise<Result<'updateServiceAccount'>> {
  const { store } = ctx;
  const current = requireAccount(store, id);
  if (body.identifier !== id)
    throw wavefrontErrors.badRequest(`The body's identifier ${body.identifier} differs from the path's ${id}: identifiers cannot be changed.`);
  const roles = body.roles === undefined ? current.roles : requireRoles(store, body.roles);
  const userGroups = body.userGroups === undefined ? current.userGroups : requireUserGroups(store, body.userGroups);
  const owned = tokensOf(store, id).map((token) => token.tokenID);
  const keep = body.tokens === undefined ? undefined : new Set(body.tokens);
  const foreign = keep ? [...keep].filter((tokenID) => !owned.includes(tokenID)) : [];
  if (foreign.length) throw wavefrontErrors.badRequest(`Service account ${id} has no API token(s) ${foreign.join(', ')}.`);
  // Every check passed: now change state, memberships and tokens first (synchronously).
  for (const tokenID of owned) if (keep && !keep.has(tokenID)) revokeToken(store, tokenID);
  unlink(store, id, current.roles, current.userGroups);
  link(store, id, roles, userGroups);
  const updated = await store.accounts.update(id, (draft) => {
    if (body.description !== undefined) draft.description = body.description;
    if (body.active !== undefined) draft.active = body.active;
    if (body.groups !== undefined) draft.groups = unique(body.groups);
    draft.roles = [...roles];
    draft.userGroups = [...userGroups];
  });
  return ok(serviceAccountView(store, updated));
}

export async function setActive(ctx: Ctx, id: string, active: boolean): Promise<Result<'activateAccount' | 'deactivateAccount'>> {
  requireAccount(ctx.store, id);
  const updated = await ctx.store.accounts.update(id, (draft) => {
    draft.active = active;
  });
  return ok(serviceAccountView(ctx.store, updated));
}

// ── accounts (user or service; samock serves service accounts) ──────────────

/** A bare `UserModel`, no envelope: what the public API reference types these answers as (decision 0016). */
function bare(view: Schemas['UserModel']): { status: 200; body: Schemas['UserModel'] } {
  return { status: 200, body: view };
}

export function getAccount(ctx: Ctx, id: string): Result<'getAccount'> {
  return ok(accountView(ctx.store, requireAccount(ctx.store, id)));
}

/** One page, in creation order; `totalItems` exact, `moreItems` when a later page has more (inferred). */
export function getAllAccounts(ctx: Ctx, offset: number, limit: number): Result<'getAllAccounts'> {
  const all = ctx.store.accounts.all();
  const items = all.slice(offset, offset + limit).map((account) => accountView(ctx.store, account));
  return ok({ items, offset, limit, totalItems: all.length, moreItems: offset + items.length < all.length });
}

export function getAccountBusinessFunctions(ctx: Ctx, id: string): Result<'getAccountBusinessFunctions'> {
  return ok(businessFunctions(ctx.store, requireAccount(ctx.store, id)));
}

/** Valid accounts as UserDTOs and the identifiers naming none, in the order given, each once (inferred). */
export function validateAccounts(ctx: Ctx, ids: string[]): Result<'validateAccounts'> {
  const validUsers: Schemas['UserDTO'][] = [];
  const invalidIdentifiers: string[] = [];
  for (const id of unique(ids)) {
    const account = ctx.store.accounts.find(id);
    if (account) validUsers.push(userDtoView(ctx.store, account));
    else invalidIdentifiers.push(id);
  }
  return ok({ validUsers, invalidIdentifiers });
}

/** The Accounts permission is `user_management`; samock has service accounts only (inferred, see the spec). */
export function getUsersWithAccountsPermission(ctx: Ctx): Result<'getUsersWithAccountsPermission'> {
  const { store } = ctx;
  return ok(
    store.accounts
      .all()
      .filter((account) => unitedPermissions(store, account).includes('user_management'))
      .map((account) => account.identifier),
  );
}

export function deleteAccount(ctx: Ctx, id: string): Result<'deleteAccount'> {
  const account = requireAccount(ctx.store, id);
  const view = accountView(ctx.store, account);
  remove(ctx.store, account);
  return ok(view);
}

/** Deletes the accounts that exist and answers their identifiers; others are skipped (inferred). */
export function deleteMultipleAccounts(ctx: Ctx, ids: string[]): Result<'deleteMultipleAccounts'> {
  const deleted: string[] = [];
  for (const id of unique(ids)) {
    const account = ctx.store.accounts.find(id);
    if (!account) continue;
    remove(ctx.store, account);
    deleted.push(id);
  }
  return ok(deleted);
}

/** add/removeRoles and add/removeUserGroups: one rule, two lists. */
export async function changeMemberships(
  ctx: Ctx,
  id: string,
  list: 'roles' | 'userGroups',
  ids: string[],
  add: boolean,
): Promise<Result<'addAccountToRoles' | 'removeAccountFromRoles' | 'addAccountToUserGroups' | 'removeAccountFromUserGroups'>> {
  const { store } = ctx;
  const current = requireAccount(store, id);
  const named = list === 'roles' ? requireRoles(store, ids) : requireUserGroups(store, ids);
  const next = add ? unique([...current[list], ...named]) : current[list].filter((held) => !named.includes(held));
  unlink(store, id, current.roles, current.userGroups);
  const roles = list === 'roles' ? next : current.roles;
  const userGroups = list === 'userGroups' ? next : current.userGroups;
  link(store, id, roles, userGroups);
  const updated = await store.accounts.update(id, (draft) => {
    draft[list] = next;
  });
  return bare(userModelView(store, updated));
}

/** Grant and revoke are idempotent: granting a held permission or revoking a missing one changes nothing (inferred). */
export async function changePermission(
  ctx: Ctx,
  id: string,
  permission: string,
  grant: boolean,
): Promise<Result<'grantAccountPermission' | 'revokeAccountPermission'>> {
  const current = requireAccount(ctx.store, id);
  const groups = grant ? unique([...current.groups, permission]) : current.groups.filter((held) => held !== permission);
  const updated = await ctx.store.accounts.update(id, (draft) => {
    draft.groups = groups;
  });
  return bare(userModelView(ctx.store, updated));
}

/**
 * Grant or revoke a permission for several accounts. Every identifier must name an account and
 * the list must name one at least (the single UserModel answered is the first one's); else 400
 * and nothing changes (all inferred). Checks first, then changes, with no await in between.
 */
export async function changePermissionForAccounts(
  ctx: Ctx,
  permission: string,
  ids: string[],
  grant: boolean,
): Promise<Result<'grantPermissionToAccounts' | 'revokePermissionFromAccounts'>> {
  const { store } = ctx;
  const listed = unique(ids);
  if (listed.length === 0) throw wavefrontErrors.badRequest('The body must list at least one account identifier.');
  const unknown = listed.filter((id) => !store.accounts.find(id));
  if (unknown.length) throw wavefrontErrors.unknownAccounts(unknown);
  const updates = listed.map((id) =>
    store.accounts.update(id, (draft) => {
      draft.groups = grant ? unique([...draft.groups, permission]) : draft.groups.filter((held) => held !== permission);
    }),
  );
  const [first] = await Promise.all(updates);
  return bare(userModelView(store, first!));
}

// ── rules shared by the operations above (and the token resolvers) ──────────

export function requireAccount(store: WavefrontStore, id: string): AccountRecord {
  const account = store.accounts.find(id);
  if (!account) throw wavefrontErrors.accountNotFound(id);
  return account;
}

function requireRoles(store: WavefrontStore, ids: string[]): string[] {
  const unknown = ids.filter((id) => !store.roles.has(id));
  if (unknown.length) throw wavefrontErrors.unknownRoles(unknown);
  return unique(ids);
}

function requireUserGroups(store: WavefrontStore, ids: string[]): string[] {
  const unknown = ids.filter((id) => !store.userGroups.has(id));
  if (unknown.length) throw wavefrontErrors.unknownUserGroups(unknown);
  return unique(ids);
}

/** A deleted account's tokens stop authenticating and its identifier is free again. */
function remove(store: WavefrontStore, account: AccountRecord): void {
  for (const token of tokensOf(store, account.identifier)) revokeToken(store, token.tokenID);
  store.tokensByAccount.delete(account.identifier);
  store.lastUsed.delete(account.identifier);
  unlink(store, account.identifier, account.roles, account.userGroups);
  store.accounts.delete(account.id);
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];
