import { contract } from '../../contracts/lakesail.contract.js';
import { describeDrifts } from '../contracts/drift-harness.js';
import { lakesail } from '../../mocks/lakesail/index.js';
import * as resolvers from '../../mocks/lakesail/resolvers.js';
import type { LakesailStore } from '../../mocks/lakesail/store.js';
import { lakesailErrors } from '../../mocks/lakesail/errors.js';
import { apiError } from '../../src/core/api-error.js';
import { authenticateBearer } from '../../src/core/bearer.js';
import { defineApi, type ApiContext, type ApiDefinition, type Resolver, type ResolverInput, type ResolverResult } from '../../src/core/define-api.js';

const routes = lakesail.routes as Record<string, Resolver<LakesailStore>>;
const drift = (changes: Partial<ApiDefinition<LakesailStore>>) => defineApi({ ...lakesail, ...changes, routes: { ...routes, ...changes.routes } });
const call = async (operationId: string, input: ResolverInput, ctx: ApiContext<LakesailStore>): Promise<ResolverResult> => routes[operationId]!(input, ctx);

type Page = { items: { id: string }[]; marker?: string };

/** Keys by account, kept in plain text: what a leaky server would do. */
const leakedKeys = new WeakMap<ApiContext<LakesailStore>, Map<string, string>>();

/** Lists by offset, the way that skips an item when one already seen is deleted. */
function listByOffset(input: ResolverInput, ctx: ApiContext<LakesailStore>): ResolverResult {
  const offset = input.query.marker ? Number(Buffer.from(String(input.query.marker), 'base64url').toString()) : 0;
  const limit = input.query.limit as unknown as number;
  const { entries } = ctx.store.listing.after(0, ctx.store.listing.size());
  const items = entries.slice(offset, offset + limit).map((entry) => resolvers.describeServiceAccount(ctx, entry.id).body);
  const more = offset + limit < entries.length;
  return { status: 200, body: more ? { items, marker: Buffer.from(String(offset + limit)).toString('base64url') } : { items } };
}

/** Each drift is a way a server can differ from LakeSail; each must fail the check that guards it. */
const drifts = [
  {
    what: 'create answers 200 instead of 201',
    api: drift({ routes: { createServiceAccount: async (input, ctx) => ({ ...(await call('createServiceAccount', input, ctx)), status: 200 }) } }),
    check: 'create answers 201',
    reason: /POST \/api\/org\/v1\/service-accounts: expected status 201, got 200; body \{"id":/,
  },
  {
    what: 'describe shows the key again',
    api: drift({
      routes: {
        createServiceAccountKey: async (input, ctx) => {
          const result = await call('createServiceAccountKey', input, ctx);
          const keys = leakedKeys.get(ctx) ?? new Map<string, string>();
          leakedKeys.set(ctx, keys.set(input.params.sa!, (result.body as { key: string }).key));
          return result;
        },
        describeServiceAccount: async (input, ctx) => {
          const result = await call('describeServiceAccount', input, ctx);
          const key = leakedKeys.get(ctx)?.get(input.params.sa!);
          return key ? { ...result, body: { ...(result.body as object), key } } : result;
        },
      },
    }),
    check: 'create key answers 201 with the key once',
    reason:
      /GET \/api\/org\/v1\/service-accounts\/[A-Z0-9]+ → 200: the response breaks the spec \(describeServiceAccount\): \/key \[additionalProperties\].*expected "absent", got "«redacted»"/,
  },
  {
    what: 'pagination repeats the last item of each page on the next one',
    api: drift({
      routes: {
        listServiceAccounts: async (input, ctx) => {
          const result = await call('listServiceAccounts', input, ctx);
          const page = result.body as Page;
          const overlap = page.items.at(-2);
          if (!page.marker || !overlap) return result;
          return { ...result, body: { ...page, marker: resolvers.encodeMarker(ctx.store.accounts.find(overlap.id)!.sequence) } };
        },
      },
    }),
    check: 'pagination walks every account exactly once',
    reason: /ids listed more than once in one walk: expected \[\], got \["[A-Z0-9]+"/,
  },
  {
    what: 'pagination by offset skips an account when one already seen is deleted',
    api: drift({ routes: { listServiceAccounts: listByOffset } }),
    check: 'pagination walks every account exactly once',
    reason: /accounts that existed before the walk but were never listed: expected \[\], got \["[A-Z0-9]+"\]/,
  },
  {
    what: 'a missing Authorization header answers 400',
    api: drift({
      authenticate: (headers, ctx) => {
        if (!headers.authorization) throw apiError(400, undefined, 'Missing header.');
        return lakesail.authenticate!(headers, ctx);
      },
    }),
    check: 'a missing or non-Bearer Authorization header',
    reason: /GET \/api\/org\/v1\/service-accounts: expected status 401, got 400; body \{"message":"Missing header."\}/,
  },
  {
    what: 'a duplicate username answers 409',
    api: drift({
      routes: {
        createServiceAccount: (input, ctx) => {
          const { username } = input.body as { username: string };
          const taken = ctx.store.accounts.all().some((a) => a.username === username);
          return taken ? { status: 409, body: { message: 'Username taken.' } } : call('createServiceAccount', input, ctx);
        },
      },
    }),
    check: 'a duplicate username creates a second account',
    reason: /POST \/api\/org\/v1\/service-accounts: expected status 201, got 409; body \{"message":"Username taken."\}/,
  },
  {
    what: 'a key keeps authenticating after its account is deleted',
    api: drift({ authenticate: (headers) => ({ token: headers.authorization ?? '' }) }),
    check: 'a key stops authenticating once its service account is deleted',
    reason: /GET \/api\/org\/v1\/service-accounts: expected status 401, got 200/,
  },
  {
    what: 'a key keeps authenticating after its expiresAt',
    api: drift({
      authenticate: (headers, ctx) =>
        authenticateBearer(
          headers,
          {
            missing: lakesailErrors.missingCredentials,
            malformed: lakesailErrors.malformedCredentials,
            invalid: lakesailErrors.invalidToken,
            expired: lakesailErrors.expiredToken,
            forbidden: lakesailErrors.forbidden,
          },
          (token) => (resolvers.keyVerdict(ctx, token) === 'expired' ? 'valid' : resolvers.keyVerdict(ctx, token)),
          ctx.options,
        ),
    }),
    check: 'a key stops authenticating at its expiresAt',
    reason: /GET \/api\/org\/v1\/service-accounts\/[A-Z0-9]+: expected status 401, got 200/,
  },
  {
    what: 'an empty username answers 400',
    api: drift({
      routes: {
        createServiceAccount: (input, ctx) =>
          (input.body as { username: string }).username === ''
            ? { status: 400, body: { message: 'Username is empty.' } }
            : call('createServiceAccount', input, ctx),
      },
    }),
    check: 'an empty username is accepted',
    reason: /POST \/api\/org\/v1\/service-accounts: expected status 201, got 400; body \{"message":"Username is empty."\}/,
  },
];

describeDrifts(contract, drifts, { leaksCredential: (reason) => /"key":"[A-Za-z0-9]{48}"/.test(reason) });
