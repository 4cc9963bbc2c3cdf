import type { Resolver, ResolverInput, ResolverResult } from 'samock';
import type { NscalePrincipal } from './auth.js';
import * as nscale from './resolvers.js';
import type { NscaleStore } from './store.js';
import type { components } from './types.js';

type Write = components['schemas']['serviceAccountWrite'];
const body = (input: ResolverInput) => input.body as Write;
const organizationId = (input: ResolverInput) => input.params.organizationID!;
const accountId = (input: ResolverInput) => input.params.serviceAccountID!;
const principal = (input: ResolverInput) => input.principal as NscalePrincipal | undefined;

/**
 * The Unikorn server marks every answer uncacheable, successes included (errors get the
 * header from errors.ts). Added here so the resolvers stay about behaviour.
 */
async function uncacheable(result: ResolverResult | Promise<ResolverResult>): Promise<ResolverResult> {
  const resolved = await result;
  return { ...resolved, headers: { ...resolved.headers, 'cache-control': 'no-cache' } };
}

/** operationId → resolver. Inputs were validated against specs/nscale.yaml before they get here. */
export const routes: Record<string, Resolver<NscaleStore>> = {
  listServiceAccounts: (input, ctx) => uncacheable(nscale.listServiceAccounts(ctx, organizationId(input), principal(input))),
  createServiceAccount: (input, ctx) => uncacheable(nscale.createServiceAccount(ctx, organizationId(input), body(input), principal(input))),
  updateServiceAccount: (input, ctx) => uncacheable(nscale.updateServiceAccount(ctx, organizationId(input), accountId(input), body(input), principal(input))),
  deleteServiceAccount: (input, ctx) => uncacheable(nscale.deleteServiceAccount(ctx, organizationId(input), accountId(input), principal(input))),
  rotateServiceAccount: (input, ctx) => uncacheable(nscale.rotateServiceAccount(ctx, organizationId(input), accountId(input), principal(input))),
};
