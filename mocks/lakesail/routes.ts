import type { Resolver, ResolverInput, ResolverResult } from 'samock';
import { JSON_UTF8 } from './errors.js';
import * as lakesail from './resolvers.js';
import type { LakesailStore } from './store.js';
import type { components } from './types.js';

type Schemas = components['schemas'];
const body = <T>(input: ResolverInput) => input.body as T;
const accountId = (input: ResolverInput) => input.params.sa!;
/** `limit` arrives as a number (coerced, defaulted) after validation against the spec. */
const page = (input: ResolverInput) => ({ limit: input.query.limit as unknown as number | undefined, marker: input.query.marker as string | undefined });

/** LakeSail sends `application/json; charset=utf-8`; the core would pick the spec's bare `application/json`. */
const utf8 = async (result: ResolverResult | Promise<ResolverResult>): Promise<ResolverResult> => {
  const settled = await result;
  return settled.body === undefined ? settled : { ...settled, headers: { ...settled.headers, 'content-type': JSON_UTF8 } };
};

/** operationId → resolver. Inputs were validated against specs/lakesail.yaml before they get here. */
export const routes: Record<string, Resolver<LakesailStore>> = {
  createServiceAccount: (input, ctx) => utf8(lakesail.createServiceAccount(ctx, body<Schemas['ServiceAccountSpec']>(input))),
  listServiceAccounts: (input, ctx) => utf8(lakesail.listServiceAccounts(ctx, page(input))),
  describeServiceAccount: (input, ctx) => utf8(lakesail.describeServiceAccount(ctx, accountId(input))),
  deleteServiceAccount: (input, ctx) => utf8(lakesail.deleteServiceAccount(ctx, accountId(input))),
  createServiceAccountKey: (input, ctx) =>
    utf8(lakesail.createServiceAccountKey(ctx, accountId(input), body<Schemas['ServiceAccountKeySpec']>(input))),
};
