import { tokensOf, type AccountRecord, type RoleRecord, type TokenRecord, type UserGroupRecord, type WavefrontStore } from './store.js';
import type { components } from './types.js';

type Schemas = components['schemas'];

/** Every Wavefront success: HTTP 200 and the envelope (specs/wavefront.yaml `ResponseContainer…`) around `response`. */
export function ok<Response>(response: Response): { status: 200; body: { status: Schemas['ResponseStatus']; response: Response } } {
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

/**
 * The bare `UserModel` that add/remove roles and user groups and grant/revoke answer, with no
 * envelope (the public API reference's return type; docs/decisions/0016). The generated clients
 * require customer, groups, identifier and userGroups.
 */
export function userModelView(store: WavefrontStore, account: AccountRecord): Schemas['UserModel'] {
  return {
    identifier: account.identifier,
    customer: CUSTOMER,
    groups: [...account.groups],
    roles: account.roles.flatMap((id) => present(store.roles.get(id), (role) => roleView(store, role))),
    userGroups: account.userGroups.flatMap((id) => present(store.userGroups.get(id), (group) => userGroupView(store, group))),
  };
}

/** A valid account as validateAccounts answers it (`UserDTO`): the UserModel's fields. */
export function userDtoView(store: WavefrontStore, account: AccountRecord): Schemas['UserDTO'] {
  return userModelView(store, account);
}

type BusinessFunction = Schemas['BusinessFunction'];

/**
 * Which business functions an account has (inferred: the vendor documents the values, not how
 * permissions map to them). Every account can view; each united permission adds what its name says.
 */
const VIEW_FUNCTIONS: BusinessFunction[] = [
  'VIEW_DASHBOARDS',
  'VIEW_METRIC_TIMESERIES',
  'VIEW_HOSTS',
  'VIEW_EVENTS',
  'VIEW_ALERTS',
  'VIEW_MAINTENANCE_WINDOWS',
  'VIEW_NOTIFICANTS',
  'VIEW_EXTERNAL_LINKS',
];
const FUNCTIONS_BY_PERMISSION: Record<string, BusinessFunction[]> = {
  agent_management: ['VIEW_AGENTS', 'MODIFY_AGENTS', 'MODIFY_AGENT_TAGS'],
  alerts_management: ['MODIFY_ALERTS', 'MODIFY_ALERT_TAGS', 'MODIFY_MAINTENANCE_WINDOWS', 'MODIFY_NOTIFICANTS'],
  application_management: ['VIEW_APPLICATIONS', 'MODIFY_APPLICATIONS'],
  monitored_application_service_management: ['VIEW_APPLICATIONS', 'MODIFY_APPLICATIONS'],
  dashboard_management: ['MODIFY_DASHBOARDS', 'MODIFY_DASHBOARD_TAGS'],
  derived_metrics_management: ['VIEW_REGISTERED_QUERIES', 'MODIFY_REGISTERED_QUERIES', 'MODIFY_REGISTERED_QUERY_TAGS'],
  embedded_charts: ['CREATE_EMBEDDED_CHARTS'],
  events_management: ['MODIFY_EVENTS', 'MODIFY_EVENT_TAGS'],
  external_links_management: ['MODIFY_EXTERNAL_LINKS', 'MODIFY_EXTERNAL_LINK_TAGS'],
  host_tag_management: ['MODIFY_HOST_TAGS'],
  ingestion: ['METRIC_INGESTION'],
  metrics_management: ['MODIFY_METRIC_VISIBILITY', 'METRICS_POLICY_MANAGEMENT'],
  user_management: [
    'GET_ALL_ACCOUNTS',
    'GET_ALL_USERS',
    'GET_ALL_SERVICE_ACCOUNTS',
    'DELETE_ACCOUNT',
    'INVITE_USER',
    'ADMINISTER_SERVICE_ACCOUNTS',
    'ADMINISTER_USER_GROUPS',
    'ROLES_MANAGEMENT',
    'GET_TOKENS',
    'REVOKE_TOKEN',
  ],
};
/** The enum's order (specs/wavefront.yaml BusinessFunction), so answers are stable. */
const FUNCTION_ORDER: BusinessFunction[] = [
  'VIEW_DASHBOARDS',
  'VIEW_METRIC_TIMESERIES',
  'VIEW_HOSTS',
  'VIEW_EVENTS',
  'VIEW_ALERTS',
  'VIEW_REGISTERED_QUERIES',
  'VIEW_MAINTENANCE_WINDOWS',
  'VIEW_NOTIFICANTS',
  'VIEW_AGENTS',
  'VIEW_EXTERNAL_LINKS',
  'VIEW_APPLICATIONS',
  'MODIFY_DASHBOARDS',
  'MODIFY_EVENTS',
  'MODIFY_EVENT_TAGS',
  'MODIFY_AGENTS',
  'MODIFY_AGENT_TAGS',
  'MODIFY_HOST_TAGS',
  'MODIFY_ALERTS',
  'MODIFY_ALERT_TAGS',
  'MODIFY_REGISTERED_QUERIES',
  'MODIFY_REGISTERED_QUERY_TAGS',
  'MODIFY_MAINTENANCE_WINDOWS',
  'MODIFY_NOTIFICANTS',
  'MODIFY_DASHBOARD_TAGS',
  'CREATE_EMBEDDED_CHARTS',
  'MODIFY_METRIC_VISIBILITY',
  'MODIFY_EXTERNAL_LINKS',
  'MODIFY_EXTERNAL_LINK_TAGS',
  'MODIFY_APPLICATIONS',
  'METRICS_POLICY_MANAGEMENT',
  'METRIC_INGESTION',
  'REVOKE_TOKEN',
  'GET_TOKENS',
  'GET_ALL_ACCOUNTS',
  'GET_ALL_USERS',
  'GET_ALL_SERVICE_ACCOUNTS',
  'DELETE_ACCOUNT',
  'INVITE_USER',
  'ADMINISTER_SERVICE_ACCOUNTS',
  'ADMINISTER_USER_GROUPS',
  'ROLES_MANAGEMENT',
];

export function businessFunctions(store: WavefrontStore, account: AccountRecord): BusinessFunction[] {
  const held = new Set<BusinessFunction>(VIEW_FUNCTIONS);
  for (const permission of unitedPermissions(store, account)) for (const fn of FUNCTIONS_BY_PERMISSION[permission] ?? []) held.add(fn);
  return FUNCTION_ORDER.filter((fn) => held.has(fn));
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
