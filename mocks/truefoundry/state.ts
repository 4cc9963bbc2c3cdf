import { type ApiState, isoTime, msOf, StateError } from 'samock/toolkit';
import { createTruefoundryStore, type Manifest, type TruefoundryStore, type VirtualAccountRecord } from './store.js';

const dateTime = { type: 'string', format: 'date-time' };

/**
 * TrueFoundry's state document: virtual accounts and the tokens issued for
 * them, as sha256 hashes only. A loaded token still authenticates (and still
 * expires on the clock), but its text is unknown, so `GET .../{id}/token`
 * answers 404 for a loaded account until its token is regenerated.
 */
export const state: ApiState<TruefoundryStore> = {
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['virtualAccounts'],
    properties: {
      virtualAccounts: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'manifest'],
          properties: {
            id: { type: 'string', minLength: 1 },
            manifest: { $ref: '#/components/schemas/VirtualAccountManifest' },
            createdAt: dateTime,
            updatedAt: dateTime,
          },
        },
      },
      tokens: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['tokenSha256', 'virtualAccountId'],
          properties: {
            tokenSha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
            virtualAccountId: { type: 'string', minLength: 1 },
            // Absent for an account's current token; set once regenerated away or deleted.
            expiresAt: dateTime,
          },
        },
      },
    },
  },

  dump(store) {
    return {
      virtualAccounts: store.accounts.all().map((a) => ({
        id: a.id,
        manifest: structuredClone(a.manifest),
        createdAt: isoTime(a.createdAt),
        updatedAt: isoTime(a.updatedAt),
      })),
      tokens: [...store.tokens].map(([tokenSha256, issued]) => ({
        tokenSha256,
        virtualAccountId: issued.accountId,
        ...(issued.expiresAt !== undefined && { expiresAt: isoTime(issued.expiresAt) }),
      })),
    };
  },

  async load(document, { clock }) {
    const doc = document as TruefoundryStateDocument;
    const now = clock.now();
    const store = createTruefoundryStore();
    for (const [i, a] of doc.virtualAccounts.entries()) {
      if (store.accounts.find(a.id)) throw new StateError(`Two virtual accounts have the id ${JSON.stringify(a.id)}.`, `/virtualAccounts/${i}/id`);
      if (!store.accounts.claim(a.manifest.name, a.id))
        throw new StateError(`Two virtual accounts have the name ${JSON.stringify(a.manifest.name)}.`, `/virtualAccounts/${i}/manifest/name`);
      const createdAt = msOf(a.createdAt, now);
      const record: VirtualAccountRecord = {
        id: a.id,
        name: a.manifest.name,
        manifest: structuredClone(a.manifest),
        createdAt,
        updatedAt: msOf(a.updatedAt, createdAt),
      };
      await store.accounts.insert(record);
    }
    const hasCurrent = new Set<string>();
    for (const [i, t] of (doc.tokens ?? []).entries()) {
      if (store.tokens.has(t.tokenSha256)) throw new StateError('Two tokens have the same hash.', `/tokens/${i}/tokenSha256`);
      // Retired tokens may outlive their account (deleted accounts' tokens stay known, as revoked).
      if (t.expiresAt === undefined) {
        if (!store.accounts.find(t.virtualAccountId))
          throw new StateError(`A current token names the unknown virtual account ${JSON.stringify(t.virtualAccountId)}.`, `/tokens/${i}/virtualAccountId`);
        if (hasCurrent.has(t.virtualAccountId))
          throw new StateError(`Virtual account ${JSON.stringify(t.virtualAccountId)} has two current tokens (tokens without expiresAt).`, `/tokens/${i}`);
        hasCurrent.add(t.virtualAccountId);
      }
      store.tokens.set(t.tokenSha256, { accountId: t.virtualAccountId, ...(t.expiresAt !== undefined && { expiresAt: Date.parse(t.expiresAt) }) });
      store.tokensOf.set(t.virtualAccountId, [...(store.tokensOf.get(t.virtualAccountId) ?? []), t.tokenSha256]);
    }
    return store;
  },
};

interface TruefoundryStateDocument {
  virtualAccounts: { id: string; manifest: Manifest; createdAt?: string; updatedAt?: string }[];
  tokens?: { tokenSha256: string; virtualAccountId: string; expiresAt?: string }[];
}
