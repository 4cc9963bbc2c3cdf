import { indexedCollection } from 'samock/toolkit';
import type { components } from './types.js';

type Tag = components['schemas']['tag'];

export interface ServiceAccountRecord {
  /** A UUID; the only key (names are not unique). */
  id: string;
  organizationId: string;
  name: string;
  description?: string;
  tags?: Tag[];
  groupIDs: string[];
  createdAt: number;
  modifiedAt?: number;
  /**
   * When `provisioningStatus` turns from `provisioning` to `provisioned`, on the mock's clock:
   * the creation time itself unless `--api-option nscale.provisioning=eventual` (or a state
   * document) says later.
   */
  provisionedAt: number;
  /** When the current access token expires (`status.expiry`). Its hash is in `currentToken`. */
  expiresAt: number;
}

/** The vendor example's organization (seed 001), where its example request creates an account. */
export const DEFAULT_ORGANIZATION_ID = 'd4600d6e-e965-4b44-a808-84fb2fa36702';
/** A second seeded organization, so scoping can be tried without loading state. */
export const OTHER_ORGANIZATION_ID = '5b8f2c1e-3d4a-4e6b-9c7d-2f1a0b9e8c7d';

/**
 * The organizations a fresh mock knows, each with its groups: the vendor example's, with the two
 * group ids its example shows (the request's and the response's), and a second one with a group
 * of its own. samock serves no organizations or groups API; a state document declares others.
 */
export const SEEDED_ORGANIZATIONS: readonly { id: string; groupIDs: readonly string[] }[] = [
  { id: DEFAULT_ORGANIZATION_ID, groupIDs: ['0aaba80d-67ef-4799-b6d9-59f37e2ce2ad', 'f2000047-19f8-426e-93b9-9f0a5bfa0edd'] },
  { id: OTHER_ORGANIZATION_ID, groupIDs: ['3c1d7e52-8b9a-4f06-a2d4-6e5f7a8b9c0d'] },
];

/**
 * Nscale's state: the organizations that exist and their groups, service accounts of every
 * organization, keyed by id only, and the hashes of the tokens they were issued (tokens
 * themselves are never stored). A fresh store holds the seeded organizations and no accounts.
 */
export function createNscaleStore(organizations: readonly { id: string; groupIDs: readonly string[] }[] = SEEDED_ORGANIZATIONS) {
  return {
    /** Organization id → the ids of its groups. Any other organization answers 404, as on the server. */
    organizations: new Map<string, Set<string>>(organizations.map((o) => [o.id, new Set(o.groupIDs)])),
    accounts: indexedCollection<ServiceAccountRecord>('service account'),
    /** sha256(current token) → service account id. */
    tokens: new Map<string, string>(),
    /**
     * Service account id → sha256 of its current token. Updated synchronously, so two
     * concurrent rotations cannot both leave their token valid.
     */
    currentToken: new Map<string, string>(),
    /** Hashes of tokens rotated away or revoked by a delete: they answer 401 from then on. */
    revokedTokens: new Set<string>(),
  };
}

export type NscaleStore = ReturnType<typeof createNscaleStore>;

/** Makes `tokenSha256` the account's current token and revokes the one it replaces, if any. */
export function replaceToken(store: NscaleStore, accountId: string, tokenSha256: string): void {
  revokeToken(store, accountId);
  store.tokens.set(tokenSha256, accountId);
  store.currentToken.set(accountId, tokenSha256);
}

/** Revokes the account's current token, if it has one. */
export function revokeToken(store: NscaleStore, accountId: string): void {
  const current = store.currentToken.get(accountId);
  if (current === undefined) return;
  store.tokens.delete(current);
  store.currentToken.delete(accountId);
  store.revokedTokens.add(current);
}
