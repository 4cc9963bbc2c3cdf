import { contract } from '../../contracts/wavefront.contract.js';
import { describeDrifts } from '../contracts/drift-harness.js';
import { wavefront } from '../../mocks/wavefront/index.js';
import { SEED_ROLES, SEED_USER_GROUPS, type WavefrontStore } from '../../mocks/wavefront/store.js';
import { defineApi, type ApiDefinition, type Resolver, type ResolverResult } from '../../src/core/define-api.js';

/** Role and user-group ids are UUIDs too, but not credentials: reports may name them. */
const SEED_IDS = [...SEED_ROLES, ...SEED_USER_GROUPS].map((seed) => seed.id);
const routes = wavefront.routes as Record<string, Resolver<WavefrontStore>>;
const drift = (changes: Partial<ApiDefinition<WavefrontStore>>) => defineApi({ ...wavefront, ...changes, routes: { ...routes, ...changes.routes } });

/** Wraps one operation's resolver and rewrites the body it answers. */
const rewrite = (operationId: string, change: (body: any) => unknown): Partial<ApiDefinition<WavefrontStore>> => ({
  routes: {
    [operationId]: async (input, ctx) => {
      const result: ResolverResult = await routes[operationId]!(input, ctx);
      return { ...result, body: change(structuredClone(result.body)) };
    },
  },
});

/** Each drift is a way a server can differ from Wavefront; each must fail the check that guards it. */
const drifts = [
  {
    what: 'an envelope without status (the bare ServiceAccount)',
    api: drift(rewrite('createServiceAccount', (body) => body.response)),
    check: 'create answers 200 with the envelope',
    reason:
      /POST \/api\/v2\/account\/serviceaccount → 200: the response breaks the spec \(createServiceAccount\): \/status \[required\] .*; expected "present", got undefined/,
  },
  {
    what: 'status.result outside OK/ERROR',
    api: drift(rewrite('getServiceAccount', (body) => ({ ...body, status: { ...body.status, result: 'SUCCESS' } }))),
    check: 'get, list and every other success',
    reason:
      /GET \/api\/v2\/account\/serviceaccount\/sa%3A%3A\S+ → 200: the response breaks the spec \(getServiceAccount\): \/status\/result \[enum\].*expected \["OK","ERROR"\], got "SUCCESS"/,
  },
  {
    what: 'a ServiceAccount without active',
    api: drift(rewrite('deactivateAccount', (body) => ({ ...body, response: { ...body.response, active: undefined } }))),
    check: 'deactivate and activate flip active',
    reason:
      /POST \/api\/v2\/account\/serviceaccount\/sa%3A%3A\S+\/deactivate → 200: the response breaks the spec \(deactivateAccount\): \/response\/active \[required\] .*; expected "present", got undefined/,
  },
  {
    what: 'the new token first instead of last',
    api: drift(rewrite('generateTokenServiceAccount', (body) => ({ ...body, response: [...body.response].reverse() }))),
    check: 'creating an API token answers the token list with the new token last',
    reason: /second token: position of the new token in the list \(must be the last, 1\): expected \[1\], got \[0\]/,
  },
  {
    what: 'a deleted token still authenticates',
    api: drift({
      authenticate: (headers, ctx) => {
        ctx.store.revoked.clear();
        return wavefront.authenticate!(headers, ctx);
      },
    }),
    check: 'a deleted API token answers 401',
    reason: /GET \/api\/v2\/account\/serviceaccount\/sa%3A%3A\S+: expected status 401, got 200/,
  },
  {
    what: 'a duplicate identifier is accepted',
    api: drift({
      routes: {
        createServiceAccount: (input, ctx) => {
          // A taken identifier is quietly suffixed instead of refused.
          const body = input.body as { identifier: string };
          const taken = ctx.store.accounts.find(body.identifier) !== undefined;
          const identifier = taken ? `${body.identifier}-${Math.random().toString(36).slice(2, 8)}` : body.identifier;
          return routes.createServiceAccount!({ ...input, body: { ...body, identifier } }, ctx);
        },
      },
    }),
    check: 'a duplicate identifier answers 409',
    reason: /POST \/api\/v2\/account\/serviceaccount: expected status 409, got 200/,
  },
  {
    what: "unitedRoles ignores the user groups' roles",
    api: drift(
      rewrite('getServiceAccount', (body) => ({ ...body, response: { ...body.response, unitedRoles: body.response.roles.map((r: { id: string }) => r.id) } })),
    ),
    check: 'roles and user groups assigned are reflected',
    reason: /after addUserGroups: roles missing from unitedRoles: expected \[\], got \["c3a0a5f2-5b1e-4d59-9e7a-1f0b6e2d9a02"\]/,
  },
  {
    what: 'addRoles answers the {status, response} envelope instead of the bare UserModel (the old samock answer)',
    api: drift(rewrite('addAccountToRoles', (body) => ({ status: { result: 'OK', message: '', code: 200 }, response: body }))),
    check: 'add/remove roles and user groups answer a bare UserModel',
    reason: /POST \/api\/v2\/account\/sa%3A%3A\S+\/addRoles → 200: the response breaks the spec \(addAccountToRoles\): \/customer \[required\]/,
  },
  {
    what: 'a bulk grant that changes only the first listed account',
    api: drift({
      routes: { grantPermissionToAccounts: (input, ctx) => routes.grantPermissionToAccounts!({ ...input, body: (input.body as string[]).slice(0, 1) }, ctx) },
    }),
    check: 'grant and revoke a permission for several accounts',
    reason: /sa::\S+-bulk-b\S*: groups after the bulk grant must hold embedded_charts/,
  },
  {
    what: 'validateAccounts answers every identifier as valid',
    api: drift(
      rewrite('validateAccounts', (body) => ({
        ...body,
        response: {
          validUsers: [...body.response.validUsers, ...body.response.invalidIdentifiers.map((identifier: string) => ({ identifier }))],
          invalidIdentifiers: [],
        },
      })),
    ),
    check: 'validate accounts answers the listed accounts',
    reason: /validateAccounts: validUsers: expected \["sa::\S+"\], got \["sa::\S+","sa::samock-verify-no-such-account"\]/,
  },
];

describeDrifts(contract, drifts, {
  // tokenIDs are credentials; role and user-group ids are UUIDs too, but not credentials.
  leaksCredential: (reason) =>
    /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/.test(SEED_IDS.reduce((text, id) => text.replaceAll(id, '«seed id»'), reason)),
});
