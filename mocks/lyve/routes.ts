import type { TypedRoutes } from 'samock/toolkit';
import * as lyve from './resolvers.js';
import type { LyveStore } from './store.js';
import type { operations } from './types.js';

/**
 * operationId → resolver, typed from specs/lyve.yaml (types.ts): inputs arrive validated against
 * the spec, and each answer must be one the spec documents for its operation.
 */
export const routes: TypedRoutes<operations, LyveStore> = {
  createToken: (input, ctx) => lyve.createToken(ctx, input.body),

  createPermission: (input, ctx) => lyve.createPermission(ctx, input.body),
  listPermissions: (input, ctx) => lyve.listPermissions(ctx, input.query.name),
  getPermission: (input, ctx) => lyve.getPermission(ctx, input.params.permissionId),
  updatePermission: (input, ctx) => lyve.updatePermission(ctx, input.params.permissionId, input.body),
  deletePermission: (input, ctx) => lyve.deletePermission(ctx, input.params.permissionId),

  createServiceAccount: (input, ctx) => lyve.createServiceAccount(ctx, input.body),
  listServiceAccounts: (input, ctx) => lyve.listServiceAccounts(ctx, input.query.name),
  getServiceAccount: (input, ctx) => lyve.getServiceAccount(ctx, input.params.serviceAccountId),
  updateServiceAccount: (input, ctx) => lyve.updateServiceAccount(ctx, input.params.serviceAccountId, input.body),
  deleteServiceAccount: (input, ctx) => lyve.deleteServiceAccount(ctx, input.params.serviceAccountId),
  enableServiceAccount: (input, ctx) => lyve.setServiceAccountEnabled(ctx, input.params.serviceAccountId, true),
  disableServiceAccount: (input, ctx) => lyve.setServiceAccountEnabled(ctx, input.params.serviceAccountId, false),
};
