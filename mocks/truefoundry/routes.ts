import type { Resolver, ResolverInput } from 'samock';
import * as truefoundry from './resolvers.js';
import type { TruefoundryStore } from './store.js';
import type { components } from './types.js';

type Schemas = components['schemas'];
const body = <T>(input: ResolverInput) => input.body as T;
const accountId = (input: ResolverInput) => input.params.id!;

/**
 * Query values arrive coerced and with the spec's defaults (limit 100, offset 0) filled in;
 * `ownedByTeams` as a list (one value or the parameter repeated), each item possibly comma-separated.
 */
function listQuery(input: ResolverInput): truefoundry.ListQuery {
  const { limit, offset, nameSearchQuery, isExpired, ownedByTeams, filter } = input.query as unknown as Partial<Omit<truefoundry.ListQuery, 'ownedByTeams'>> & {
    ownedByTeams?: string[];
  };
  const teams = ownedByTeams?.flatMap((item) => item.split(',')).map((team) => team.trim()).filter((team) => team !== '');
  return {
    limit: limit ?? 100,
    offset: offset ?? 0,
    ...(nameSearchQuery !== undefined && { nameSearchQuery }),
    ...(isExpired !== undefined && { isExpired }),
    ...(teams !== undefined && teams.length > 0 && { ownedByTeams: teams }),
    ...(filter !== undefined && { filter }),
  };
}

/** operationId → resolver. Inputs were validated against specs/truefoundry.yaml before they get here. */
export const routes: Record<string, Resolver<TruefoundryStore>> = {
  createOrUpdateVirtualAccount: (input, ctx) => truefoundry.createOrUpdateVirtualAccount(ctx, body<Schemas['CreateOrUpdateVirtualAccountRequest']>(input)),
  listVirtualAccounts: (input, ctx) => truefoundry.listVirtualAccounts(ctx, listQuery(input)),
  getVirtualAccount: (input, ctx) => truefoundry.getVirtualAccount(ctx, accountId(input)),
  deleteVirtualAccount: (input, ctx) => truefoundry.deleteVirtualAccount(ctx, accountId(input)),
  getVirtualAccountToken: (input, ctx) => truefoundry.getVirtualAccountToken(ctx, accountId(input)),
  regenerateVirtualAccountToken: (input, ctx) =>
    truefoundry.regenerateVirtualAccountToken(ctx, accountId(input), body<Schemas['RegenerateTokenRequest']>(input)),
};
