import type { OperationQuery, TypedRoutes } from 'samock/toolkit';
import * as truefoundry from './resolvers.js';
import type { TruefoundryStore } from './store.js';
import type { operations } from './types.js';

/**
 * Query values arrive coerced and with the spec's defaults (limit 100, offset 0) filled in;
 * `ownedByTeams` as a list (one value or the parameter repeated), each item possibly comma-separated.
 */
function listQuery(query: OperationQuery<operations['listVirtualAccounts']>): truefoundry.ListQuery {
  const { limit, offset, nameSearchQuery, isExpired, ownedByTeams, filter } = query;
  const teams = ownedByTeams
    ?.flatMap((item) => item.split(','))
    .map((team) => team.trim())
    .filter((team) => team !== '');
  return {
    limit: limit ?? 100,
    offset: offset ?? 0,
    ...(nameSearchQuery !== undefined && { nameSearchQuery }),
    ...(isExpired !== undefined && { isExpired }),
    ...(teams !== undefined && teams.length > 0 && { ownedByTeams: teams }),
    ...(filter !== undefined && { filter }),
  };
}

/**
 * operationId → resolver, typed from specs/truefoundry.yaml (types.ts): inputs arrive validated
 * against the spec, and each answer must be one the spec documents for its operation.
 */
export const routes: TypedRoutes<operations, TruefoundryStore> = {
  createOrUpdateVirtualAccount: ({ body }, ctx) => truefoundry.createOrUpdateVirtualAccount(ctx, body),
  listVirtualAccounts: ({ query }, ctx) => truefoundry.listVirtualAccounts(ctx, listQuery(query)),
  getVirtualAccount: ({ params }, ctx) => truefoundry.getVirtualAccount(ctx, params.id),
  deleteVirtualAccount: ({ params }, ctx) => truefoundry.deleteVirtualAccount(ctx, params.id),
  getVirtualAccountToken: ({ params }, ctx) => truefoundry.getVirtualAccountToken(ctx, params.id),
  regenerateVirtualAccountToken: ({ params, body }, ctx) => truefoundry.regenerateVirtualAccountToken(ctx, params.id, body),
};
