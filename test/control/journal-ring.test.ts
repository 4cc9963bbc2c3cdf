import { describe, expect, it } from 'vitest';
import { createJournal, type JournalRecord } from '../../src/control/journal.js';

const exchange = (n: number, extra: Partial<JournalRecord> = {}): JournalRecord => ({
  atMs: Date.UTC(2026, 0, 1) + n,
  session: 'default',
  method: 'GET',
  path: `/v2/things/${n}`,
  durationMs: n / 10,
  api: 'lyve',
  operationId: 'getThing',
  status: 200,
  requestViolations: [],
  responseViolations: [],
  ...extra,
});

describe('the request journal', () => {
  it('keeps the newest entries in arrival order with rising seq after wrapping around its cap many times', () => {
    const journal = createJournal(3);
    for (let n = 1; n <= 10; n++) journal.record(exchange(n));
    const listed = journal.list();
    expect(listed.map((e) => [e.seq, e.path])).toEqual([
      [8, '/v2/things/8'],
      [9, '/v2/things/9'],
      [10, '/v2/things/10'],
    ]);
    expect(journal.size).toBe(3);
    expect(listed[0]).toStrictEqual({
      seq: 8,
      at: new Date(Date.UTC(2026, 0, 1) + 8).toISOString(),
      session: 'default',
      api: 'lyve',
      operationId: 'getThing',
      method: 'GET',
      path: '/v2/things/8',
      status: 200,
      durationMs: 0.8,
      requestViolations: [],
      responseViolations: [],
    });
  });

  it('hands out copies: entries listed earlier do not change when later requests reuse their slots', () => {
    const journal = createJournal(2);
    journal.record(exchange(1, { forcedBy: 'fault', status: 503 }));
    journal.record(exchange(2));
    const before = journal.list();
    journal.record(exchange(3));
    journal.record(exchange(4));
    expect(before.map((e) => [e.seq, e.status, e.forcedBy])).toEqual([
      [1, 503, 'fault'],
      [2, 200, undefined],
    ]);
    // A slot that held a forced answer drops the mark when a normal request overwrites it.
    expect(journal.list().map((e) => ['forcedBy' in e, e.seq])).toEqual([
      [false, 3],
      [false, 4],
    ]);
  });

  it('filters and limits over the ring in order, and clear empties it while seq goes on', () => {
    const journal = createJournal(4);
    for (let n = 1; n <= 6; n++) journal.record(exchange(n, { status: n % 2 ? 404 : 200 }));
    expect(journal.list({ status: 404 }).map((e) => e.seq)).toEqual([3, 5]);
    expect(journal.list({ limit: 2 }).map((e) => e.seq)).toEqual([5, 6]);
    journal.clear();
    expect(journal.list()).toEqual([]);
    journal.record(exchange(7));
    expect(journal.list().map((e) => e.seq)).toEqual([7]);
  });

  it('records nothing with a cap of 0', () => {
    const journal = createJournal(0);
    journal.record(exchange(1));
    expect(journal.list()).toEqual([]);
    expect(journal.size).toBe(0);
  });
});
