import type { ResolverResult } from '../../src/core/define-api.js';
import { tokensOf, type AccountRecord, type RoleRecord, type TokenRecord, type UserGroupRecord, type WavefrontStore } from './store.js';
import type { components } from './types.js';

type Schemas = components['schemas'];

/** Every Wavefront success: HTTP 200 and the envelope (specs/wavefront.yaml `ResponseContainer…`). */
export function ok(response: unknown): ResolverResult {
  return { status: 200, body: { status: { result: 'OK', message: '', code: 200 }, response } };
}

/** Who "customer" is in role and group answers: the mock's one tenant. */
const CUSTOMER = 'samock';
/** How many linked accounts and groups a role shows as samples (inferred; the vendor shows "some"). */
const SAMPLE_SIZE = 10;

/** Role ids held directly, then through user groups; each once. */
export function unitedRoles(store: WavefrontStore, account: AccountRecord): string[] {
  const ids = new Set(account.roles);
  for (const groupId of account.userGroups) for (const roleId of store.userGroups.get(groupId)?.roles ?? []) ids.add(roleId);
  return [...ids];
}

/** Permissions granted directly, then through every united role; each once. */
export function unitedPermissions(store: WavefrontStore, account: AccountRecord): string[] {
  const permissions = new Set(account.groups);
  for (const roleId of unitedRoles(store, account)) for (const p of store.roles.get(roleId)?.permissions ?? []) permissions.add(p);
  return [...permissions];
}

export function serviceAccountView(store: WavefrontStore, account: AccountRecord): Schemas['ServiceAccount'] {
  const lastUsed = store.lastUsed.get(account.identifier);
  return {
    identifier: account.identifier,
    active: account.active,
    description: account.description,
    groups: [...account.groups],
    ...(lastUsed !== undefined && { lastUsed }),
    roles: account.roles.flatMap((id) => present(store.roles.get(id), (role) => roleView(store, role))),
    tokens: tokensOf(store, account.identifier).map((token) => tokenView(token, account)),
    unitedPermissions: unitedPermissions(store, account),
    unitedRoles: unitedRoles(store, account),
    userGroups: account.userGroups.flatMap((id) => present(store.userGroups.get(id), (group) => userGroupView(store, group))),
  };
}

/** The `Account` shape answered by delete: roles and user groups as ids. */
export function accountView(store: WavefrontStore, account: AccountRecord): Schemas['Account'] {
  return {
    identifier: account.identifier,
    groups: [...account.groups],
    roles: [...account.roles],
    userGroups: [...account.userGroups],
    unitedPermissions: unitedPermissions(store, account),
    unitedRoles: unitedRoles(store, account),
  };
}

export function tokenView(token: TokenRecord, account: Pick<AccountRecord, 'active'>): Schemas['UserApiToken'] {
  return {
    tokenID: token.tokenID,
    ...(token.tokenName !== undefined && { tokenName: token.tokenName }),
    account: token.account,
    accountType: account.active ? 'SERVICE_ACCOUNT' : 'INACTIVE_SERVICE_ACCOUNT',
    dateGenerated: token.dateGenerated,
    ...(token.lastUsed !== undefined && { lastUsed: token.lastUsed }),
  };
}

/** A role with its links; its sample groups are shallow (no roles), so the answer cannot recurse. */
function roleView(store: WavefrontStore, role: RoleRecord): Schemas['RoleDTO'] {
  const accounts = [...(store.roleMembers.get(role.id) ?? [])];
  const groups = [...store.userGroups.values()].filter((group) => group.roles.includes(role.id));
  return {
    ...shallowRole(role),
    restrictedPermissions: [],
    sampleLinkedGroups: groups.slice(0, SAMPLE_SIZE).map((group) => shallowGroup(store, group)),
    linkedGroupsCount: groups.length,
    sampleLinkedAccounts: accounts.slice(0, SAMPLE_SIZE),
    linkedAccountsCount: accounts.length,
    properties: { nameEditable: true, usersRemovable: true, usersAddable: true, permsEditable: true, deletable: true },
    createdEpochMillis: role.createdAt,
    lastUpdatedMs: role.createdAt,
    lastUpdatedAccountId: CUSTOMER,
    customer: CUSTOMER,
  };
}

function userGroupView(store: WavefrontStore, group: UserGroupRecord): Schemas['UserGroup'] {
  return {
    ...shallowGroup(store, group),
    roles: group.roles.flatMap((id) => present(store.roles.get(id), shallowRole)),
  };
}

function shallowRole(role: RoleRecord): Schemas['RoleDTO'] {
  return { id: role.id, name: role.name, description: role.description, permissions: [...role.permissions] };
}

function shallowGroup(store: WavefrontStore, group: UserGroupRecord): Schemas['UserGroup'] {
  const users = [...(store.groupMembers.get(group.id) ?? [])];
  return {
    id: group.id,
    name: group.name,
    customer: CUSTOMER,
    users,
    userCount: users.length,
    properties: { nameEditable: true, usersEditable: true, rolesEditable: true },
    description: group.description,
  };
}

const present = <T, R>(value: T | undefined, view: (value: T) => R): R[] => (value === undefined ? [] : [view(value)]);
