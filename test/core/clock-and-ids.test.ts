import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/clock.js';
import { createIds } from '../../src/ids.js';

describe('virtual clock', () => {
  it('advances by the given milliseconds on top of real time', () => {
    let real = 1_000;
    const clock = createClock(() => real);
    clock.advance(500);
    expect(clock.now()).toBe(1_500);
    real = 2_000;
    expect(clock.now()).toBe(2_500);
  });

  it('stands still while frozen and resumes from the frozen instant', () => {
    let real = 1_000;
    const clock = createClock(() => real);
    clock.freeze();
    real = 5_000;
    expect(clock.now()).toBe(1_000);
    clock.advance(10);
    expect(clock.now()).toBe(1_010);
    clock.unfreeze();
    expect(clock.now()).toBe(1_010);
    real = 5_100;
    expect(clock.now()).toBe(1_110);
  });

  it('refuses to go backwards', () => {
    expect(() => createClock().advance(-1)).toThrow(/non-negative/);
  });
});

describe('ids', () => {
  it('are reproducible with a seed and differ between seeds', () => {
    const a = createIds(42);
    const b = createIds(42);
    const c = createIds(43);
    const take = (ids: ReturnType<typeof createIds>) => [ids.uuid(), ids.hex(24), ids.fromAlphabet('ABC', 10)];
    expect(take(a)).toEqual(take(b));
    expect(take(createIds(42))).not.toEqual(take(c));
  });

  it('makes RFC 9562 version-4 shaped UUIDs', () => {
    const ids = createIds();
    for (let i = 0; i < 50; i++) expect(ids.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
