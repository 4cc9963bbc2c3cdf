import { describe, expect, it, vi } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { createApp } from '../../src/app/create-app.js';
import { defineApi } from '../../src/core/define-api.js';
import { defineErrors } from '../../src/core/error-shape.js';
import { prepareSpec } from '../../src/core/prepare-spec.js';
import {
  authenticatedOperationOf,
  casesOf,
  contractSuiteOf,
  describeCases,
  exampleClientsOf,
  getPathsOf,
  jsonCreateOf,
  missingRequiredFiles,
  requiredFilesOf,
  stateOf,
  type Probe,
} from './what-an-api-has.js';

/**
 * A sixth API added to the registry with nothing but its definition: no example clients, no
 * contract suite, no state document, no operation needing a credential, no create. The
 * predicates the registry-looping tests use must skip it, naming what it lacks, and never
 * throw; what every API must have (its spec file and generated files) must still fail.
 */
const sixth = defineApi<null, unknown>({
  id: 'gizmos',
  title: 'Gizmos (a sixth API, in memory)',
  spec: prepareSpec(
    {
      openapi: '3.1.0',
      info: { title: 'Gizmos, a sixth API built in memory', version: '1' },
      servers: [{ url: 'https://gizmos.example.com/v1' }],
      paths: {
        '/gizmos': {
          get: {
            operationId: 'listGizmos',
            responses: { '200': { description: 'All gizmos.', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } } },
          },
        },
      },
    },
    'gizmos (in memory)',
  ),
  createStore: () => null,
  errors: defineErrors({ body: ({ status, message }) => ({ status, message }), defaults: { 404: { message: 'No such gizmo.' } } }),
  routes: { listGizmos: () => ({ status: 200, body: ['sprocket'] }) },
});

const registry = [...vendors, sixth];

/** [the probe, the title the looping test gives a case, what the sixth must be skipped for]. */
const optional: [string, Probe<unknown>, (id: string) => string, string][] = [
  ['example clients', exampleClientsOf, (id) => `${id} example clients`, 'no example clients (test/clients/gizmos/, listed in test/clients/index.ts)'],
  ['contract suite', contractSuiteOf, (id) => `the ${id} contract suite`, 'no contract suite (contracts/gizmos.contract.ts)'],
  [
    'an operation taking a credential',
    authenticatedOperationOf,
    (id) => `${id} keeps a scheme-less Authorization header out of every record`,
    'no operation of its spec requires a credential',
  ],
  ['a JSON create', jsonCreateOf, (id) => `${id} refuses hostile JSON before parsing it, in its own error shape`, 'no create operation taking a JSON body'],
  ['a state document', stateOf, (id) => `${id}: its dump loads back through its state schema`, 'no state document (api.state)'],
];

describe('a sixth API registered beside the five vendors', () => {
  it('is a valid API that samock serves', async () => {
    const app = createApp({ apis: registry, strict: true });
    const response = await app.handle({ method: 'GET', path: '/v1/gizmos', query: {}, headers: {} });
    expect([response.status, response.body]).toEqual([200, ['sprocket']]);
  });

  it.each(optional)('without %s: skipped with the reason in its title, not thrown on; the five vendors still run', (_what, probe, title, reason) => {
    let cases: ReturnType<typeof casesOf<unknown>> = [];
    expect(() => (cases = casesOf(registry, title, probe))).not.toThrow();
    const skipped = cases.filter((c) => c.lacks !== undefined);
    expect(skipped.map((c) => [c.id, c.lacks, c.title])).toEqual([['gizmos', reason, `${title('gizmos')} — skipped: ${reason}`]]);
    // The vendors that have it run under their usual title (every vendor has each, but a state document).
    const ran = cases.filter((c) => c.lacks === undefined).map((c) => [c.id, c.title]);
    if (probe !== stateOf) expect(ran).toEqual(vendors.map((api) => [api.id, title(api.id)]));
    else expect(ran).toEqual(vendors.filter((api) => api.state).map((api) => [api.id, title(api.id)]));
  });

  it('is not skipped for what it has: its GET paths are compared across transports', () => {
    const cases = casesOf(registry, (id) => `${id} answers the same in every transport`, getPathsOf);
    expect(cases.find((c) => c.id === 'gizmos')).toMatchObject({ has: ['/gizmos'], title: 'gizmos answers the same in every transport' });
    expect(cases.filter((c) => c.lacks !== undefined)).toEqual([]);
  });

  it('fails, never skips, for what every API must have: its spec file and the files generated from it', () => {
    expect(missingRequiredFiles(sixth)).toEqual(requiredFilesOf('gizmos'));
    expect(requiredFilesOf('gizmos')).toEqual(['specs/gizmos.yaml', 'mocks/gizmos/types.ts', 'mocks/gizmos/spec.ts']);
    for (const api of vendors) expect(missingRequiredFiles(api), api.id).toEqual([]);
  });
});

describe('describeCases over the registry with the sixth API', () => {
  // Registers a skipped test titled with the reason for the sixth; the body runs only for the vendors.
  const body = vi.fn();
  describeCases(
    casesOf(registry, (id) => `${id} example clients`, exampleClientsOf),
    (_clients, api) => {
      body(api.id);
      it(`registers ${api.id}'s tests`, () => {});
    },
  );

  it('never ran the body for the sixth API, and ran it for each vendor', () => {
    expect(body.mock.calls.map(([id]) => id)).toEqual(vendors.map((api) => api.id));
  });
});
