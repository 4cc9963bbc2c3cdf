import { type ApiState, isoTime, msOf, StateError } from 'samock/toolkit';
import { createEmptyLakesailStore, type KeyRecord, type LakesailStore, type ServiceAccountRecord } from './store.js';

const timestamp = { $ref: '#/components/schemas/Timestamp' };
const sequence = { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER };

/**
 * LakeSail's state document: service accounts in list order, and their keys. Key
 * secrets never appear (they are not even stored); a key appears as the sha256 of its
 * secret, which still authenticates after a load (and a revoked one still answers 401). `sequence` and `nextSequence` carry
 * the list order, so a marker issued before a dump still works after the load.
 */
export const state: ApiState<LakesailStore> = {
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['serviceAccounts'],
    properties: {
      serviceAccounts: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'username', 'description'],
          properties: {
            id: { $ref: '#/components/schemas/ResourceId' },
            username: { $ref: '#/components/schemas/Username' },
            description: { type: 'string' },
            createdAt: timestamp,
            updatedAt: timestamp,
            sequence,
          },
        },
      },
      keys: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'serviceAccountId', 'keySha256'],
          properties: {
            id: { $ref: '#/components/schemas/ResourceId' },
            serviceAccountId: { $ref: '#/components/schemas/ResourceId' },
            keySha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            expiresAt: timestamp,
            revokedAt: timestamp,
            createdAt: timestamp,
            updatedAt: timestamp,
          },
        },
      },
      nextSequence: sequence,
    },
  },

  dump(store) {
    const { entries } = store.listing.after(0, store.listing.size());
    return {
      serviceAccounts: entries.map(({ id }) => {
        const a = store.accounts.find(id)!;
        return {
          id: a.id,
          username: a.username,
          description: a.description,
          createdAt: isoTime(a.createdAt),
          updatedAt: isoTime(a.updatedAt),
          sequence: a.sequence,
        };
      }),
      // Revoked keys (of deleted accounts) are kept too: after a load they still answer 401.
      keys: store.keys.all().map((k) => {
        // A key created while its account was being deleted missed the revocation; its account is gone all the same.
        const revokedAt = k.revokedAt ?? (store.accounts.find(k.serviceAccountId) ? undefined : k.updatedAt);
        return {
          id: k.id,
          serviceAccountId: k.serviceAccountId,
          keySha256: k.keySha256,
          ...(k.expiresAt !== undefined && { expiresAt: isoTime(k.expiresAt) }),
          ...(revokedAt !== undefined && { revokedAt: isoTime(revokedAt) }),
          createdAt: isoTime(k.createdAt),
          updatedAt: isoTime(k.updatedAt),
        };
      }),
      nextSequence: store.listing.next,
    };
  },

  async load(document, { clock }) {
    const doc = document as LakesailStateDocument;
    const now = clock.now();
    const store = createEmptyLakesailStore();
    for (const [i, a] of doc.serviceAccounts.entries()) {
      if (store.accounts.find(a.id)) throw new StateError(`Two service accounts have the id ${JSON.stringify(a.id)}.`, `/serviceAccounts/${i}/id`);
      // Document order is list order: an explicit sequence must keep it.
      const sequence = a.sequence ?? store.listing.next;
      if (sequence < store.listing.next) {
        throw new StateError(
          `Service account ${JSON.stringify(a.id)} has sequence ${sequence}, not after the ` +
            `previous account's ${store.listing.next - 1}: list accounts in sequence order.`,
          `/serviceAccounts/${i}/sequence`,
        );
      }
      store.listing.restore(a.id, sequence);
      const createdAt = msOf(a.createdAt, now);
      const record: ServiceAccountRecord = {
        id: a.id,
        username: a.username,
        description: a.description,
        createdAt,
        updatedAt: msOf(a.updatedAt, createdAt),
        sequence,
      };
      await store.accounts.insert(record);
    }
    if (doc.nextSequence !== undefined && doc.nextSequence < store.listing.next) {
      throw new StateError(
        `nextSequence ${doc.nextSequence} must be greater than every account's sequence (the last is ${store.listing.next - 1}).`,
        '/nextSequence',
      );
    }
    // Keep the gap left by deleted last accounts, so a marker pointing into it stays valid.
    if (doc.nextSequence !== undefined) store.listing.advanceTo(doc.nextSequence);
    for (const [i, k] of (doc.keys ?? []).entries()) {
      // Only a revoked key may outlive its account (it was deleted); any other must name a loaded one.
      if (k.revokedAt === undefined && !store.accounts.find(k.serviceAccountId)) {
        throw new StateError(
          `Key ${JSON.stringify(k.id)} names the unknown service account ${JSON.stringify(k.serviceAccountId)} and is not revoked.`,
          `/keys/${i}/serviceAccountId`,
        );
      }
      if (store.keys.find(k.id)) throw new StateError(`Two keys have the id ${JSON.stringify(k.id)}.`, `/keys/${i}/id`);
      if (!store.keys.claim(k.keySha256, k.id)) throw new StateError(`Two keys have the same keySha256.`, `/keys/${i}/keySha256`);
      const createdAt = msOf(k.createdAt, now);
      const record: KeyRecord = {
        id: k.id,
        serviceAccountId: k.serviceAccountId,
        keySha256: k.keySha256,
        ...(k.expiresAt !== undefined && { expiresAt: Date.parse(k.expiresAt) }),
        ...(k.revokedAt !== undefined && { revokedAt: Date.parse(k.revokedAt) }),
        createdAt,
        updatedAt: msOf(k.updatedAt, createdAt),
      };
      await store.keys.insert(record);
    }
    return store;
  },
};

interface LakesailStateDocument {
  serviceAccounts: { id: string; username: string; description: string; createdAt?: string; updatedAt?: string; sequence?: number }[];
  keys?: { id: string; serviceAccountId: string; keySha256: string; expiresAt?: string; revokedAt?: string; createdAt?: string; updatedAt?: string }[];
  nextSequence?: number;
}
