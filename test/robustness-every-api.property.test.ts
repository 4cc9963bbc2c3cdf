import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vendors } from '../mocks/index.js';
import { createApp, type App } from '../src/app/create-app.js';
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

/** Bodies built to hurt: nesting far past any limit, strings past the string limit, deep inside an otherwise valid shape. */
const hostileBody = fc.oneof(
  fc.integer({ min: 60, max: 20_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 60, max: 5_000 }).map((n) => `{"name":"n","manifest":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`),
  fc.integer({ min: 65_000, max: 200_000 }).map((n) => `{"name":"${'x'.repeat(n)}"}`),
  fc.constantFrom('{"name":"\\u0000\\ud800"}', '\u0000\u0001', '{"a":1', '[', '"', '{"__proto__":{"polluted":1}}'),
);

/** Headers a careless client or a hostile page sends. */
const headers = fc.record({
  authorization: fc.constantFrom(
    'Bearer t',
    'Bearer invalid',
    'Bearer expired',
    'Bearer forbidden',
    'MySecretToken123',
    'Basic dXNlcjpwYXNz',
    'Bearer',
    '',
    'Bearer a b',
  ),
  'content-type': fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', 'application/json; charset=utf-16', ''),
  origin: fc.constantFrom(undefined, 'https://evil.example', 'null', 'http://localhost:5173'),
  host: fc.constantFrom(undefined, 'evil.example:4010', 'localhost:4010', '127.0.0.1'),
  'content-encoding': fc.constantFrom(undefined, undefined, 'gzip', 'identity'),
  'x-samock-session': fc.constantFrom(undefined, undefined, 'w1', 'bad id!'),
});

const plainHeaders = (h: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;

/** Every API's records in every session, the faults and the clocks: what a refused request must leave as it was. */
const snapshot = (app: App) =>
  JSON.stringify(
    app.sessions().map((session) => ({
      id: session.id,
      states: app.apis.map((api) => (api.state ? api.state.dump(session.contexts.get(api.id)!.store, session.contexts.get(api.id)!) : null)),
      faults: session.faults.list(),
      frozen: session.clock.frozen,
    })),
  );

/**
 * For every registered API: arbitrary methods on its own paths (with arbitrary
 * parameter values), arbitrary and hostile bodies, content types, credentials, origins
 * and hosts never produce a 5xx, and a refused request changes no state. Strict mode is
 * on, so an answer that broke the spec would show up as a 500 here too.
 */
describe.each(vendors.map((api) => [api.id, api] as const))(
  '%s never answers 5xx to arbitrary input, and refusals change nothing (property-based)',
  (_id, api) => {
    it('holds for 300 arbitrary requests', async () => {
      const app = createApp({ apis: [api], strict: true, readyAfterMs: 0 });
      // Sessions are created on first use, refused request or not: create the generator's one up front.
      app.session('w1');
      const templates = Object.keys(api.spec.paths).map((path) => serverPrefix(api) + path);
      const path = fc
        .tuple(
          fc.constantFrom(...templates),
          fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('sa::x', '../..', '%', '%E0%A4%A', 'org1')), { minLength: 4, maxLength: 4 }),
          fc.boolean(),
        )
        .map(([template, values, slash]) => {
          let i = 0;
          const filled = template.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[i++ % values.length]!));
          return slash ? `${filled}/` : filled;
        });
      const request = fc.record({
        method: fc.constantFrom(...HTTP_METHODS.map((m) => m.toUpperCase())),
        path,
        body: fc.option(
          fc.oneof(
            value.map((v) => JSON.stringify(v)),
            fc.string(),
            hostileBody,
          ),
          { nil: undefined },
        ),
        headers,
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ method, path: p, body, headers: h }) => {
          const before = snapshot(app);
          const response = await app.handle({ method, path: p, query: {}, headers: plainHeaders(h), rawBody: body });
          expect(response.status, `${method} ${p} → ${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`).toBeLessThan(500);
          if (response.status >= 400) expect(snapshot(app), `${method} ${p} → ${response.status} changed state`).toBe(before);
          expect(JSON.stringify(response.body) ?? '').not.toContain('MySecretToken123');
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: 300 },
      );
      expect(JSON.stringify(app.sessions().map((s) => s.journal.list()))).not.toContain('MySecretToken123');
    }, 120_000);
  },
);

describe('the control plane never answers 5xx, and a refused control request changes nothing (property-based)', () => {
  it('holds for 400 arbitrary control requests with hostile origins, hosts, content types and bodies', async () => {
    const app = createApp({ apis: vendors, strict: true, readyAfterMs: 0, maxSessions: 3 });
    app.session('w1');
    const paths = [
      '/__control/reset',
      '/__control/state/lyve',
      '/__control/state/truefoundry',
      '/__control/state/nope',
      '/__control/clock',
      '/__control/clock/advance',
      '/__control/clock/freeze',
      '/__control/faults',
      '/__control/faults/fault-1',
      '/__control/requests',
      '/__control/sessions/w2',
      '/__control/sessions/default',
      '/__control/coverage',
      '/__control/apis',
      '/__control/nope',
    ];
    const body = fc.option(
      fc.oneof(
        value.map((v) => JSON.stringify(v)),
        hostileBody,
        fc.constantFrom(
          '{"ms":3153600000000}',
          '{"ms":1e308}',
          '{"status":503}',
          '{"api":"lyve"}',
          '{"permissions":[],"serviceAccounts":[]}',
          '{"virtualAccounts":[]}',
        ),
      ),
      { nil: undefined },
    );
    const request = fc.record({ method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), path: fc.constantFrom(...paths), body, headers });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, body: rawBody, headers: h }) => {
        const before = snapshot(app);
        const response = await app.handle({ method, path, query: {}, headers: plainHeaders(h), rawBody });
        expect(response.status, `${method} ${path} → ${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`).toBeLessThan(500);
        if (response.status >= 400) expect(snapshot(app), `${method} ${path} → ${response.status} changed state`).toBe(before);
        const foreign = (h.origin !== undefined && h.origin !== 'http://localhost:5173') || h.host === 'evil.example:4010';
        if (foreign) expect(response.status, `${method} ${path} from ${h.origin}/${h.host}`).toBe(403);
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
