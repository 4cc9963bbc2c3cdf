import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registry } from '../mocks/index.js';
import { createApp } from '../src/core/app.js';
import { HTTP_METHODS } from '../src/core/openapi.js';
import { serverPrefix } from '../src/core/route-table.js';

/** JSON-ish values with hostile keys, for bodies. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'name', 'manifest', 'metadata', 'identifier', 'username');
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string(), hostileKey), tie('any'), { maxKeys: 4 }),
  ),
})).any;

/**
 * For every registered API: arbitrary methods on its own paths (with arbitrary
 * parameter values), arbitrary bodies, content types and tokens never produce a 5xx,
 * and every answer to a matched path carries the API's marker. Strict mode is on, so
 * an answer that broke the spec would show up as a 500 here too.
 */
describe.each(registry.map((api) => [api.id, api] as const))('%s never answers 5xx to arbitrary input (property-based)', (_id, api) => {
  it('holds for 300 arbitrary requests', async () => {
    const app = createApp({ apis: [api], strict: true, readyAfterMs: 0 });
    const templates = Object.keys(api.spec.paths).map((path) => serverPrefix(api) + path);
    const path = fc
      .tuple(fc.constantFrom(...templates), fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('sa::x', '../..', '%', '%E0%A4%A')), { minLength: 4, maxLength: 4 }), fc.boolean())
      .map(([template, values, slash]) => {
        let i = 0;
        const filled = template.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++ % values.length]!));
        return slash ? `${filled}/` : filled;
      });
    const request = fc.record({
      method: fc.constantFrom(...HTTP_METHODS.map((m) => m.toUpperCase())),
      path,
      body: fc.option(fc.oneof(value.map((v) => JSON.stringify(v)), fc.string()), { nil: undefined }),
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', ''),
      token: fc.constantFrom('t', 'invalid', 'expired', 'forbidden', ''),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path: p, body, contentType, token }) => {
        const response = await app.handle({ method, path: p, query: {}, headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, rawBody: body });
        expect(response.status, `${method} ${p} → ${response.status} ${JSON.stringify(response.body)}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
