import { type ApiState, isoTime, msOf, StateError } from 'samock/toolkit';
import { addToken, createEmptyWavefrontStore, link, type AccountRecord, type WavefrontStore } from './store.js';

const dateTime = { type: 'string', format: 'date-time' };
const strings = { type: 'array', items: { type: 'string', minLength: 1 } };

/**
 * Wavefront's state document: roles, user groups, service accounts with their tokens, and the
 * sha256 hashes of deleted tokens (so they keep answering 401 after a load).
 *
 * Unlike other APIs' dumps, live tokenIDs appear in clear: the vendor lists them in every token
 * list and service account it answers, so the dump shows nothing the API does not, and a dump
 * without them could not reproduce what a client observes (GET token lists).
 */
export const state: ApiState<WavefrontStore> = {
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['roles', 'userGroups', 'serviceAccounts'],
    properties: {
      roles: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'permissions'],
          properties: {
            id: { type: 'string', minLength: 1 },
            name: { type: 'string', minLength: 1 },
            description: { type: 'string' },
            permissions: { type: 'array', items: { $ref: '#/components/schemas/Permission' } },
            createdAt: dateTime,
          },
        },
      },
      userGroups: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'roles'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            name: { type: 'string', minLength: 1 },
            description: { type: 'string' },
            roles: strings,
            createdAt: dateTime,
          },
        },
      },
      serviceAccounts: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['identifier'],
          properties: {
            identifier: { $ref: '#/components/schemas/Identifier' },
            description: { type: 'string' },
            active: { type: 'boolean' },
            groups: { type: 'array', items: { $ref: '#/components/schemas/Permission' } },
            roles: strings,
            userGroups: strings,
            createdAt: dateTime,
            lastUsed: dateTime,
            tokens: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['tokenID'],
                properties: { tokenID: { type: 'string', minLength: 1 }, tokenName: { type: 'string' }, dateGenerated: dateTime, lastUsed: dateTime },
              },
            },
          },
        },
      },
      revokedTokens: { type: 'array', items: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
    },
  },

  dump(store) {
    const when = (ms: number | undefined) => (ms === undefined ? {} : { lastUsed: isoTime(ms) });
    return {
      roles: [...store.roles.values()].map((r) => ({
        id: r.id,
        name: r.name,
        description: r.description,
        permissions: [...r.permissions],
        createdAt: isoTime(r.createdAt),
      })),
      userGroups: [...store.userGroups.values()].map((g) => ({
        id: g.id,
        name: g.name,
        description: g.description,
        roles: [...g.roles],
        createdAt: isoTime(g.createdAt),
      })),
      serviceAccounts: store.accounts.all().map((a) => ({
        identifier: a.identifier,
        description: a.description,
        active: a.active,
        groups: [...a.groups],
        roles: [...a.roles],
        userGroups: [...a.userGroups],
        createdAt: isoTime(a.createdAt),
        ...when(store.lastUsed.get(a.identifier)),
        tokens: [...(store.tokensByAccount.get(a.identifier)?.values() ?? [])].map((t) => ({
          tokenID: t.tokenID,
          ...(t.tokenName !== undefined && { tokenName: t.tokenName }),
          dateGenerated: isoTime(t.dateGenerated),
          ...when(t.lastUsed),
        })),
      })),
      revokedTokens: [...store.revoked],
    };
  },

  async load(document, { clock }) {
    const doc = document as WavefrontStateDocument;
    const now = clock.now();
    const store = createEmptyWavefrontStore();
    for (const [i, r] of doc.roles.entries()) {
      if (store.roles.has(r.id)) throw new StateError(`Two roles have the id ${JSON.stringify(r.id)}.`, `/roles/${i}/id`);
      store.roles.set(r.id, { id: r.id, name: r.name, description: r.description ?? '', permissions: [...r.permissions], createdAt: msOf(r.createdAt, now) });
    }
    for (const [i, g] of doc.userGroups.entries()) {
      if (store.userGroups.has(g.id)) throw new StateError(`Two user groups have the id ${JSON.stringify(g.id)}.`, `/userGroups/${i}/id`);
      const unknown = g.roles.findIndex((id) => !store.roles.has(id));
      if (unknown !== -1)
        throw new StateError(
          `User group ${JSON.stringify(g.id)} names the unknown role ${JSON.stringify(g.roles[unknown])}.`,
          `/userGroups/${i}/roles/${unknown}`,
        );
      store.userGroups.set(g.id, { id: g.id, name: g.name, description: g.description ?? '', roles: [...g.roles], createdAt: msOf(g.createdAt, now) });
    }
    for (const [i, a] of doc.serviceAccounts.entries()) {
      const at = `/serviceAccounts/${i}`;
      if (!store.accounts.claim(a.identifier, a.identifier))
        throw new StateError(`Two service accounts have the identifier ${JSON.stringify(a.identifier)}.`, `${at}/identifier`);
      const roles = a.roles ?? [];
      const userGroups = a.userGroups ?? [];
      const role = roles.findIndex((id) => !store.roles.has(id));
      if (role !== -1)
        throw new StateError(`Service account ${JSON.stringify(a.identifier)} names the unknown role ${JSON.stringify(roles[role])}.`, `${at}/roles/${role}`);
      const group = userGroups.findIndex((id) => !store.userGroups.has(id));
      if (group !== -1)
        throw new StateError(
          `Service account ${JSON.stringify(a.identifier)} names the unknown user group ${JSON.stringify(userGroups[group])}.`,
          `${at}/userGroups/${group}`,
        );
      const record: AccountRecord = {
        id: a.identifier,
        identifier: a.identifier,
        description: a.description ?? '',
        active: a.active ?? true,
        groups: [...new Set(a.groups ?? [])],
        roles: [...new Set(roles)],
        userGroups: [...new Set(userGroups)],
        createdAt: msOf(a.createdAt, now),
      };
      for (const [j, t] of (a.tokens ?? []).entries()) {
        if (store.tokens.has(t.tokenID)) throw new StateError(`Two API tokens have the id ${JSON.stringify(t.tokenID)}.`, `${at}/tokens/${j}/tokenID`);
        addToken(store, {
          tokenID: t.tokenID,
          ...(t.tokenName !== undefined && { tokenName: t.tokenName }),
          account: a.identifier,
          dateGenerated: msOf(t.dateGenerated, now),
          ...(t.lastUsed !== undefined && { lastUsed: Date.parse(t.lastUsed) }),
        });
      }
      if (a.lastUsed !== undefined) store.lastUsed.set(a.identifier, Date.parse(a.lastUsed));
      link(store, record.identifier, record.roles, record.userGroups);
      await store.accounts.insert(record);
    }
    for (const hash of doc.revokedTokens ?? []) store.revoked.add(hash);
    return store;
  },
};

interface WavefrontStateDocument {
  roles: { id: string; name: string; description?: string; permissions: string[]; createdAt?: string }[];
  userGroups: { id: string; name: string; description?: string; roles: string[]; createdAt?: string }[];
  serviceAccounts: {
    identifier: string;
    description?: string;
    active?: boolean;
    groups?: string[];
    roles?: string[];
    userGroups?: string[];
    createdAt?: string;
    lastUsed?: string;
    tokens?: { tokenID: string; tokenName?: string; dateGenerated?: string; lastUsed?: string }[];
  }[];
  revokedTokens?: string[];
}
