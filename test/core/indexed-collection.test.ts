import { describe, expect, it } from 'vitest';
import { indexedCollection } from '../../src/store/indexed-collection.js';

type Thing = { id: string; name: string; size: number };
const things = () => indexedCollection<Thing, 'name'>('thing', { unique: 'name' });

describe('indexedCollection', () => {
  it('finds a record by id and by its unique name the moment insert is called', () => {
    const store = things();
    void store.insert({ id: 'a', name: 'alpha', size: 1 });
    expect(store.find('a')).toMatchObject({ name: 'alpha' });
    expect(store.idOf('alpha')).toBe('a');
  });

  it('hands the collection each record id as its primary key (no UUID stored per record), and updates and deletes still find the record', async () => {
    const store = things();
    await store.insert({ id: 'first', name: 'one', size: 1 });
    const stored = await store.insert({ id: 'second', name: 'two', size: 2 });
    const keyOf = (record: object) => {
      const symbol = Object.getOwnPropertySymbols(record).find((s) => s.description === 'kPrimaryKey');
      return symbol && (record as Record<symbol, unknown>)[symbol];
    };
    expect(keyOf(stored)).toBe('second');
    await store.update('second', (draft) => {
      draft.size = 3;
    });
    expect(store.collection.findMany((q) => q.where({ size: 3 })).map((r) => r.id)).toEqual(['second']);
    expect(keyOf(store.find('second')!)).toBe('second');
    store.delete('second');
    expect(store.collection.all().map((r) => r.id)).toEqual(['first']);
    expect(JSON.stringify(store.all())).toBe('[{"id":"first","name":"one","size":1}]');
  });

  it('updates the newest copy when a resolver inserts one id twice (the second copy keeps a key of its own)', async () => {
    const store = things();
    await store.insert({ id: 'seed', name: 'seed', size: 0 });
    await store.insert({ id: 'a', name: 'n1', size: 1 });
    await store.insert({ id: 'a', name: 'n2', size: 2 });
    const updated = await store.update('a', (draft) => {
      draft.size += 10;
    });
    expect(updated).toEqual({ id: 'a', name: 'n2', size: 12 });
    expect(store.find('a')).toEqual({ id: 'a', name: 'n2', size: 12 });
  });

  it('lets only the first claim of a name win', () => {
    const store = things();
    expect(store.claim('alpha', 'a')).toBe(true);
    expect(store.claim('alpha', 'b')).toBe(false);
  });

  it('moves the name index when an update renames, and keeps the collection in step', async () => {
    const store = things();
    await store.insert({ id: 'a', name: 'alpha', size: 1 });
    await store.update('a', (draft) => {
      draft.name = 'beta';
    });
    expect(store.idOf('alpha')).toBeUndefined();
    expect(store.idOf('beta')).toBe('a');
    expect(store.collection.findMany((q) => q.where({ name: 'beta' }))).toHaveLength(1);
  });

  it('applies an update issued before the asynchronous create settled', async () => {
    const store = things();
    void store.insert({ id: 'a', name: 'alpha', size: 1 });
    await store.update('a', (draft) => {
      draft.size = 2;
    });
    expect(store.find('a')?.size).toBe(2);
    expect(store.all()).toEqual([{ id: 'a', name: 'alpha', size: 2 }]);
  });

  it('forgets a record deleted before its create settled, in the indexes and the collection', async () => {
    const store = things();
    const inserting = store.insert({ id: 'a', name: 'alpha', size: 1 });
    store.delete('a');
    await inserting;
    expect(store.find('a')).toBeUndefined();
    expect(store.idOf('alpha')).toBeUndefined();
    expect(store.all()).toEqual([]);
  });
});
