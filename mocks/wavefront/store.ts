import { type ApiContext, indexedCollection, sha256 } from 'samock/toolkit';

export interface AccountRecord {
  /** The collection's key: the identifier itself (`sa::…`), which is what every path names. */
  id: string;
  identifier: string;
  description: string;
  active: boolean;
  /** Permissions granted directly (the vendor calls them "groups"). */
  groups: string[];
  /** Role ids held directly. */
  roles: string[];
  /** User-group ids the account belongs to. */
  userGroups: string[];
  createdAt: number;
}

export interface TokenRecord {
  /** The credential itself. Kept in clear because the vendor lists tokenIDs in GET answers. */
  tokenID: string;
  tokenName?: string;
  account: string;
  dateGenerated: number;
  lastUsed?: number;
}

export interface RoleRecord {
  id: string;
  name: string;
  description: string;
  permissions: string[];
  createdAt: number;
}

export interface UserGroupRecord {
  id: string;
  name: string;
  description: string;
  /** Role ids every member holds through the group. */
  roles: string[];
  createdAt: number;
}

/** The roles the mock starts with (named in the README), so ids can be assigned at once. */
export const SEED_ROLES: Omit<RoleRecord, 'createdAt'>[] = [
  {
    id: 'c3a0a5f2-5b1e-4d59-9e7a-1f0b6e2d9a01',
    name: 'Dashboard Editors',
    description: 'Create and change dashboards and events. Seeded by samock.',
    permissions: ['dashboard_management', 'events_management'],
  },
  {
    id: 'c3a0a5f2-5b1e-4d59-9e7a-1f0b6e2d9a02',
    name: 'Alert Managers',
    description: 'Create and change alerts and events. Seeded by samock.',
    permissions: ['alerts_management', 'events_management'],
  },
];

/** The user groups the mock starts with: SRE carries the Alert Managers role, Observers none. */
export const SEED_USER_GROUPS: Omit<UserGroupRecord, 'createdAt'>[] = [
  { id: 'e7b1d4c8-2f6a-4c3e-8b9d-0a5f3e1c7b01', name: 'SRE', description: 'Site reliability engineers. Seeded by samock.', roles: [SEED_ROLES[1]!.id] },
  { id: 'e7b1d4c8-2f6a-4c3e-8b9d-0a5f3e1c7b02', name: 'Observers', description: 'Read-only members. Seeded by samock.', roles: [] },
];

/** Wavefront's state, with the seed roles and user groups. */
export function createWavefrontStore({ clock }: Omit<ApiContext<never>, 'store'>) {
  const store = createEmptyWavefrontStore();
  const now = clock.now();
  for (const role of SEED_ROLES) store.roles.set(role.id, { ...role, permissions: [...role.permissions], createdAt: now });
  for (const group of SEED_USER_GROUPS) store.userGroups.set(group.id, { ...group, roles: [...group.roles], createdAt: now });
  return store;
}

/**
 * A store with no records (state loads start here). Roles and user groups are plain maps:
 * no operation here creates them, so they are small reference data, not a collection.
 * Memberships are indexed both ways so rendering a role or group never scans accounts.
 */
export function createEmptyWavefrontStore() {
  return {
    accounts: indexedCollection<AccountRecord, 'identifier'>('service account', { unique: 'identifier' }),
    roles: new Map<string, RoleRecord>(),
    userGroups: new Map<string, UserGroupRecord>(),
    /** tokenID → token, for authentication. */
    tokens: new Map<string, TokenRecord>(),
    /** identifier → its tokens, oldest first (the order the vendor lists them in). */
    tokensByAccount: new Map<string, Map<string, TokenRecord>>(),
    /** sha256 of deleted tokens: they must keep answering 401, and need not be shown again. */
    revoked: new Set<string>(),
    /** identifier → when one of its tokens last authenticated. */
    lastUsed: new Map<string, number>(),
    roleMembers: new Map<string, Set<string>>(),
    groupMembers: new Map<string, Set<string>>(),
  };
}

export type WavefrontStore = ReturnType<typeof createWavefrontStore>;

/** Records that `identifier` holds these roles and belongs to these groups. */
export function link(store: WavefrontStore, identifier: string, roles: readonly string[], userGroups: readonly string[]): void {
  for (const id of roles) members(store.roleMembers, id).add(identifier);
  for (const id of userGroups) members(store.groupMembers, id).add(identifier);
}

export function unlink(store: WavefrontStore, identifier: string, roles: readonly string[], userGroups: readonly string[]): void {
  for (const id of roles) store.roleMembers.get(id)?.delete(identifier);
  for (const id of userGroups) store.groupMembers.get(id)?.delete(identifier);
}

export function addToken(store: WavefrontStore, token: TokenRecord): void {
  store.tokens.set(token.tokenID, token);
  let own = store.tokensByAccount.get(token.account);
  if (!own) store.tokensByAccount.set(token.account, (own = new Map<string, TokenRecord>()));
  own.set(token.tokenID, token);
}

/** Deletes a token; it answers 401 from then on (only its hash is remembered). */
export function revokeToken(store: WavefrontStore, tokenID: string): void {
  const token = store.tokens.get(tokenID);
  store.tokens.delete(tokenID);
  if (token) store.tokensByAccount.get(token.account)?.delete(tokenID);
  store.revoked.add(sha256(tokenID));
}

export function tokensOf(store: WavefrontStore, identifier: string): TokenRecord[] {
  return [...(store.tokensByAccount.get(identifier)?.values() ?? [])];
}

function members(index: Map<string, Set<string>>, id: string): Set<string> {
  let set = index.get(id);
  if (!set) index.set(id, (set = new Set()));
  return set;
}
