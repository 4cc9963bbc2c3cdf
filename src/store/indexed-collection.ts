import { Collection } from './msw-data.js';
import { recordSchema } from './record-schema.js';

/**
 * An @msw/data collection with `Map` indexes for the hot paths: lookup by id and,
 * optionally, one unique field (a name). @msw/data's queries scan every record,
 * so the indexes keep lookups flat in store size; filtered lists still use the
 * collection. Every API's store.ts builds on this.
 */
export function indexedCollection<T extends { id: string }, U extends keyof T & string = never>(name: string, options: { unique?: U } = {}) {
  const collection = new Collection({ schema: recordSchema<T>(name) });
  const byId = new Map<string, T>();
  const idByUnique = new Map<unknown, string>();
  /** Records whose asynchronous `collection.create` has not settled yet. */
  const pending = new Map<string, Promise<T>>();
  const unique = options.unique;

  return {
    collection,
    find: (id: string): T | undefined => byId.get(id),
    count: () => byId.size,
    /** Every record in insertion order, including those whose `create` has not settled yet. */
    all: (): T[] => [...byId.values()],
    /** The id of the record holding this unique value (e.g. a name), if any. */
    idOf: (value: T[U]): string | undefined => idByUnique.get(value),
    /**
     * Claims a unique value for an id, synchronously. Callers check and claim with
     * no `await` in between, so concurrent creates of one name give one winner.
     */
    claim(value: T[U], id: string): boolean {
      if (idByUnique.has(value)) return false;
      idByUnique.set(value, id);
      return true;
    },
    /** Stores a record; visible to `find` at once, and to the collection once its `create` settles. */
    insert(record: T): Promise<T> {
      try {
        assertStorable(name, record);
      } catch (error) {
        // A name claimed for this record is given back: the create failed, nothing may stay taken.
        if (unique && idByUnique.get(record[unique]) === record.id) idByUnique.delete(record[unique]);
        throw error;
      }
      // An id stored already (a resolver inserting twice) keeps @msw/data's own key for the
      // second copy: two records with one key would make updates find the stale one.
      const freshId = !byId.has(record.id) && !pending.has(record.id);
      if (unique) idByUnique.set(record[unique], record.id);
      byId.set(record.id, record);
      const settled = (async () => {
        const stored = (await collection.create(freshId ? withPrimaryKey(record) : record)) as T;
        primaryKey ??= primaryKeyOf(stored);
        pending.delete(record.id);
        if (byId.get(record.id) === record) byId.set(record.id, stored);
        // Deleted while being created: drop it from the collection too.
        else if (!byId.has(record.id)) collection.delete(asStored(stored));
        return stored;
      })();
      pending.set(record.id, settled);
      return settled;
    },
    async update(id: string, change: (draft: T) => void): Promise<T> {
      await pending.get(id);
      const current = byId.get(id);
      if (!current) throw new Error(`Failed to update ${name} ${id}: no such record.`);
      // The change is tried on a copy first: a record that could not be dumped or answered
      // again must not be committed (the request fails, and the store stays as it was).
      const probe = structuredClone(current);
      change(probe);
      assertStorable(name, probe);
      const next = ((await collection.update(asStored(current), { data: change as never })) as T | undefined) ?? current;
      if (unique && next[unique] !== current[unique]) {
        idByUnique.delete(current[unique]);
        idByUnique.set(next[unique], id);
      }
      byId.set(id, next);
      return next;
    },
    delete(id: string): void {
      const record = byId.get(id);
      if (!record) return;
      if (!pending.has(id)) collection.delete(asStored(record));
      byId.delete(id);
      if (unique) idByUnique.delete(record[unique]);
    },
  };
}

export type IndexedCollection<T extends { id: string }, U extends keyof T & string = never> = ReturnType<typeof indexedCollection<T, U>>;

/**
 * Every record must serialise, or every later list, get and state dump of its session fails.
 * Inputs are bounded before parsing (core/limits.ts), so this holds for records built from
 * requests; it is checked here too, before anything is committed, because a resolver may
 * build records in other ways.
 */
function assertStorable(name: string, record: unknown): void {
  // Plain data (the usual record) is recognised by a walk, which costs a fraction of
  // serialising it on every create; anything else gets JSON.stringify's own verdict.
  try {
    if (isPlainData(record, 0)) return;
    JSON.stringify(record);
  } catch (error) {
    throw new Error(`Failed to store a ${name}: it cannot be serialised (${(error as Error).message}); nothing was changed.`);
  }
}

/**
 * @msw/data gives every record a primary key of its own (a `crypto.randomUUID()`, which Node
 * builds as a rope of 15 string pieces: ≈ 460 bytes per stored account, a third of samock's
 * memory per account in the bench). Our records have unique ids already, so the collection is
 * handed the id as its key, the way @msw/data itself passes keys on when it clones a record.
 * The key symbol is not exported; it is read off the first stored record (that one keeps its
 * UUID). test/core/indexed-collection.test.ts fails if @msw/data stops honouring it.
 */
let primaryKey: symbol | undefined;

function primaryKeyOf(stored: object): symbol | undefined {
  return Object.getOwnPropertySymbols(stored).find((symbol) => symbol.description === 'kPrimaryKey');
}

function withPrimaryKey<T extends { id: string }>(record: T): T {
  if (primaryKey && !Object.hasOwn(record, primaryKey)) Object.defineProperty(record, primaryKey, { value: record.id, configurable: true });
  return record;
}

/** Strings, finite numbers, booleans, null and arrays/plain objects of them, not nested past 32 levels (so no cycle). */
function isPlainData(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || value === undefined) return true;
  if (typeof value === 'number') return true;
  if (typeof value !== 'object' || depth > 32) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!isPlainData(item, depth + 1)) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) if (!isPlainData((value as Record<string, unknown>)[key], depth + 1)) return false;
  return true;
}

/** Records in the indexes are the collection's own objects (primary key included) once `create` settles. */
function asStored(record: unknown): never {
  return record as never;
}
