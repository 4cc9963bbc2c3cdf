import { contract } from '../../contracts/nscale.contract.js';
import { describeDrifts } from '../contracts/drift-harness.js';
import { nscale } from '../../mocks/nscale/index.js';
import type { NscaleStore } from '../../mocks/nscale/store.js';
import { apiError } from '../../src/core/api-error.js';
import { defineApi, type ApiDefinition, type Resolver } from '../../src/core/define-api.js';

const routes = nscale.routes as Record<string, Resolver<NscaleStore>>;
const drift = (changes: Partial<ApiDefinition<NscaleStore>>) => defineApi({ ...nscale, ...changes, routes: { ...routes, ...changes.routes } });
/** A resolver that runs the real one, then changes its answer. */
const after =
  (
    operationId: string,
    change: (result: { status: number; body?: any; headers?: Record<string, string> }, ...args: Parameters<Resolver<NscaleStore>>) => unknown,
  ): Resolver<NscaleStore> =>
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
    reason: new RegExp(
      `GET ${PATH} → 200: the response breaks the spec \\(listServiceAccounts\\): /0/status/accessToken \\[additionalProperties\\].*expected ` +
        `"absent", got "«redacted»"`,
    ),
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
        listServiceAccounts: (_input, ctx) => ({
          status: 200,
          headers: { 'cache-control': 'no-cache' },
          body: ctx.store.accounts.all().map((a) => ({
            metadata: {
              id: a.id,
              name: a.name,
              organizationId: a.organizationId,
              creationTime: '2026-01-01T00:00:00Z',
              provisioningStatus: 'provisioned',
              healthStatus: 'healthy',
            },
            spec: { groupIDs: a.groupIDs },
            status: { expiry: '2026-04-01T00:00:00Z' },
          })),
        }),
      },
    }),
    check: 'accounts are scoped to their organization',
    reason: new RegExp(`GET ${PATH}: another organization must not list [\\w-]+`),
  },
  {
    what: 'create answers the invented provisioning phase (provisioning / unknown)',
    api: drift({
      routes: {
        createServiceAccount: after('createServiceAccount', (result) => ({
          ...result,
          body: { ...result.body, metadata: { ...result.body.metadata, provisioningStatus: 'provisioning', healthStatus: 'unknown' } },
        })),
      },
    }),
    check: 'a new account is provisioned and healthy',
    reason:
      /status right after create: expected \{"provisioningStatus":"provisioned","healthStatus":"healthy"\}, got \{"provisioningStatus":"provisioning","healthStatus":"unknown"\}/,
  },
  {
    what: 'every organization exists (an unknown one lists as empty)',
    api: drift({
      routes: {
        listServiceAccounts: (input, ctx) =>
          ctx.store.organizations.has(input.params.organizationID!)
            ? routes.listServiceAccounts!(input, ctx)
            : { status: 200, headers: { 'cache-control': 'no-cache' }, body: [] },
      },
    }),
    check: 'an unknown organization answers 404',
    reason: new RegExp(`GET ${PATH}: expected status 404, got 200`),
  },
  {
    what: 'groupIDs are echoed verbatim',
    api: drift({
      routes: {
        createServiceAccount: after('createServiceAccount', (result, input) => ({
          ...result,
          body: { ...result.body, spec: { groupIDs: (input.body as { spec: { groupIDs: string[] } }).spec.groupIDs } },
        })),
      },
    }),
    check: 'groupIDs keep only groups of the organization',
    reason: new RegExp(`POST ${PATH}: spec.groupIDs: expected \\["0aaba80d-67ef-4799-b6d9-59f37e2ce2ad"\\], got \\["00000000-0000-4000-8000-0000000000bb"`),
  },
  {
    what: "a service account's token acts on another organization",
    api: drift({ authenticate: (headers, ctx) => ({ token: nscale.authenticate!(headers, ctx).token }) }),
    check: "a service account's access token answers 403 forbidden under another organization",
    reason: new RegExp(`GET ${PATH}: expected status 403, got 200`),
  },
];

describeDrifts(contract, drifts, { readyAfterMs: 50, leaksCredential: (reason) => /eyJ[\w-]+\.[\w-]+\.[\w-]+|a-leaked-token/.test(reason) });
