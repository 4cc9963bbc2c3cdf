import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lyve } from '../../mocks/lyve/index.js';
import { createApp, type App } from '../../src/app/create-app.js';
import type { PlainRequest } from '../../src/core/http-types.js';

const auth = { authorization: 'Bearer t', 'content-type': 'application/json' };
const listState = async (app: App) => JSON.stringify((await app.handle({ method: 'GET', path: '/v2/service-accounts', query: {}, headers: auth })).body);

/** JSON-ish values, including hostile keys. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'name', 'permissions', 'description');
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
const createBody = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 140 }), value),
    description: value,
    permissions: fc.oneof(fc.constant(['default-permission']), fc.array(fc.string(), { maxLength: 2 }), value),
  },
  { requiredKeys: [] },
);

describe('lyve never answers 500 and loses no state on any input (property-based)', () => {
  it('create with arbitrary JSON bodies answers 200 or a documented 4xx, and failures change nothing', async () => {
    const app = createApp({ apis: [lyve], strict: true });
    await fc.assert(
      fc.asyncProperty(createBody, async (body) => {
        const before = await listState(app);
        const response = await app.handle({ method: 'POST', path: '/v2/service-accounts', query: {}, headers: auth, rawBody: JSON.stringify(body) });
        expect([200, 400, 404, 409]).toContain(response.status);
        if (response.status !== 200) {
          expect(response.body).toEqual({ code: expect.any(String), message: expect.any(String) });
          expect(await listState(app)).toBe(before);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary raw bodies, content types, methods and paths never produce a 500', async () => {
    const app = createApp({ apis: [lyve], strict: true });
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
      path: fc.oneof(
        fc.constantFrom('/v2/service-accounts', '/v2/service-accounts/', '/v2/permissions', '/v2/auth/token'),
        fc.string().map((s) => `/v2/service-accounts/${encodeURIComponent(s)}`),
        fc.string().map((s) => `/v2/${s}`),
        fc.constantFrom('/v2/service-accounts/%E0%A4%A', '/v2/%', '//v2//service-accounts//'),
      ),
      rawBody: fc.option(fc.oneof(fc.string(), fc.json()), { nil: undefined }),
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', 'application/merge-patch+json', ''),
      token: fc.constantFrom('t', 'invalid', 'expired', 'forbidden', ''),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, rawBody, contentType, token }) => {
        const plain: PlainRequest = { method, path, query: {}, headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, rawBody };
        const response = await app.handle(plain);
        expect(response.status).toBeGreaterThanOrEqual(200);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 500 },
    );
  });
});
