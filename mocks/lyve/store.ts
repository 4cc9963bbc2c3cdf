import { type ApiContext, indexedCollection } from 'samock/toolkit';
import type { components } from './types.js';

type Schemas = components['schemas'];

export interface ServiceAccountRecord {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  permissions: string[];
  accessKey: string;
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
 * Lyve's state: accounts and permissions, indexed by id and by their unique
 * name, and the tokens issued by POST /auth/token.
 */
export function createLyveStore({ clock }: Omit<ApiContext<never>, 'store'>) {
  const store = createEmptyLyveStore();
  const now = clock.now();
  void store.permissions.insert({ ...DEFAULT_PERMISSION, createdAt: now, readyAt: now });
  return store;
}

/** A store with no records at all (state loads start from here). */
export function createEmptyLyveStore() {
  return {
    accounts: indexedCollection<ServiceAccountRecord, 'name'>('service account', { unique: 'name' }),
    permissions: indexedCollection<PermissionRecord, 'name'>('permission', { unique: 'name' }),
    /** sha256(token) → expiry on the mock's clock. Tokens are kept only as hashes. */
    tokens: new Map<string, number>(),
  };
}

export type LyveStore = ReturnType<typeof createLyveStore>;
