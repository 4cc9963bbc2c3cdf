import type { Resolver, ResolverInput } from 'samock';
import * as lyve from './resolvers.js';
import type { LyveStore } from './store.js';
import type { components } from './types.js';

type Schemas = components['schemas'];
const body = <T>(input: ResolverInput) => input.body as T;
const nameFilter = (input: ResolverInput) => input.query.name as string | undefined;
const accountId = (input: ResolverInput) => input.params.serviceAccountId!;
const permissionId = (input: ResolverInput) => input.params.permissionId!;

/** operationId → resolver. Inputs were validated against specs/lyve.yaml before they get here. */
export const routes: Record<string, Resolver<LyveStore>> = {
  createToken: (input, ctx) => lyve.createToken(ctx, body<Schemas['TokenRequest']>(input)),

  createPermission: (input, ctx) => lyve.createPermission(ctx, body<Schemas['PermissionCreate']>(input)),
  listPermissions: (input, ctx) => lyve.listPermissions(ctx, nameFilter(input)),
  getPermission: (input, ctx) => lyve.getPermission(ctx, permissionId(input)),
  updatePermission: (input, ctx) => lyve.updatePermission(ctx, permissionId(input), body<Schemas['PermissionCreate']>(input)),
  deletePermission: (input, ctx) => lyve.deletePermission(ctx, permissionId(input)),

  createServiceAccount: (input, ctx) => lyve.createServiceAccount(ctx, body<Schemas['ServiceAccountCreate']>(input)),
  listServiceAccounts: (input, ctx) => lyve.listServiceAccounts(ctx, nameFilter(input)),
  getServiceAccount: (input, ctx) => lyve.getServiceAccount(ctx, accountId(input)),
  updateServiceAccount: (input, ctx) => lyve.updateServiceAccount(ctx, accountId(input), body<Schemas['ServiceAccountCreate']>(input)),
  deleteServiceAccount: (input, ctx) => lyve.deleteServiceAccount(ctx, accountId(input)),
  enableServiceAccount: (input, ctx) => lyve.setServiceAccountEnabled(ctx, accountId(input), true),
  disableServiceAccount: (input, ctx) => lyve.setServiceAccountEnabled(ctx, accountId(input), false),
};
