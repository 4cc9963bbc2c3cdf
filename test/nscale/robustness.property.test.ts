import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nscale } from '../../mocks/nscale/index.js';
import { createApp, type App } from '../../src/app/create-app.js';

const ORG = 'd4600d6e-e965-4b44-a808-84fb2fa36702'; // seeded: the vendor example's organization
const PATH = `/api/v1/organizations/${ORG}/serviceaccounts`;
const headers = { authorization: 'Bearer t', 'content-type': 'application/json' };
const listState = async (app: App) => JSON.stringify((await app.handle({ method: 'GET', path: PATH, query: {}, headers })).body);
const create = (app: App, body: unknown) => app.handle({ method: 'POST', path: PATH, query: {}, headers, rawBody: JSON.stringify(body) });

/** The Kubernetes label-value rule, written independently of the spec. */
const isLabelValue = (name: string) =>
  name.length >= 1 && name.length <= 63 && /^[0-9A-Za-z]$/.test(name[0]!) && /^[0-9A-Za-z]$/.test(name.at(-1)!) && /^[0-9A-Za-z_.-]*$/.test(name);
const nameChars = fc.constantFrom(...'aZ09-_. /é'.split(''));

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'metadata', 'spec', 'name', 'groupIDs');
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string(), hostileKey), tie('any'), { maxKeys: 4 }),
  ),
})).any;

describe('nscale never answers 500 and loses no state on any input (property-based)', () => {
  it('accepts a name exactly when it is a Kubernetes label value (1–63 characters, alphanumeric ends)', async () => {
    const app = createApp({ apis: [nscale], strict: true });
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: nameChars, maxLength: 70 }), async (name) => {
        const response = await create(app, { metadata: { name }, spec: { groupIDs: [] } });
        expect(response.status).toBe(isLabelValue(name) ? 201 : 400);
      }),
      { numRuns: 400 },
    );
  });

  it('create with arbitrary JSON bodies answers 201 or 400 invalid_request with Cache-Control, and failures change nothing', async () => {
    const app = createApp({ apis: [nscale], strict: true });
    const body = fc.record(
      {
        metadata: fc.oneof(fc.record({ name: fc.oneof(fc.constant('ok'), value), description: value, tags: value }, { requiredKeys: [] }), value),
        spec: fc.oneof(fc.record({ groupIDs: fc.oneof(fc.constant(['g']), value) }), value),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (candidate) => {
        const before = await listState(app);
        const response = await create(app, candidate);
        expect([201, 400]).toContain(response.status);
        if (response.status === 400) {
          expect(response.body).toEqual({ error: 'invalid_request', error_description: expect.any(String) });
          expect(response.headers['cache-control']).toBe('no-cache');
          expect(await listState(app)).toBe(before);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary raw bodies, content types, methods, paths and tokens never produce a 5xx', async () => {
    const app = createApp({ apis: [nscale], strict: true });
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'),
      path: fc.oneof(
        fc.constantFrom(PATH, `${PATH}/`, `${PATH}/x/rotate`, `${PATH}/x`, '/api/v1/organizations//serviceaccounts'),
        fc.string().map((s) => `${PATH}/${encodeURIComponent(s)}`),
        fc.string().map((s) => `/api/v1/organizations/${encodeURIComponent(s)}/serviceaccounts`),
      ),
      rawBody: fc.option(fc.oneof(fc.string(), fc.json()), { nil: undefined }),
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', ''),
      authorization: fc.constantFrom('Bearer t', 'Bearer invalid', 'Bearer expired', 'Bearer forbidden', 'Basic abc', 'Bearer', ''),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, rawBody, contentType, authorization }) => {
        const response = await app.handle({ method, path, query: {}, headers: { authorization, 'content-type': contentType }, rawBody });
        expect(response.status).toBeGreaterThanOrEqual(200);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 400 },
    );
  });
});
