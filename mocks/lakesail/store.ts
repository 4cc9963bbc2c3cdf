import { type ApiContext, indexedCollection } from 'samock/toolkit';

export interface ServiceAccountRecord {
  id: string;
  username: string;
  description: string;
  createdAt: number;
  updatedAt: number;
  /** The account's place in list order: taken from `listing`, only grows, never reused. */
  sequence: number;
}

/** A key as samock keeps it: the secret itself is never stored, only its sha256. */
export interface KeyRecord {
  id: string;
  serviceAccountId: string;
  keySha256: string;
  expiresAt?: number;
  /** Set when its service account is deleted: from then on the key answers 401, not "unknown". */
  revokedAt?: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * LakeSail's state: service accounts (by id; usernames are not unique, see
 * docs/decisions/0003), their list order, and the keys issued for them (by id
 * and by the hash of the secret, which is how a bearer key is looked up).
 * The mock starts empty: LakeSail has no built-in service accounts.
 */
export function createLakesailStore(_tools: Omit<ApiContext<never>, 'store'>) {
  return createEmptyLakesailStore();
}

/** A store with no records; `nextSequence` lets a state load continue the list order it dumped. */
export function createEmptyLakesailStore(nextSequence = 1) {
  return {
    accounts: indexedCollection<ServiceAccountRecord>('service account'),
    listing: createListing(nextSequence),
    keys: indexedCollection<KeyRecord, 'keySha256'>('service account key', { unique: 'keySha256' }),
  };
}

export type LakesailStore = ReturnType<typeof createEmptyLakesailStore>;

export interface ListingEntry {
  sequence: number;
  id: string;
}

/**
 * Account ids in creation order, each under a sequence number that only grows.
 * Pages are read with a binary search on the sequence ("the first entry after
 * sequence N"), so a page costs O(log n + limit) at any store size, and a page
 * boundary stays put when entries before it are added or deleted.
 */
export function createListing(start = 1) {
  const sequences: number[] = [];
  const ids: string[] = [];
  let next = start;
  /** Index of the first entry whose sequence is greater than `sequence`. */
  const firstAfter = (sequence: number): number => {
    let low = 0;
    let high = sequences.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sequences[middle]! <= sequence) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    /** The sequence number the next account gets. */
    get next(): number {
      return next;
    },
    /** Appends an id under a new sequence number, with no await in between: concurrent creates keep their order. */
    append(id: string): number {
      const sequence = next++;
      sequences.push(sequence);
      ids.push(id);
      return sequence;
    },
    /** Appends an id under a given sequence (state loads); it must exceed every sequence so far. */
    restore(id: string, sequence: number): void {
      if (sequence < next) throw new RangeError(`Sequence ${sequence} is not after ${next - 1}.`);
      sequences.push(sequence);
      ids.push(id);
      next = sequence + 1;
    },
    /** Moves the next sequence number forward (state loads: numbers of deleted accounts stay used). */
    advanceTo(sequence: number): void {
      next = Math.max(next, sequence);
    },
    remove(sequence: number): void {
      const index = firstAfter(sequence - 1);
      if (sequences[index] !== sequence) return;
      sequences.splice(index, 1);
      ids.splice(index, 1);
    },
    /** Up to `limit` entries after `sequence` (0: from the start), and whether more follow. */
    after(sequence: number, limit: number): { entries: ListingEntry[]; more: boolean } {
      const start = firstAfter(sequence);
      const end = Math.min(start + limit, sequences.length);
      const entries: ListingEntry[] = [];
      for (let i = start; i < end; i++) entries.push({ sequence: sequences[i]!, id: ids[i]! });
      return { entries, more: end < sequences.length };
    },
    size: (): number => sequences.length,
  };
}
