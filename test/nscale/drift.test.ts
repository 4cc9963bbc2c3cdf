import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contract } from '../../contracts/nscale.contract.js';
import { nscale } from '../../mocks/nscale/index.js';
import type { NscaleStore } from '../../mocks/nscale/store.js';
import { apiError } from '../../src/core/api-error.js';
import { defineApi, type ApiDefinition, type Resolver } from '../../src/core/define-api.js';
import { runContract } from '../../src/contracts/runner.js';
import { startTestServer } from '../helpers.js';

const routes = nscale.routes as Record<string, Resolver<NscaleStore>>;
const drift = (changes: Partial<ApiDefinition<NscaleStore>>) => defineApi({ ...nscale, ...changes, routes: { ...routes, ...changes.routes } });
/** A resolver that runs the real one, then changes its answer. */
const after =
  (operationId: string, change: (result: { status: number; body?: any; headers?: Record<string, string> }, ...args: Parameters<Resolver<NscaleStore>>) => unknown): Resolver<NscaleStore> =>
  async (input, ctx) => {
    const result = await routes[operationId]!(input, ctx);
    return (change(result, input, ctx) as typeof result | undefined) ?? result;
  };
const PATH = String.raw`\/api\/v1\/organizations\/[\w-]+\/serviceaccounts`;

/** Each drift is a way a server can differ from Nscale; each must fail the check that guards it. */
const drifts = [
  {
    what: 'create answers 200 instead of 201',
    api: drift({ routes: { createServiceAccount: after('createServiceAccount', (result) => ({ ...result, status: 200 })) } }),
    check: 'create answers 201',
    reason: new RegExp(`POST ${PATH} → 200: .*status 200 is not documented \\(documented: 201, `),
  },
  {
    what: 'list leaks the access token',
    api: drift({
      routes: {
        listServiceAccounts: after('listServiceAccounts', (result) => ({
          ...result,
          body: (result.body as { status: object }[]).map((a) => ({ ...a, status: { ...a.status, accessToken: 'a-leaked-token' } })),
        })),
      },
    }),
    check: 'the access token is never returned again',
    reason: new RegExp(`GET ${PATH} → 200: the response breaks the spec \\(listServiceAccounts\\): /0/status/accessToken \\[additionalProperties\\].*expected "absent", got "«redacted»"`),
  },
  {
    what: 'rotate keeps the old token valid',
    api: drift({
      routes: {
        rotateServiceAccount: after('rotateServiceAccount', (_result, _input, ctx) => {
          ctx.store.revokedTokens.clear();
        }),
      },
    }),
    check: 'rotate answers 200 with a new access token',
    reason: new RegExp(`GET ${PATH}: expected status 401, got 200`),
  },
  {
    what: 'a missing Authorization header answers 401',
    api: drift({
      authenticate: (headers, ctx) => {
        if (!headers.authorization) throw apiError(401, 'access_denied', 'authentication failed');
        return nscale.authenticate!(headers, ctx);
      },
    }),
    check: 'a missing Authorization header answers 400',
    reason: new RegExp(`GET ${PATH}: expected status 400, got 401`),
  },
  {
    what: 'errors without Cache-Control',
    api: drift({ errors: { ...nscale.errors, headers: {} } }),
    check: 'answers carry Cache-Control',
    reason: new RegExp(`GET ${PATH} → 400: Cache-Control: expected "no-cache", got undefined`),
  },
  {
    what: 'a duplicate name answers 409 conflict',
    api: drift({
      routes: {
        createServiceAccount: (input, ctx) => {
          const name = (input.body as { metadata: { name: string } }).metadata.name;
          if (ctx.store.accounts.all().some((a) => a.name === name)) throw apiError(409, 'conflict', 'the requested resource already exists');
          return routes.createServiceAccount!(input, ctx);
        },
      },
    }),
    check: 'duplicate names are allowed',
    reason: new RegExp(`POST ${PATH} → 409: .*status 409 is not documented`),
  },
  {
    what: 'delete answers 200, as the Unikorn spec documents',
    api: drift({ routes: { deleteServiceAccount: after('deleteServiceAccount', (result) => ({ ...result, status: 200 })) } }),
    check: 'delete answers 202',
    reason: new RegExp(`DELETE ${PATH}/[\\w-]+ → 200: .*status 200 is not documented \\(documented: 202, `),
  },
  {
    what: 'update renews the expiry',
    api: drift({
      routes: {
        updateServiceAccount: after('updateServiceAccount', (result) => ({ ...result, body: { ...result.body, status: { expiry: '2099-01-01T00:00:00Z' } } })),
      },
    }),
    check: 'update answers 200 with the new name',
    reason: /account after update: expected .*"expiry":"\d{4}-.*got .*"expiry":"2099-01-01T00:00:00Z"/,
  },
  {
    what: 'list ignores the organization',
    api: drift({
      routes: {
        listServiceAccounts: (_input, ctx) => ({ status: 200, headers: { 'cache-control': 'no-cache' }, body: ctx.store.accounts.all().map((a) => ({ metadata: { id: a.id, name: a.name, organizationId: a.organizationId, creationTime: '2026-01-01T00:00:00Z', provisioningStatus: 'provisioned', healthStatus: 'healthy' }, spec: { groupIDs: a.groupIDs }, status: { expiry: '2026-04-01T00:00:00Z' } })) }),
      },
    }),
    check: 'accounts are scoped to their organization',
    reason: new RegExp(`GET ${PATH}: another organization must not list [\\w-]+`),
  },
];

describe('the nscale contract suite fails against a drifted server, naming the check, the expected and the actual', () => {
  it.each(drifts)('reports the drift: $what', async ({ api, check, reason }) => {
    // strict off: a drifted server must be free to send what its spec forbids.
    const mock = await startTestServer({ apis: [api], strict: false, readyAfterMs: 50 });
    try {
      const report = await runContract(contract, { baseUrl: mock.base, token: 'drift' }, (c) => c.name.startsWith(check));
      expect(report.results).toHaveLength(1);
      expect(report.results[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(reason) });
      // Reports never print a token.
      expect(report.results[0]!.reason).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+|a-leaked-token/);
    } finally {
      await mock.close();
    }
  });

  it('makes `samock verify --api nscale` exit non-zero and print the failed check', async () => {
    const mock = await startTestServer({ apis: [drifts[0]!.api], strict: false, readyAfterMs: 50 });
    try {
      const run = promisify(execFile)('node', ['bin/samock.mjs', 'verify', '--api', 'nscale', '--base-url', mock.base, '--token', 't']);
      const failure = await run.then(() => undefined, (error: { code: number; stdout: string }) => error);
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toMatch(/✗ create answers 201 with the account/);
      expect(failure?.stdout).toMatch(/\d+ passed, [1-9]\d* failed, \d+ skipped/);
    } finally {
      await mock.close();
    }
  }, 60_000);
});
