import { type ApiContext, indexedCollection } from 'samock/toolkit';
import type { components } from './types.js';

export type Manifest = components['schemas']['VirtualAccountManifest'];

export interface VirtualAccountRecord {
  id: string;
  /** Copy of `manifest.name`: the unique key create-or-update matches on. */
  name: string;
  manifest: Manifest;
  createdAt: number;
  updatedAt: number;
}

/** A token samock issued, known only by its sha256 hash. */
export interface IssuedToken {
  accountId: string;
  /** When it stops authenticating (a regeneration's grace period, or deletion); unset for the current token. */
  expiresAt?: number;
}

const DAY_MS = 86_400_000;

/**
 * TrueFoundry's state: virtual accounts indexed by id and by their unique name,
 * and every token issued for them. Tokens are kept as hashes so they
 * authenticate without being stored; the current token's text is kept too,
 * in memory only, because `GET .../{id}/token` answers it.
 */
export function createTruefoundryStore(_tools?: Omit<ApiContext<never>, 'store'>) {
  return {
    accounts: indexedCollection<VirtualAccountRecord, 'name'>('virtual account', { unique: 'name' }),
    /** sha256(token) → the account it belongs to and when it stops working. */
    tokens: new Map<string, IssuedToken>(),
    /** account id → the hashes of every token issued for it (to retire them). */
    tokensOf: new Map<string, string[]>(),
    /** account id → its current token. Never dumped: a loaded account has none until regenerated. */
    currentTokens: new Map<string, string>(),
  };
}

export type TruefoundryStore = ReturnType<typeof createTruefoundryStore>;

/** An account expires at 00:00 UTC on its `expiration_date` (inferred; see specs/truefoundry.yaml). */
export function expiresAt(manifest: Manifest): number | undefined {
  return manifest.expiration_date === undefined ? undefined : Date.parse(`${manifest.expiration_date}T00:00:00Z`);
}

export function isExpired(record: VirtualAccountRecord, now: number): boolean {
  const end = expiresAt(record.manifest);
  return end !== undefined && now >= end;
}

export function graceEnd(now: number, gracePeriodInDays: number): number {
  return now + gracePeriodInDays * DAY_MS;
}
