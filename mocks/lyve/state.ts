import { type ApiState, isoTime, msOf, StateError, UPPER_ALPHANUMERIC } from 'samock/toolkit';
import { createEmptyLyveStore, type LyveStore, type PermissionRecord, type ServiceAccountRecord } from './store.js';

const dateTime = { type: 'string', format: 'date-time' };

/**
 * Lyve's state document: permissions, service accounts and issued tokens.
 * Access keys and secrets never appear (secrets are not even stored); tokens
 * appear as sha256 hashes, which still authenticate after a load.
 */
export const state: ApiState<LyveStore> = {
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['permissions', 'serviceAccounts'],
    properties: {
      permissions: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'type', 'actions'],
          properties: {
            id: { type: 'string', minLength: 1 },
            name: { $ref: '#/components/schemas/ResourceName' },
            description: { type: 'string' },
            type: { $ref: '#/components/schemas/PermissionType' },
            actions: { $ref: '#/components/schemas/PermissionActions' },
            prefix: { type: 'string' },
            buckets: { type: 'array', items: { type: 'string' } },
            policy: { type: 'string' },
            createdAt: dateTime,
            readyAt: dateTime,
          },
        },
      },
      serviceAccounts: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'permissions'],
          properties: {
            id: { type: 'string', minLength: 1 },
            name: { $ref: '#/components/schemas/ResourceName' },
            description: { type: 'string' },
            enabled: { type: 'boolean' },
            permissions: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            createdAt: dateTime,
            readyAt: dateTime,
            expirationDate: { type: 'string', format: 'date' },
          },
        },
      },
      tokens: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['tokenSha256', 'expiresAt'],
          properties: { tokenSha256: { type: 'string', pattern: '^[0-9a-f]{64}$' }, expiresAt: dateTime },
        },
      },
    },
  },

  dump(store) {
    return {
      permissions: store.permissions.all().map((p) => ({
        id: p.id,
        name: p.name,
        description: p.description,
        type: p.type,
        actions: p.actions,
        ...(p.prefix !== undefined && { prefix: p.prefix }),
        ...(p.buckets !== undefined && { buckets: [...p.buckets] }),
        ...(p.policy !== undefined && { policy: p.policy }),
        createdAt: isoTime(p.createdAt),
        readyAt: isoTime(p.readyAt),
      })),
      serviceAccounts: store.accounts.all().map((a) => ({
        id: a.id,
        name: a.name,
        description: a.description,
        enabled: a.enabled,
        permissions: [...a.permissions],
        createdAt: isoTime(a.createdAt),
        readyAt: isoTime(a.readyAt),
        expirationDate: a.expirationDate,
      })),
      tokens: [...store.tokens].map(([tokenSha256, expiresAt]) => ({ tokenSha256, expiresAt: isoTime(expiresAt) })),
    };
  },

  async load(document, { clock, ids }) {
    const doc = document as LyveStateDocument;
    const now = clock.now();
    const store = createEmptyLyveStore();
    const permissionIds = new Set<string>();
    for (const [i, p] of doc.permissions.entries()) {
      if (permissionIds.has(p.id)) throw new StateError(`Two permissions have the id ${JSON.stringify(p.id)}.`, `/permissions/${i}/id`);
      if (!store.permissions.claim(p.name, p.id)) throw new StateError(`Two permissions have the name ${JSON.stringify(p.name)}.`, `/permissions/${i}/name`);
      permissionIds.add(p.id);
      const record: PermissionRecord = {
        ...p,
        description: p.description ?? '',
        createdAt: msOf(p.createdAt, now),
        readyAt: msOf(p.readyAt, now),
      };
      await store.permissions.insert(record);
    }
    const accountIds = new Set<string>();
    for (const [i, a] of doc.serviceAccounts.entries()) {
      if (accountIds.has(a.id)) throw new StateError(`Two service accounts have the id ${JSON.stringify(a.id)}.`, `/serviceAccounts/${i}/id`);
      if (!store.accounts.claim(a.name, a.id))
        throw new StateError(`Two service accounts have the name ${JSON.stringify(a.name)}.`, `/serviceAccounts/${i}/name`);
      const unknown = a.permissions.findIndex((id) => !permissionIds.has(id));
      if (unknown !== -1)
        throw new StateError(
          `Service account ${JSON.stringify(a.id)} names the unknown permission ${JSON.stringify(a.permissions[unknown])}.`,
          `/serviceAccounts/${i}/permissions/${unknown}`,
        );
      accountIds.add(a.id);
      const createdAt = msOf(a.createdAt, now);
      const record: ServiceAccountRecord = {
        id: a.id,
        name: a.name,
        description: a.description ?? '',
        enabled: a.enabled ?? true,
        permissions: [...a.permissions],
        // Access keys are not part of the document; a loaded account gets a fresh one (never shown).
        accessKey: ids.fromAlphabet(UPPER_ALPHANUMERIC, 20),
        createdAt,
        readyAt: msOf(a.readyAt, now),
        expirationDate: a.expirationDate ?? isoTime(createdAt + 365 * 86_400_000).slice(0, 10),
      };
      await store.accounts.insert(record);
    }
    for (const t of doc.tokens ?? []) store.tokens.set(t.tokenSha256, Date.parse(t.expiresAt));
    return store;
  },
};

interface LyveStateDocument {
  permissions: (Omit<PermissionRecord, 'createdAt' | 'readyAt' | 'description'> & { description?: string; createdAt?: string; readyAt?: string })[];
  serviceAccounts: {
    id: string;
    name: string;
    description?: string;
    enabled?: boolean;
    permissions: string[];
    createdAt?: string;
    readyAt?: string;
    expirationDate?: string;
  }[];
  tokens?: { tokenSha256: string; expiresAt: string }[];
}
