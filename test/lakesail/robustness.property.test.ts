import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lakesail } from '../../mocks/lakesail/index.js';
import { createApp, type App } from '../../src/app/create-app.js';
import type { PlainRequest } from '../../src/core/http-types.js';

const ACCOUNTS = '/api/org/v1/service-accounts';
const auth = { authorization: 'Bearer t', 'content-type': 'application/json' };
const dump = (app: App) => JSON.stringify(app.control.dumpState('lakesail'));

/** JSON-ish values, including hostile keys. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'username', 'description', 'expiresAt');
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
const createBody = fc.record({ username: fc.oneof(fc.string(), value), description: fc.oneof(fc.string(), value) }, { requiredKeys: [] });

describe('lakesail never answers 500 and loses no state on any input (property-based)', () => {
  it('create with arbitrary JSON bodies answers 201 or 400 {message}, and a 400 changes nothing', async () => {
    const app = createApp({ apis: [lakesail], strict: true });
    await fc.assert(
      fc.asyncProperty(createBody, async (body) => {
        const before = dump(app);
        const response = await app.handle({ method: 'POST', path: ACCOUNTS, query: {}, headers: auth, rawBody: JSON.stringify(body) });
        expect([201, 400]).toContain(response.status);
        if (response.status === 400) {
          expect(response.body).toEqual({ message: expect.any(String) });
          expect(dump(app)).toBe(before);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary methods, paths, queries, bodies and content types never produce a 500, and every answer is {message} or a success', async () => {
    const app = createApp({ apis: [lakesail], strict: true });
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'),
      path: fc.oneof(
        fc.constantFrom(ACCOUNTS, `${ACCOUNTS}/`, `${ACCOUNTS}/ABC123`, `${ACCOUNTS}/ABC123/keys`),
        fc.string().map((s) => `${ACCOUNTS}/${encodeURIComponent(s)}`),
        fc.string().map((s) => `${ACCOUNTS}/${encodeURIComponent(s)}/keys`),
        fc.constantFrom(`${ACCOUNTS}/%E0%A4%A`, '/api/org/v1/%', '//api//org//v1//service-accounts//'),
      ),
      query: fc.dictionary(fc.constantFrom('limit', 'marker', 'other'), fc.oneof(fc.string(), fc.integer().map(String)), { maxKeys: 2 }),
      rawBody: fc.option(fc.oneof(fc.string(), fc.json()), { nil: undefined }),
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', ''),
      token: fc.constantFrom('t', 'invalid', 'expired', 'forbidden', ''),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, query, rawBody, contentType, token }) => {
        const plain: PlainRequest = { method, path, query, headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, rawBody };
        const response = await app.handle(plain);
        expect(response.status).toBeGreaterThanOrEqual(200);
        expect(response.status).toBeLessThan(500);
        // samock's own 404 for a path no API serves is problem+json; everything LakeSail answers is {message}.
        if (response.status >= 400 && response.headers['x-samock-api'] === 'lakesail') expect(response.body).toEqual({ message: expect.any(String) });
      }),
      { numRuns: 500 },
    );
  });
});
