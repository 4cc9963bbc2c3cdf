/**
 * Ways a server can differ from Lyve: each must fail the hand-written check that guards it
 * (lyve-drift.test.ts); those that break the spec fail generated checks too (generated-drift.test.ts).
 */
import { lyve } from '../../mocks/lyve/index.js';
import type { LyveStore } from '../../mocks/lyve/store.js';
import { apiError } from '../../src/core/api-error.js';
import { defineApi, type ApiDefinition, type Resolver } from '../../src/core/define-api.js';

const routes = lyve.routes as Record<string, Resolver<LyveStore>>;
const drift = (changes: Partial<ApiDefinition<LyveStore>>) => defineApi({ ...lyve, ...changes, routes: { ...routes, ...changes.routes } });

export const lyveDrifts = [
  {
    what: 'create answers 201 instead of 200',
    api: drift({ routes: { createServiceAccount: async (input, ctx) => ({ ...(await routes.createServiceAccount!(input, ctx)), status: 201 }) } }),
    check: 'create answers 200',
    reason: /POST \/v2\/service-accounts → 201: .*status 201 is not documented \(documented: 200, /,
  },
  {
    what: 'get returns the secret again',
    api: drift({
      routes: {
        getServiceAccount: async (input, ctx) => {
          const result = await routes.getServiceAccount!(input, ctx);
          return { ...result, body: { ...(result.body as object), secret: 'a-leaked-secret' } };
        },
      },
    }),
    check: 'the secret and access key are never returned again',
    reason:
      /GET \/v2\/service-accounts\/\w+ → 200: the response breaks the spec \(getServiceAccount\): \/secret \[additionalProperties\].*expected "absent", got "«redacted»"/,
  },
  {
    what: 'list ignores the exact-name filter',
    api: drift({ routes: { listServiceAccounts: (input, ctx) => routes.listServiceAccounts!({ ...input, query: {} }, ctx) } }),
    check: 'list filters by exact name',
    reason: /GET \/v2\/service-accounts\?name=.*: (ids|matches for a prefix of the name): expected .*, got /,
  },
  {
    what: 'a missing Authorization header answers 401',
    api: drift({
      authenticate: (headers, ctx) => {
        if (!headers.authorization) throw apiError(401, 'Unauthorized', 'No token.');
        return lyve.authenticate!(headers, ctx);
      },
    }),
    check: 'a missing or non-Bearer Authorization header',
    reason: /GET \/v2\/service-accounts → 401: .*status 401 is not documented/,
  },
  {
    what: 'a duplicate name is accepted',
    api: drift({
      routes: {
        createServiceAccount: (input, ctx) => {
          const body = input.body as { name: string };
          return routes.createServiceAccount!({ ...input, body: { ...body, name: `${body.name}-${Math.random().toString(36).slice(2, 8)}` } }, ctx);
        },
      },
    }),
    check: 'a duplicate name answers 409',
    reason: /POST \/v2\/service-accounts: expected status 409, got 200/,
  },
];
