import { contract } from '../../contracts/truefoundry.contract.js';
import { describeDrifts } from '../contracts/drift-harness.js';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import type { TruefoundryStore } from '../../mocks/truefoundry/store.js';
import { apiError } from '../../src/core/api-error.js';
import { defineApi, type ApiDefinition, type Resolver, type ResolverInput } from '../../src/core/define-api.js';

type Upsert = { manifest: { name: string; expiration_date?: string }; dryRun?: boolean };
const routes = truefoundry.routes as Record<string, Resolver<TruefoundryStore>>;
const drift = (changes: Partial<ApiDefinition<TruefoundryStore>>) => defineApi({ ...truefoundry, ...changes, routes: { ...routes, ...changes.routes } });
const upsertBody = (input: ResolverInput) => input.body as Upsert;
const withBody = (input: ResolverInput, body: unknown): ResolverInput => ({ ...input, body });
const withoutToken = (body: unknown) => ({ data: (body as { data: unknown }).data });
const withoutKey = (query: ResolverInput['query'], key: string) =>
  Object.fromEntries(Object.entries(query).filter(([name]) => name !== key)) as ResolverInput['query'];

/** Each drift is a way a server can differ from TrueFoundry; each must fail the check that guards it. */
const drifts = [
  {
    what: 'an update answers a token',
    api: drift({
      routes: {
        createOrUpdateVirtualAccount: async (input, ctx) => {
          const result = await routes.createOrUpdateVirtualAccount!(input, ctx);
          return { ...result, body: { token: 'tfy_va_leaked0123456789abcdef0', ...(result.body as object) } };
        },
      },
    }),
    check: 'update: PUT with an existing name',
    reason: /PUT \/api\/svc\/v1\/virtual-accounts: an update's answer: expected no "token", got one: .*"token":"«redacted, 30 chars»"/,
  },
  {
    what: 'a dry run persists the account',
    api: drift({
      routes: {
        createOrUpdateVirtualAccount: async (input, ctx) => {
          const body = upsertBody(input);
          const result = await routes.createOrUpdateVirtualAccount!(withBody(input, { ...body, dryRun: false }), ctx);
          return body.dryRun ? { ...result, body: withoutToken(result.body) } : result;
        },
      },
    }),
    check: 'dry run persists nothing',
    reason: /GET \/api\/svc\/v1\/virtual-accounts\?nameSearchQuery=sv-\w+-dry-create: accounts listed after a dry-run create: expected 0, got 1/,
  },
  {
    what: 'an update of the same name replaces the account under a new id',
    api: drift({
      routes: {
        createOrUpdateVirtualAccount: async (input, ctx) => {
          const existing = ctx.store.accounts.idOf(upsertBody(input).manifest.name);
          if (existing === undefined) return routes.createOrUpdateVirtualAccount!(input, ctx);
          ctx.store.accounts.delete(existing);
          const result = await routes.createOrUpdateVirtualAccount!(input, ctx);
          return { ...result, body: withoutToken(result.body) };
        },
      },
    }),
    check: 'update: PUT with an existing name',
    reason: /PUT \/api\/svc\/v1\/virtual-accounts: id after an update of the same name: expected "[a-z0-9]{24}", got "[a-z0-9]{24}"/,
  },
  {
    what: 'regenerate never revokes the old token',
    api: drift({
      routes: { regenerateVirtualAccountToken: (input, ctx) => routes.regenerateVirtualAccountToken!(withBody(input, { gracePeriodInDays: 365 }), ctx) },
    }),
    check: 'regenerate: the new token works',
    reason: /status with the old token after its 2-day grace period: expected 401, got 200/,
  },
  {
    what: 'a past expiration_date is accepted',
    api: drift({
      routes: {
        createOrUpdateVirtualAccount: (input, ctx) => {
          const body = upsertBody(input);
          const { expiration_date: _dropped, ...manifest } = body.manifest;
          return routes.createOrUpdateVirtualAccount!(withBody(input, { ...body, manifest }), ctx);
        },
      },
    }),
    check: 'an expiration_date that is not yyyy-mm-dd or not after today',
    reason: /PUT \/api\/svc\/v1\/virtual-accounts: expected status 422, got 200/,
  },
  {
    what: 'an unknown id answers 404 without statusCode',
    api: drift({
      routes: {
        getVirtualAccount: (input, ctx) => {
          if (!ctx.store.accounts.find(input.params.id!)) return { status: 404, body: { error: 'Not Found' } };
          return routes.getVirtualAccount!(input, ctx);
        },
      },
    }),
    check: 'an unknown id answers 404',
    reason:
      /GET \/api\/svc\/v1\/virtual-accounts\/samockverifynosuchaccount → 404: the response breaks the spec \(getVirtualAccount\): \/statusCode \[required\].*expected "present"/,
  },
  {
    what: 'ownedByTeams is ignored',
    api: drift({
      routes: { listVirtualAccounts: (input, ctx) => routes.listVirtualAccounts!({ ...input, query: withoutKey(input.query, 'ownedByTeams') }, ctx) },
    }),
    check: 'ownedByTeams lists only',
    reason: /accounts named sv-\w+-team… with ownedByTeams=sv-\w+-team-a: expected \["[a-z0-9]{24}"\], got \["[a-z0-9]{24}","[a-z0-9]{24}","[a-z0-9]{24}"\]/,
  },
  {
    what: 'filter is ignored',
    api: drift({ routes: { listVirtualAccounts: (input, ctx) => routes.listVirtualAccounts!({ ...input, query: withoutKey(input.query, 'filter') }, ctx) } }),
    check: 'filter: the SDK example tree',
    reason: /filter AND\[name contains sv-\w+-flt, name contains alpha\]: expected \["[a-z0-9]{24}"\], got \["[a-z0-9]{24}","[a-z0-9]{24}"\]/,
  },
  {
    what: 'json_map leaves are ignored (every tag matches)',
    api: drift({
      routes: {
        listVirtualAccounts: (input, ctx) => {
          const filter = (input.query as { filter?: string }).filter;
          const tree = filter === undefined ? undefined : (JSON.parse(filter) as { children?: { column?: string }[] });
          const names = tree?.children?.filter((leaf) => leaf.column !== 'manifest.tags');
          const query = tree === undefined ? input.query : { ...input.query, filter: JSON.stringify({ ...tree, children: names }) };
          return routes.listVirtualAccounts!({ ...input, query }, ctx);
        },
      },
    }),
    check: 'filter: a json_map leaf',
    reason: /accounts tagged env=prod: expected \["[a-z0-9]{24}"\], got \[("[a-z0-9]{24}",?){3}\]/,
  },
  {
    what: 'a token embeds the account name',
    api: drift({
      routes: {
        createOrUpdateVirtualAccount: async (input, ctx) => {
          const result = await routes.createOrUpdateVirtualAccount!(input, ctx);
          const body = result.body as { data: { name: string }; token?: string };
          return body.token === undefined ? result : { ...result, body: { ...body, token: `tfy_va_${body.data.name}_${body.token.slice(7, 47)}` } };
        },
      },
    }),
    check: 'tokens are opaque',
    reason: /the create: the token contains the account name "sv-\w+-opaque"/,
  },
  {
    what: 'answers omit accountId',
    api: drift({
      routes: {
        getVirtualAccount: (input, ctx) => {
          const result = routes.getVirtualAccount!(input, ctx) as { status: number; body: { data: Record<string, unknown> } };
          const { accountId: _dropped, ...data } = result.body.data;
          return { ...result, body: { data } };
        },
      },
    }),
    check: 'every answer that carries an account',
    reason: /GET \/api\/svc\/v1\/virtual-accounts\/[a-z0-9]{24} → 200: the response breaks the spec \(getVirtualAccount\): \/data\/accountId \[required\]/,
  },
  {
    what: 'a missing Authorization header is let through',
    api: drift({ authenticate: (headers, ctx) => truefoundry.authenticate!({ authorization: 'Bearer anyone', ...headers }, ctx) }),
    check: 'a missing or non-Bearer Authorization header',
    reason: /GET \/api\/svc\/v1\/virtual-accounts: expected status 401, got 200/,
  },
  {
    what: 'the forbidden token answers 401 instead of 403',
    api: drift({
      authenticate: (headers, ctx) => {
        if (headers.authorization === 'Bearer forbidden') throw apiError(401, undefined, 'Unauthorized.');
        return truefoundry.authenticate!(headers, ctx);
      },
    }),
    check: 'reserved tokens',
    reason: /GET \/api\/svc\/v1\/virtual-accounts\/samockverifynosuchaccount: expected status 403, got 401/,
  },
];

describeDrifts(contract, drifts, { leaksCredential: (reason) => /tfy_va_[A-Za-z0-9]{20,}|tfy_va_[\w-]+_[A-Za-z0-9]{40}/.test(reason) });
