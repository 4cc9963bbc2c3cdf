import type { Resolver, ResolverInput } from 'samock';
import * as accounts from './resolvers.js';
import type { WavefrontStore } from './store.js';
import * as tokens from './token-resolvers.js';
import type { components } from './types.js';

type Schemas = components['schemas'];
const body = <T>(input: ResolverInput) => input.body as T;
/** Id-list bodies are optional (from the public API reference): no body is an empty list. */
const idList = (input: ResolverInput) => (input.body as string[] | undefined) ?? [];
const id = (input: ResolverInput) => input.params.id!;
const permission = (input: ResolverInput) => input.params.permission!;
const token = (input: ResolverInput) => input.params.token!;

/** operationId → resolver. Inputs were validated against specs/wavefront.yaml before they get here. */
export const routes: Record<string, Resolver<WavefrontStore>> = {
  createServiceAccount: (input, ctx) => accounts.createServiceAccount(ctx, body<Schemas['ServiceAccountWrite']>(input)),
  getAllServiceAccounts: (_input, ctx) => accounts.getAllServiceAccounts(ctx),
  getServiceAccount: (input, ctx) => accounts.getServiceAccount(ctx, id(input)),
  updateServiceAccount: (input, ctx) => accounts.updateServiceAccount(ctx, id(input), body<Schemas['ServiceAccountWrite']>(input)),
  activateAccount: (input, ctx) => accounts.setActive(ctx, id(input), true),
  deactivateAccount: (input, ctx) => accounts.setActive(ctx, id(input), false),

  getAllAccounts: (input, ctx) => accounts.getAllAccounts(ctx, Number(input.query.offset ?? 0), Number(input.query.limit ?? 100)),
  getAccount: (input, ctx) => accounts.getAccount(ctx, id(input)),
  getAccountBusinessFunctions: (input, ctx) => accounts.getAccountBusinessFunctions(ctx, id(input)),
  validateAccounts: (input, ctx) => accounts.validateAccounts(ctx, idList(input)),
  getUsersWithAccountsPermission: (_input, ctx) => accounts.getUsersWithAccountsPermission(ctx),
  grantPermissionToAccounts: (input, ctx) => accounts.changePermissionForAccounts(ctx, permission(input), idList(input), true),
  revokePermissionFromAccounts: (input, ctx) => accounts.changePermissionForAccounts(ctx, permission(input), idList(input), false),
  deleteAccount: (input, ctx) => accounts.deleteAccount(ctx, id(input)),
  deleteMultipleAccounts: (input, ctx) => accounts.deleteMultipleAccounts(ctx, idList(input)),
  addAccountToRoles: (input, ctx) => accounts.changeMemberships(ctx, id(input), 'roles', idList(input), true),
  removeAccountFromRoles: (input, ctx) => accounts.changeMemberships(ctx, id(input), 'roles', idList(input), false),
  addAccountToUserGroups: (input, ctx) => accounts.changeMemberships(ctx, id(input), 'userGroups', idList(input), true),
  removeAccountFromUserGroups: (input, ctx) => accounts.changeMemberships(ctx, id(input), 'userGroups', idList(input), false),
  grantAccountPermission: (input, ctx) => accounts.changePermission(ctx, id(input), permission(input), true),
  revokeAccountPermission: (input, ctx) => accounts.changePermission(ctx, id(input), permission(input), false),

  getTokensServiceAccount: (input, ctx) => tokens.getTokens(ctx, id(input)),
  generateTokenServiceAccount: (input, ctx) => tokens.generateToken(ctx, id(input), body<Schemas['UserApiTokenWrite'] | undefined>(input)),
  updateTokenNameServiceAccount: (input, ctx) => tokens.renameToken(ctx, id(input), token(input), body<Schemas['UserApiTokenWrite']>(input)),
  deleteTokenServiceAccount: (input, ctx) => tokens.deleteToken(ctx, id(input), token(input)),
};
