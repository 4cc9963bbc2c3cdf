import type { TypedRoutes } from 'samock/toolkit';
import type { NscalePrincipal } from './auth.js';
import * as nscale from './resolvers.js';
import type { NscaleStore } from './store.js';
import type { operations } from './types.js';

/**
 * The Unikorn server marks every answer uncacheable, successes included (errors get the
 * header from errors.ts). Added here so the resolvers stay about behaviour.
 */
async function uncacheable<Result extends { headers?: Record<string, string> }>(result: Result | Promise<Result>): Promise<Result> {
  const resolved = await result;
  return { ...resolved, headers: { ...resolved.headers, 'cache-control': 'no-cache' } };
}

/**
 * operationId → resolver, typed from specs/nscale.yaml (types.ts): inputs arrive validated against
 * the spec, and each answer must be one the spec documents for its operation.
 */
export const routes: TypedRoutes<operations, NscaleStore, NscalePrincipal> = {
  listServiceAccounts: ({ params, principal }, ctx) => uncacheable(nscale.listServiceAccounts(ctx, params.organizationID, principal)),
  createServiceAccount: ({ params, body, principal }, ctx) => uncacheable(nscale.createServiceAccount(ctx, params.organizationID, body, principal)),
  updateServiceAccount: ({ params, body, principal }, ctx) =>
    uncacheable(nscale.updateServiceAccount(ctx, params.organizationID, params.serviceAccountID, body, principal)),
  deleteServiceAccount: ({ params, principal }, ctx) =>
    uncacheable(nscale.deleteServiceAccount(ctx, params.organizationID, params.serviceAccountID, principal)),
  rotateServiceAccount: ({ params, principal }, ctx) =>
    uncacheable(nscale.rotateServiceAccount(ctx, params.organizationID, params.serviceAccountID, principal)),
};
