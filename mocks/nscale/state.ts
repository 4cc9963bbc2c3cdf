import { type ApiState, isoTime, msOf, StateError } from 'samock/toolkit';
import { TOKEN_LIFETIME_MS } from './auth.js';
import { memberships } from './resolvers.js';
import { createNscaleStore, replaceToken, SEEDED_ORGANIZATIONS, type NscaleStore, type ServiceAccountRecord } from './store.js';
import type { components } from './types.js';

const dateTime = { type: 'string', format: 'date-time' };
const sha256Hex = { type: 'string', pattern: '^[0-9a-f]{64}$' };

/**
 * Nscale's state document: the organizations that exist and their groups (without
 * `organizations`, samock's seeded ones), service accounts of those organizations, and the
 * sha256 hashes of their current tokens and of revoked ones. Tokens never appear; a loaded
 * hash still authenticates its token, and a revoked one still answers 401. An account must
 * belong to a listed organization and name only groups of it.
 */
export const state: ApiState<NscaleStore> = {
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['serviceAccounts'],
    properties: {
      organizations: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'groupIDs'],
          properties: {
            id: { type: 'string', minLength: 1 },
            /** The organization's groups: the only ids a service account's groupIDs keep. */
            groupIDs: { $ref: '#/components/schemas/groupIDs' },
          },
        },
      },
      serviceAccounts: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'organizationId', 'name', 'groupIDs'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            organizationId: { type: 'string', minLength: 1 },
            name: { $ref: '#/components/schemas/kubernetesLabelValue' },
            description: { type: 'string' },
            tags: { $ref: '#/components/schemas/tagList' },
            groupIDs: { $ref: '#/components/schemas/groupIDs' },
            creationTime: dateTime,
            modifiedTime: dateTime,
            /** When provisioningStatus becomes `provisioned`; default: at once. Honoured whatever the provisioning option. */
            provisionedAt: dateTime,
            /** Without it the account has a token nobody knows (seeded by hand). */
            tokenSha256: sha256Hex,
            /** Default: 90 days after creationTime. */
            expiry: dateTime,
          },
        },
      },
      revokedTokens: { type: 'array', items: sha256Hex },
    },
  },

  dump(store) {
    return {
      organizations: [...store.organizations].map(([id, groups]) => ({ id, groupIDs: [...groups] })),
      serviceAccounts: store.accounts.all().map((a) => ({
        id: a.id,
        organizationId: a.organizationId,
        name: a.name,
        ...(a.description !== undefined && { description: a.description }),
        ...(a.tags !== undefined && { tags: a.tags.map((tag) => ({ ...tag })) }),
        groupIDs: [...a.groupIDs],
        creationTime: isoTime(a.createdAt),
        ...(a.modifiedAt !== undefined && { modifiedTime: isoTime(a.modifiedAt) }),
        provisionedAt: isoTime(a.provisionedAt),
        ...(store.currentToken.has(a.id) && { tokenSha256: store.currentToken.get(a.id) }),
        expiry: isoTime(a.expiresAt),
      })),
      revokedTokens: [...store.revokedTokens],
    };
  },

  async load(document, { clock, ids }) {
    const doc = document as NscaleStateDocument;
    const now = clock.now();
    const organizations = doc.organizations ?? SEEDED_ORGANIZATIONS;
    const seenOrganizations = new Set<string>();
    for (const [i, o] of organizations.entries()) {
      if (seenOrganizations.has(o.id)) throw new StateError(`Two organizations have the id ${JSON.stringify(o.id)}.`, `/organizations/${i}/id`);
      seenOrganizations.add(o.id);
    }
    const store = createNscaleStore(organizations);
    for (const hash of doc.revokedTokens ?? []) store.revokedTokens.add(hash);
    const seen = new Set<string>();
    for (const [i, a] of doc.serviceAccounts.entries()) {
      if (seen.has(a.id)) throw new StateError(`Two service accounts have the id ${JSON.stringify(a.id)}.`, `/serviceAccounts/${i}/id`);
      seen.add(a.id);
      const groups = store.organizations.get(a.organizationId);
      if (!groups) {
        throw new StateError(
          `Service account ${JSON.stringify(a.id)} belongs to organization ${JSON.stringify(a.organizationId)}, ` +
            `which is not in organizations: list it there (with its groups).`,
          `/serviceAccounts/${i}/organizationId`,
        );
      }
      const unknownGroup = a.groupIDs.findIndex((id) => !groups.has(id));
      if (unknownGroup !== -1) {
        throw new StateError(
          `Service account ${JSON.stringify(a.id)} names group ${JSON.stringify(a.groupIDs[unknownGroup])}, which is ` +
            `not a group of organization ${JSON.stringify(a.organizationId)}: list it in that organization's groupIDs.`,
          `/serviceAccounts/${i}/groupIDs/${unknownGroup}`,
        );
      }
      // A hand-written account gets a random hash: a token no one holds, never revoked.
      const tokenSha256 = a.tokenSha256 ?? ids.hex(64);
      if (store.tokens.has(tokenSha256) || store.revokedTokens.has(tokenSha256)) {
        throw new StateError(`The token hash of service account ${JSON.stringify(a.id)} is already used or revoked.`, `/serviceAccounts/${i}/tokenSha256`);
      }
      const createdAt = msOf(a.creationTime, now);
      const record: ServiceAccountRecord = {
        id: a.id,
        organizationId: a.organizationId,
        name: a.name,
        ...(a.description !== undefined && { description: a.description }),
        ...(a.tags !== undefined && { tags: a.tags.map((tag) => ({ ...tag })) }),
        groupIDs: memberships(a.groupIDs, groups),
        createdAt,
        ...(a.modifiedTime !== undefined && { modifiedAt: Date.parse(a.modifiedTime) }),
        provisionedAt: msOf(a.provisionedAt, now),
        expiresAt: msOf(a.expiry, createdAt + TOKEN_LIFETIME_MS),
      };
      replaceToken(store, a.id, tokenSha256);
      await store.accounts.insert(record);
    }
    return store;
  },
};

type Schemas = components['schemas'];

interface NscaleStateDocument {
  organizations?: { id: string; groupIDs: string[] }[];
  serviceAccounts: {
    id: string;
    organizationId: string;
    name: string;
    description?: string;
    tags?: Schemas['tagList'];
    groupIDs: string[];
    creationTime?: string;
    modifiedTime?: string;
    provisionedAt?: string;
    tokenSha256?: string;
    expiry?: string;
  }[];
  revokedTokens?: string[];
}
