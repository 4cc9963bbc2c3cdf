import type { TypedRoutes } from 'samock/toolkit';
import type { WavefrontPrincipal } from './auth.js';
import * as accounts from './resolvers.js';
import type { WavefrontStore } from './store.js';
import * as tokens from './token-resolvers.js';
import type { operations } from './types.js';

/** Id-list bodies are optional (from the public API reference): no body is an empty list. */
const idList = (body: string[] | undefined): string[] => body ?? [];

/**
 * operationId → resolver, typed from specs/wavefront.yaml (types.ts): inputs arrive validated
 * against the spec (`offset` and `limit` numbers, with their defaults), and each answer must be
 * one the spec documents for its operation.
 */
export const routes: TypedRoutes<operations, WavefrontStore, WavefrontPrincipal> = {
  createServiceAccount: ({ body }, ctx) => accounts.createServiceAccount(ctx, body),
  getAllServiceAccounts: (_input, ctx) => accounts.getAllServiceAccounts(ctx),
  getServiceAccount: ({ params }, ctx) => accounts.getServiceAccount(ctx, params.id),
  updateServiceAccount: ({ params, body }, ctx) => accounts.updateServiceAccount(ctx, params.id, body),
  activateAccount: ({ params }, ctx) => accounts.setActive(ctx, params.id, true),
  deactivateAccount: ({ params }, ctx) => accounts.setActive(ctx, params.id, false),

  getAllAccounts: ({ query }, ctx) => accounts.getAllAccounts(ctx, query.offset ?? 0, query.limit ?? 100),
  getAccount: ({ params }, ctx) => accounts.getAccount(ctx, params.id),
  getAccountBusinessFunctions: ({ params }, ctx) => accounts.getAccountBusinessFunctions(ctx, params.id),
  validateAccounts: ({ body }, ctx) => accounts.validateAccounts(ctx, idList(body)),
  getUsersWithAccountsPermission: (_input, ctx) => accounts.getUsersWithAccountsPermission(ctx),
  grantPermissionToAccounts: ({ params, body }, ctx) => accounts.changePermissionForAccounts(ctx, params.permission, idList(body), true),
  revokePermissionFromAccounts: ({ params, body }, ctx) => accounts.changePermissionForAccounts(ctx, params.permission, idList(body), false),
  deleteAccount: ({ params }, ctx) => accounts.deleteAccount(ctx, params.id),
  deleteMultipleAccounts: ({ body }, ctx) => accounts.deleteMultipleAccounts(ctx, idList(body)),
  addAccountToRoles: ({ params, body }, ctx) => accounts.changeMemberships(ctx, params.id, 'roles', idList(body), true),
  removeAccountFromRoles: ({ params, body }, ctx) => accounts.changeMemberships(ctx, params.id, 'roles', idList(body), false),
  addAccountToUserGroups: ({ params, body }, ctx) => accounts.changeMemberships(ctx, params.id, 'userGroups', idList(body), true),
  removeAccountFromUserGroups: ({ params, body }, ctx) => accounts.changeMemberships(ctx, params.id, 'userGroups', idList(body), false),
  grantAccountPermission: ({ params }, ctx) => accounts.changePermission(ctx, params.id, params.permission, true),
  revokeAccountPermission: ({ params }, ctx) => accounts.changePermission(ctx, params.id, params.permission, false),

  getTokensServiceAccount: ({ params }, ctx) => tokens.getTokens(ctx, params.id),
  generateTokenServiceAccount: ({ params, body }, ctx) => tokens.generateToken(ctx, params.id, body),
  updateTokenNameServiceAccount: ({ params, body }, ctx) => tokens.renameToken(ctx, params.id, params.token, body),
  deleteTokenServiceAccount: ({ params }, ctx) => tokens.deleteToken(ctx, params.id, params.token),
};
