import { Collection } from '@msw/data';
import type { ApiContext } from '../../src/core/define-api.js';
import { recordSchema } from '../../src/store/record-schema.js';
import type { components } from './types.js';

type Schemas = components['schemas'];

export interface ServiceAccountRecord {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  permissions: string[];
  accessKey: string;
  /** Held only so a future credential check can compare; never answered after create. */
  secret: string;
  createdAt: number;
  readyAt: number;
  expirationDate: string;
}

export interface PermissionRecord {
  id: string;
  name: string;
  description: string;
  type: Schemas['PermissionType'];
  actions: Schemas['PermissionActions'];
  prefix?: string;
  buckets?: string[];
  policy?: string;
  createdAt: number;
  readyAt: number;
}

/** The permission the mock starts with (named in the README), ready at once. */
export const DEFAULT_PERMISSION: Omit<PermissionRecord, 'createdAt' | 'readyAt'> = {
  id: 'default-permission',
  name: 'default-all-buckets',
  description: 'All buckets, all operations. Created by samock so a service account can be created at once.',
  type: 'all-buckets',
  actions: 'all-operations',
};

/**
 * Lyve's state. Records live in @msw/data collections (filtered lists come from
 * them); the hot paths — lookup by id, uniqueness of names — use Map indexes, so
 * they stay flat however many accounts are stored.
 */
export function createLyveStore({ clock }: Omit<ApiContext<never>, 'store'>) {
  const accounts = new Collection({ schema: recordSchema<ServiceAccountRecord>('service account') });
  const permissions = new Collection({ schema: recordSchema<PermissionRecord>('permission') });
  const accountsById = new Map<string, ServiceAccountRecord>();
  const accountIdByName = new Map<string, string>();
  const permissionsById = new Map<string, PermissionRecord>();
  const permissionIdByName = new Map<string, string>();
  /** Tokens issued by POST /auth/token: token → expiry on the mock's clock. */
  const tokens = new Map<string, number>();

  const store = {
    accounts,
    permissions,
    tokens,
    findAccount: (id: string) => accountsById.get(id),
    accountIdByName: (name: string) => accountIdByName.get(name),
    /** Reserves the name synchronously, so concurrent creates of one name give one winner. */
    reserveAccountName(name: string, id: string): boolean {
      if (accountIdByName.has(name)) return false;
      accountIdByName.set(name, id);
      return true;
    },
    async insertAccount(record: ServiceAccountRecord): Promise<ServiceAccountRecord> {
      const stored = await accounts.create(record);
      accountsById.set(stored.id, stored);
      return stored;
    },
    async updateAccount(id: string, change: (draft: ServiceAccountRecord) => void): Promise<ServiceAccountRecord> {
      const current = accountsById.get(id)!;
      const next = (await accounts.update(stored(current), { data: change }))!;
      if (next.name !== current.name) {
        accountIdByName.delete(current.name);
        accountIdByName.set(next.name, id);
      }
      accountsById.set(id, next);
      return next;
    },
    deleteAccount(id: string): void {
      const record = accountsById.get(id);
      if (!record) return;
      accounts.delete(stored(record));
      accountsById.delete(id);
      accountIdByName.delete(record.name);
    },
    findPermission: (id: string) => permissionsById.get(id),
    permissionIdByName: (name: string) => permissionIdByName.get(name),
    reservePermissionName(name: string, id: string): boolean {
      if (permissionIdByName.has(name)) return false;
      permissionIdByName.set(name, id);
      return true;
    },
    async insertPermission(record: PermissionRecord): Promise<PermissionRecord> {
      const stored = await permissions.create(record);
      permissionsById.set(stored.id, stored);
      return stored;
    },
    async updatePermission(id: string, change: (draft: PermissionRecord) => void): Promise<PermissionRecord> {
      const current = permissionsById.get(id)!;
      const next = (await permissions.update(stored(current), { data: change }))!;
      if (next.name !== current.name) {
        permissionIdByName.delete(current.name);
        permissionIdByName.set(next.name, id);
      }
      permissionsById.set(id, next);
      return next;
    },
    deletePermission(id: string): void {
      const record = permissionsById.get(id);
      if (!record) return;
      permissions.delete(stored(record));
      permissionsById.delete(id);
      permissionIdByName.delete(record.name);
    },
  };

  // Seed data is written synchronously into the indexes and the collection is
  // filled in the background: the store is usable the moment it is created.
  const now = clock.now();
  const seeded: PermissionRecord = { ...DEFAULT_PERMISSION, createdAt: now, readyAt: now };
  store.reservePermissionName(seeded.name, seeded.id);
  permissionsById.set(seeded.id, seeded);
  void permissions.create(seeded).then((stored) => {
    if (permissionsById.get(seeded.id) === seeded) permissionsById.set(seeded.id, stored);
  });
  return store;
}

export type LyveStore = ReturnType<typeof createLyveStore>;

/**
 * The indexes hold what `Collection.create/update` returned — the collection's own
 * record objects, primary key included — but are typed as plain records so the
 * seed permission can be indexed before its asynchronous `create` settles.
 */
function stored<T>(record: T): never {
  return record as never;
}
