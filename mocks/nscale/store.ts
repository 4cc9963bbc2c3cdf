import { indexedCollection } from '../../src/store/indexed-collection.js';
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
  /** When `provisioningStatus` turns from `provisioning` to `provisioned`, on the mock's clock. */
  provisionedAt: number;
  /** When the current access token expires (`status.expiry`). Its hash is in `currentToken`. */
  expiresAt: number;
}

/**
 * Nscale's state: service accounts of every organization, keyed by id only, and the
 * hashes of the tokens they were issued (tokens themselves are never stored). The
 * mock starts empty: every organization exists and has no service accounts yet.
 */
export function createNscaleStore() {
  return {
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
