import { describe, expect, it } from 'vitest';
import { lakesail } from '../../mocks/lakesail/index.js';
import { lyve } from '../../mocks/lyve/index.js';
import { vendors } from '../../mocks/index.js';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import { createApp, type App } from '../../src/app/create-app.js';
import type { PlainRequest } from '../../src/core/http-types.js';
import { MAX_ISSUES } from '../../src/validation/issues.js';
import { indexedCollection } from '../../src/store/indexed-collection.js';

/**
 * What an adversarial review found after the first hardening pass: violations without a
 * bound, state that loads but cannot be dumped and loaded back, a create that issued a
 * token before its record was refused.
 */
const send = async (app: App, request: Partial<PlainRequest> & { path: string }): Promise<{ status: number; body?: any }> =>
  app.handle({ method: 'GET', query: {}, headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, ...request });
const loadState = (app: App, api: string, document: unknown) =>
  send(app, {
    method: 'PUT',
    path: `/__control/state/${api}`,
    headers: { 'content-type': 'application/json' },
    rawBody: typeof document === 'string' ? document : JSON.stringify(document),
  });

describe('violations are bounded', () => {
  const wrongItems = (count: number) =>
    JSON.stringify({
      name: 'k k',
      identifier: 'x',
      metadata: { name: '-' },
      spec: { groupIDs: Array(count).fill(1) },
      permissions: Array(count).fill(1),
      manifest: { name: 'n', type: 'virtual-account', permissions: Array(count).fill({}) },
    });
  it.each([
    ['lyve', 'POST', '/v2/service-accounts'],
    ['nscale', 'POST', '/api/v1/organizations/org1/serviceaccounts'],
    ['wavefront', 'POST', '/api/v2/account/deleteAccounts'],
    ['truefoundry', 'PUT', '/api/svc/v1/virtual-accounts'],
  ])(
    '%s answers a body with 20,000 wrong items with one bounded refusal, and journals the first 50 violations and a count of the rest',
    async (id, method, path) => {
      const app = createApp({ apis: [vendors.find((api) => api.id === id)!], strict: true });
      const response = await send(app, { method, path, rawBody: id === 'wavefront' ? JSON.stringify(Array(20_000).fill(1)) : wrongItems(20_000) });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(JSON.stringify(response.body).length).toBeLessThan(50_000);
      const [entry] = app.control.journal.list();
      expect(entry!.requestViolations.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
      expect(entry!.requestViolations.at(-1)).toMatchObject({ rule: 'maxIssues', message: expect.stringMatching(/more violations/) });
    },
  );

  it('a body over 256 KiB is checked up to its first violation only (collecting all could take millions of objects)', async () => {
    const app = createApp({ apis: [lyve], strict: true });
    const response = await send(app, { method: 'POST', path: '/v2/service-accounts', rawBody: wrongItems(130_000) });
    expect(response.status).toBe(400);
    expect(app.control.journal.list()[0]!.requestViolations).toHaveLength(1);
  });

  it('a state document of a million wrong items is refused quickly with its first violation', async () => {
    const app = createApp({ apis: [lyve] });
    const started = Date.now();
    const response = await loadState(app, 'lyve', `{"permissions":[${Array(1_000_000).fill(1).join(',')}],"serviceAccounts":[]}`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body).length).toBeLessThan(5_000);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('a state load is refused when what it would store could not be dumped and loaded back', () => {
  it('refuses date-times that are past year 9999 in UTC, at load and on the APIs', async () => {
    const app = createApp({ apis: [lyve, lakesail], strict: true });
    const refused = await loadState(app, 'lakesail', {
      serviceAccounts: [{ id: 'A1', username: 'u', description: '', createdAt: '9999-12-31T23:59:59-23:59' }],
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('date-time');
    const account = await send(app, { method: 'POST', path: '/api/org/v1/service-accounts', rawBody: '{"username":"u","description":""}' });
    const key = await send(app, {
      method: 'POST',
      path: `/api/org/v1/service-accounts/${account.body.id}/keys`,
      rawBody: '{"expiresAt":"9999-12-31T23:59:59-23:59"}',
    });
    expect(key.status).toBe(400);
    expect(
      (await send(app, { method: 'POST', path: `/api/org/v1/service-accounts/${account.body.id}/keys`, rawBody: '{"expiresAt":"9999-12-31T23:59:59Z"}' }))
        .status,
    ).toBe(201);
  });

  it('refuses a Lyve account whose derived expiry date would fall past year 9999, and keeps the old state', async () => {
    const app = createApp({ apis: [lyve], strict: true });
    await send(app, { method: 'POST', path: '/v2/service-accounts', rawBody: '{"name":"kept","permissions":["default-permission"]}' });
    const dump = app.control.dumpState('lyve') as { permissions: unknown[] };
    const refused = await loadState(app, 'lyve', {
      permissions: dump.permissions,
      serviceAccounts: [{ id: 'x', name: 'late', permissions: ['default-permission'], createdAt: '9999-12-31T00:00:00Z' }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('cannot be loaded back');
    expect((await send(app, { path: '/v2/service-accounts' })).body.map((a: { name: string }) => a.name)).toEqual(['kept']);
    expect((await send(app, { path: '/v2/permissions' })).status).toBe(200);
  });

  it('loads back what an API accepted at the depth limit (a state document may nest deeper than an API body)', async () => {
    const app = createApp({ apis: [truefoundry], strict: true });
    const nested = `${'{"a":'.repeat(62)}1${'}'.repeat(62)}`;
    const created = await send(app, {
      method: 'PUT',
      path: '/api/svc/v1/virtual-accounts',
      rawBody: `{"manifest":{"name":"deepish","type":"virtual-account","permissions":[],"x":${nested}}}`,
    });
    expect(created.status).toBe(200);
    const dump = JSON.stringify(app.control.dumpState('truefoundry'));
    const again = await loadState(app, 'truefoundry', dump);
    expect([again.status, again.body.loaded]).toEqual([200, { virtualAccounts: 1, tokens: 1 }]);
  });

  it('refuses (413) a document that fits --max-state-bytes but whose dump would not, naming the flag', async () => {
    const accounts = Array.from({ length: 300 }, (_, i) => ({ id: `a${i}`, name: `n${i}`, permissions: ['default-permission'] }));
    const document = { permissions: [{ id: 'default-permission', name: 'p', type: 'all-buckets', actions: 'all-operations' }], serviceAccounts: accounts };
    const size = JSON.stringify(document).length;
    const app = createApp({ apis: [lyve], limits: { maxStateBytes: size + 100 } });
    const refused = await loadState(app, 'lyve', document);
    expect(refused.status).toBe(413);
    expect(refused.body.detail).toContain('--max-state-bytes');
    expect(app.control.dumpState('lyve')).toMatchObject({ serviceAccounts: [] });
  });
});

describe('--max-json-depth', () => {
  it('may not be raised past 1,000 levels, where storing a record would overflow the stack', () => {
    expect(() => createApp({ apis: [truefoundry], limits: { maxJsonDepth: 1_001 } })).toThrow(/--max-json-depth may be at most 1000/);
  });

  it('at 1,000, a TrueFoundry manifest nested 990 deep is stored, answered, listed, dumped and loaded back', async () => {
    const app = createApp({ apis: [truefoundry], strict: true, limits: { maxJsonDepth: 1_000 } });
    const nested = `${'{"a":'.repeat(985)}1${'}'.repeat(985)}`;
    const created = await send(app, {
      method: 'PUT',
      path: '/api/svc/v1/virtual-accounts',
      rawBody: `{"manifest":{"name":"deep","type":"virtual-account","permissions":[],"x":${nested}}}`,
    });
    expect(created.status).toBe(200);
    expect((await send(app, { path: '/api/svc/v1/virtual-accounts' })).status).toBe(200);
    expect((await loadState(app, 'truefoundry', JSON.stringify(app.control.dumpState('truefoundry')))).status).toBe(200);
  });
});

it('a refused insert gives back the name its create claimed (a later create of that name succeeds)', () => {
  const store = indexedCollection<{ id: string; name: string; extra?: unknown }, 'name'>('thing', { unique: 'name' });
  expect(store.claim('taken?', 'b')).toBe(true);
  expect(() => store.insert({ id: 'b', name: 'taken?', extra: 10n })).toThrow(/cannot be serialised/);
  expect(store.idOf('taken?')).toBeUndefined();
  expect(store.claim('taken?', 'c')).toBe(true);
});
