import { describe, expect, it } from 'vitest';
import { lyve } from '../../mocks/lyve/index.js';
import { wavefront } from '../../mocks/wavefront/index.js';
import { unreportedAuthStatuses } from '../../src/client-check/catalog.js';
import { issuesOf, matchesTemplate } from '../../src/client-check/derive.js';
import type { CatalogApi } from '../../src/client-check/types.js';
import type { JournalEntry } from '../../src/control/journal.js';

const catalog: CatalogApi[] = [
  {
    id: 'wavefront',
    authStatuses: [401],
    operations: [
      { operationId: 'getServiceAccount', method: 'GET', path: '/api/v2/account/serviceaccount/{id}', statuses: ['200', '401'], requiresAuth: true },
      { operationId: 'updateServiceAccount', method: 'PUT', path: '/api/v2/account/serviceaccount/{id}', statuses: ['200', '401'], requiresAuth: true },
    ],
  },
];

/** A journal entry as a server from before method, path and auth violations were recorded wrote it. */
const entry = (fields: Partial<JournalEntry>): JournalEntry => ({
  seq: 1,
  at: '2026-01-01T00:00:00.000Z',
  session: 'default',
  api: 'wavefront',
  operationId: 'getServiceAccount',
  method: 'GET',
  path: '/api/v2/account/serviceaccount/sa::x',
  status: 200,
  durationMs: 1,
  requestViolations: [],
  responseViolations: [],
  ...fields,
});

describe('violations derived when the journal does not record them', () => {
  it('derives a wrong method from a 405, naming the methods the path allows', () => {
    expect(issuesOf(entry({ operationId: null, method: 'DELETE', status: 405 }), catalog)).toEqual([
      {
        location: 'method',
        pointer: '',
        rule: 'method',
        message: 'DELETE is not an operation of /api/v2/account/serviceaccount/{id}',
        expected: 'GET, PUT',
        actual: 'DELETE',
        source: 'derived',
      },
    ]);
  });

  it('derives an unknown path from an unmatched 404', () => {
    expect(issuesOf(entry({ api: null, operationId: null, path: '/nowhere', status: 404 }), catalog)).toMatchObject([
      { location: 'route', rule: 'path', actual: '/nowhere' },
    ]);
  });

  it('derives an auth failure from a status the API refuses credentials with silently', () => {
    expect(issuesOf(entry({ status: 401 }), catalog)).toMatchObject([{ location: 'header', pointer: '/authorization', rule: 'security', source: 'derived' }]);
  });

  it('takes recorded violations as they are and ignores forced answers and ordinary errors', () => {
    const recorded = { location: 'body' as const, pointer: '/identifier', rule: 'required', message: 'Field "identifier" is required' };
    expect(issuesOf(entry({ status: 400, requestViolations: [recorded] }), catalog)).toEqual([{ ...recorded, source: 'journal' }]);
    expect(issuesOf(entry({ status: 401, forcedBy: 'prefer' }), catalog)).toEqual([]);
    expect(issuesOf(entry({ status: 404 }), catalog)).toEqual([]);
  });
});

describe('which auth refusals need deriving', () => {
  it("asks each API's authenticator: every registered one records its own missing-credential violations", () => {
    expect(unreportedAuthStatuses(lyve)).toEqual([]);
    expect(unreportedAuthStatuses(wavefront)).toEqual([]);
  });

  it('matches concrete paths to templates as samock routes them', () => {
    expect(matchesTemplate('/v2/service-accounts/{id}', '/v2/service-accounts/abc/')).toBe(true);
    expect(matchesTemplate('/v2/service-accounts/{id}', '/v2/service-accounts')).toBe(false);
  });
});
