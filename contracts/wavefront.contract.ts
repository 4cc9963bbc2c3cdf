/**
 * The Wavefront (VMware Aria Operations for Applications) behaviour suite: what a black-box
 * client can see, runnable against samock or a real instance (`samock verify --api wavefront`).
 * Every response is also checked against specs/wavefront.yaml by the runner.
 */
import { type CheckContext, type ContractResponse, defineContract, expectEqual, expectStatus, expectTrue } from 'samock/contracts';
import { wavefront } from '../mocks/wavefront/index.js';

/**
 * A role and a user group to assign. samock seeds these ids (README: "Wavefront"); against a
 * real instance pass ids of its own with WAVEFRONT_ROLE_ID and WAVEFRONT_USER_GROUP_ID.
 */
const SEED_ROLE_ID = 'c3a0a5f2-5b1e-4d59-9e7a-1f0b6e2d9a01';
const SEED_USER_GROUP_ID = 'e7b1d4c8-2f6a-4c3e-8b9d-0a5f3e1c7b01';
const UNKNOWN_ID = 'sa::samock-verify-no-such-account';

interface ServiceAccount {
  identifier: string;
  active: boolean;
  groups?: string[];
  roles?: { id?: string; permissions?: string[] }[];
  userGroups?: { id?: string; roles?: { id?: string }[] }[];
  unitedRoles?: string[];
  unitedPermissions?: string[];
}
interface Token {
  tokenID: string;
  tokenName?: string;
}

/** A success: HTTP 200 and `{status: {result: OK, code: 200}, response}`; answers `response`. */
function expectOk<T = any>(response: ContractResponse): T {
  expectStatus(response, 200);
  expectEqual(response.body?.status?.result, 'OK', `${response.request}: status.result`);
  expectEqual(response.body?.status?.code, 200, `${response.request}: status.code`);
  expectTrue(response.body && 'response' in response.body, `${response.request}: the envelope must carry "response"`, response.body);
  return response.body.response as T;
}

/** An error: the HTTP status, and the envelope with result ERROR, the same code and a message. */
function expectError(response: ContractResponse, status: number): void {
  expectStatus(response, status);
  expectEqual(response.body?.status?.result, 'ERROR', `${response.request}: status.result`);
  expectEqual(response.body?.status?.code, status, `${response.request}: status.code (must equal the HTTP status)`);
  const message = response.body?.status?.message;
  expectTrue(typeof message === 'string' && message.length > 0, `${response.request}: status.message must be a non-empty string`, response.body);
}

const identifierFor = (t: CheckContext, label: string) => `sa::${t.uniqueName(label)}`;

/** Creates a service account and registers its deletion. */
async function createAccount(t: CheckContext, label: string, extra: Record<string, unknown> = {}): Promise<ServiceAccount> {
  const identifier = identifierFor(t, label);
  t.cleanup(() => t.call('deleteAccount', { params: { id: identifier } }));
  const account = expectOk<ServiceAccount>(await t.call('createServiceAccount', { body: { identifier, ...extra } }));
  expectEqual(account.identifier, identifier, 'created identifier');
  return account;
}

async function createToken(t: CheckContext, id: string, tokenName?: string): Promise<Token[]> {
  return expectOk<Token[]>(await t.call('generateTokenServiceAccount', { params: { id }, body: tokenName === undefined ? {} : { tokenName } }));
}

/**
 * The new token: the one the previous list did not have, which must be the last element.
 * Failures name positions and counts, never tokenIDs: they are credentials.
 */
function newestToken(before: Token[], after: Token[], what: string): Token {
  expectEqual(after.length, before.length + 1, `${what}: number of tokens`);
  const known = new Set(before.map((token) => token.tokenID));
  const added = after.flatMap((token, index) => (known.has(token.tokenID) ? [] : [index]));
  expectEqual(added, [after.length - 1], `${what}: position of the new token in the list (must be the last, ${after.length - 1})`);
  return after.at(-1)!;
}

/** Compares token lists by id without printing the ids (credentials). */
function expectSameTokens(actual: Token[], expected: Token[], what: string): void {
  const same = actual.length === expected.length && actual.every((token, i) => token.tokenID === expected[i]!.tokenID);
  expectTrue(
    same,
    `${what}: expected the tokens ${JSON.stringify(expected.map((t) => t.tokenName ?? '(unnamed)'))} in that order, got ` +
      `${JSON.stringify(actual.map((t) => t.tokenName ?? '(unnamed)'))}`,
  );
}

function roleAndGroup(t: CheckContext): { roleId: string; groupId: string } {
  const roleId = process.env.WAVEFRONT_ROLE_ID ?? (t.isSamock ? SEED_ROLE_ID : undefined);
  const groupId = process.env.WAVEFRONT_USER_GROUP_ID ?? (t.isSamock ? SEED_USER_GROUP_ID : undefined);
  if (!roleId || !groupId) t.skip('set WAVEFRONT_ROLE_ID and WAVEFRONT_USER_GROUP_ID to ids of the target instance');
  return { roleId, groupId };
}

/** unitedRoles holds every direct role and every role of every group; unitedPermissions every direct and role permission. */
function expectUnited(account: ServiceAccount, what: string): void {
  const roles = [...(account.roles ?? []).map((r) => r.id), ...(account.userGroups ?? []).flatMap((g) => (g.roles ?? []).map((r) => r.id))];
  const missingRoles = roles.filter((id) => id !== undefined && !(account.unitedRoles ?? []).includes(id));
  expectEqual(missingRoles, [], `${what}: roles missing from unitedRoles`);
  const permissions = [...(account.groups ?? []), ...(account.roles ?? []).flatMap((r) => r.permissions ?? [])];
  const missingPermissions = permissions.filter((p) => !(account.unitedPermissions ?? []).includes(p));
  expectEqual(missingPermissions, [], `${what}: permissions missing from unitedPermissions`);
}

/**
 * A bare `UserModel` answer: HTTP 200 and the account itself, no envelope, with the fields the
 * generated clients require (customer, groups, identifier, userGroups); answers it.
 */
function expectUserModel(response: ContractResponse, identifier?: string): UserModel {
  expectStatus(response, 200);
  const body = response.body;
  expectTrue(
    body && typeof body === 'object' && !Array.isArray(body) && !('status' in body && 'response' in body),
    `${response.request}: must answer a bare UserModel, not the {status, response} envelope`,
    body,
  );
  expectTrue(
    typeof body.customer === 'string' && body.customer.length > 0,
    `${response.request}: UserModel.customer must be a non-empty string (generated clients: "customer must not be None")`,
    body,
  );
  expectTrue(
    Array.isArray(body.groups) && Array.isArray(body.userGroups),
    `${response.request}: UserModel.groups and UserModel.userGroups must be lists`,
    body,
  );
  if (identifier !== undefined) expectEqual(body.identifier, identifier, `${response.request}: UserModel.identifier`);
  return body as UserModel;
}

interface UserModel {
  identifier: string;
  customer: string;
  groups: string[];
  userGroups: { id?: string }[];
  roles?: { id?: string }[];
}
interface Account {
  identifier: string;
  groups?: string[];
  roles?: string[];
  userGroups?: string[];
  unitedRoles?: string[];
  unitedPermissions?: string[];
}
interface PagedAccount {
  items?: Account[];
  offset?: number;
  limit?: number;
  moreItems?: boolean;
  totalItems?: number;
}

/** Pages through get-all-accounts (at most `pages` pages of `limit`) until `identifier` shows up. */
async function findInAccountPages(t: CheckContext, identifier: string, limit = 100, pages = 50): Promise<Account | undefined> {
  for (let page = 0; page < pages; page++) {
    const paged = expectOk<PagedAccount>(await t.call('getAllAccounts', { query: { offset: String(page * limit), limit: String(limit) } }));
    const found = paged.items?.find((account) => account.identifier === identifier);
    if (found) return found;
    if (!paged.moreItems || !paged.items?.length) return undefined;
  }
  return undefined;
}

const PUBLIC_REFERENCE = "the vendor's public API reference (wavefront-api-client, docs/AccountUserAndServiceAccountApi.md)";

export const contract = defineContract({
  api: 'wavefront',
  spec: wavefront.spec,
  checks: [
    {
      name: 'create answers 200 with the envelope {status: {result: OK, code: 200}, response} holding the service account',
      provenance: {
        documented:
          'seed 003 (Create Service Account), Responses: 200 "successful operation", ResponseContainerServiceAccount {status: {result, message, ' +
          'code}, response}',
      },
      writes: true,
      async run(t) {
        await createAccount(t, 'create', { description: 'created by the contract' });
      },
    },
    {
      name: 'a service account created without "active" is active',
      provenance: { inferred: 'seed 003 marks active optional and names no default; an account usable as soon as it is created is assumed (active: true)' },
      writes: true,
      async run(t) {
        const account = await createAccount(t, 'active-default');
        expectEqual(account.active, true, 'active after create');
      },
    },
    {
      name: 'get, list and every other success answer HTTP 200 with the OK envelope',
      provenance: {
        documented:
          `apis.md Wavefront: every response carries the envelope; ${PUBLIC_REFERENCE}: get/list/update service account and token list return ` +
          `ResponseContainer… types`,
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'envelope');
        const params = { id: identifier };
        const got = expectOk<ServiceAccount>(await t.call('getServiceAccount', { params }));
        expectEqual(got.identifier, identifier, 'get: identifier');
        const all = expectOk<ServiceAccount[]>(await t.call('getAllServiceAccounts'));
        expectTrue(
          all.some((a) => a.identifier === identifier),
          'list: the new account must be listed',
        );
        expectOk(await t.call('getTokensServiceAccount', { params }));
        expectOk(await t.call('updateServiceAccount', { params, body: { identifier, description: 'changed' } }));
      },
    },
    {
      name: 'an identifier without the sa:: prefix, or no identifier, answers 400 in the error envelope',
      provenance: {
        inferred:
          'seed 003 makes identifier required and apis.md gives the sa:: prefix, but no document gives the status or body of a refusal: 400 in the ' +
          'error envelope is assumed',
      },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('createServiceAccount', { body: { identifier: t.uniqueName('no-prefix') } }), 400);
        expectError(await t.call('createServiceAccount', { body: { description: 'no identifier' } }), 400);
      },
    },
    {
      name: 'a duplicate identifier answers 409 in the error envelope',
      provenance: {
        inferred: 'seed 003 says the identifier is unique but documents no error; 409 is assumed (docs/decisions/0006-wavefront-duplicate-identifier.md)',
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'duplicate');
        expectError(await t.call('createServiceAccount', { body: { identifier } }), 409);
      },
    },
    {
      name: 'deactivate and activate flip active',
      provenance: {
        documented:
          `seed 003 (operation list: Activate Account, Deactivate Account; ServiceAccount.active "the current state"); ${PUBLIC_REFERENCE}: ` +
          `activate_account / deactivate_account return ResponseContainerServiceAccount`,
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'active');
        const params = { id: identifier };
        expectEqual(expectOk<ServiceAccount>(await t.call('deactivateAccount', { params })).active, false, 'active after deactivate');
        expectEqual(expectOk<ServiceAccount>(await t.call('getServiceAccount', { params })).active, false, 'active on get after deactivate');
        expectEqual(expectOk<ServiceAccount>(await t.call('activateAccount', { params })).active, true, 'active after activate');
      },
    },
    {
      name: 'add/remove roles and user groups answer a bare UserModel (customer, groups, identifier, userGroups), without the envelope',
      provenance: {
        documented:
          `${PUBLIC_REFERENCE}: add_account_to_roles, remove_account_from_roles, add_account_to_user_groups, remove_account_from_user_groups return ` +
          `UserModel; docs/UserModel.md: customer, groups, identifier, userGroups required`,
      },
      writes: true,
      async run(t) {
        const { roleId, groupId } = roleAndGroup(t);
        const { identifier } = await createAccount(t, 'user-model');
        const params = { id: identifier };
        const withRole = expectUserModel(await t.call('addAccountToRoles', { params, body: [roleId] }), identifier);
        expectTrue(
          (withRole.roles ?? [{ id: roleId }]).some((r) => r.id === roleId),
          'UserModel.roles after addRoles must hold the role (when sent)',
          withRole.roles,
        );
        const withGroup = expectUserModel(await t.call('addAccountToUserGroups', { params, body: [groupId] }), identifier);
        expectEqual(
          withGroup.userGroups.map((g) => g.id),
          [groupId],
          'UserModel.userGroups after addUserGroups',
        );
        expectEqual(
          expectUserModel(await t.call('removeAccountFromUserGroups', { params, body: [groupId] }), identifier).userGroups,
          [],
          'UserModel.userGroups after removeUserGroups',
        );
        expectEqual(
          expectUserModel(await t.call('removeAccountFromRoles', { params, body: [roleId] }), identifier).roles ?? [],
          [],
          'UserModel.roles after removeRoles',
        );
      },
    },
    {
      name: 'roles and user groups assigned are reflected in roles, userGroups and unitedRoles, and removed again',
      provenance: {
        documented:
          `seed 003 (ServiceAccount: roles, userGroups, unitedRoles, unitedPermissions); ${PUBLIC_REFERENCE} Account model: unitedRoles "assigned ` +
          `directly or through user groups", unitedPermissions "directly or through united roles"`,
      },
      writes: true,
      async run(t) {
        const { roleId, groupId } = roleAndGroup(t);
        const { identifier } = await createAccount(t, 'roles');
        const params = { id: identifier };
        const get = async () => expectOk<ServiceAccount>(await t.call('getServiceAccount', { params }));
        expectUserModel(await t.call('addAccountToRoles', { params, body: [roleId] }));
        const withRole = await get();
        expectEqual(
          withRole.roles?.map((r) => r.id),
          [roleId],
          'roles after addRoles',
        );
        expectTrue(withRole.unitedRoles?.includes(roleId), 'unitedRoles after addRoles must hold the role', withRole.unitedRoles);
        expectUserModel(await t.call('addAccountToUserGroups', { params, body: [groupId] }));
        const withGroup = await get();
        expectEqual(
          withGroup.userGroups?.map((g) => g.id),
          [groupId],
          'userGroups after addUserGroups',
        );
        expectUnited(withGroup, 'after addUserGroups');
        expectUserModel(await t.call('removeAccountFromRoles', { params, body: [roleId] }));
        expectEqual((await get()).roles ?? [], [], 'roles after removeRoles');
        expectUserModel(await t.call('removeAccountFromUserGroups', { params, body: [groupId] }));
        const without = await get();
        expectEqual(without.userGroups ?? [], [], 'userGroups after removeUserGroups');
        expectEqual(without.unitedRoles ?? [], [], 'unitedRoles with no role and no group');
      },
    },
    {
      name: 'roles and user groups given on create are reflected at once',
      provenance: {
        documented:
          'seed 003, ServiceAccountWrite: roles "the list of role ids, the service account will be added to", userGroups likewise, groups "the list ' +
          'of permissions"',
      },
      writes: true,
      async run(t) {
        const { roleId, groupId } = roleAndGroup(t);
        const account = await createAccount(t, 'create-roles', { roles: [roleId], userGroups: [groupId], groups: ['events_management'] });
        expectEqual(
          [account.roles?.map((r) => r.id), account.userGroups?.map((g) => g.id), account.groups],
          [[roleId], [groupId], ['events_management']],
          'create: roles, userGroups, groups',
        );
        expectUnited(account, 'create');
      },
    },
    {
      name: 'an unknown role or user-group id answers 400 in the error envelope',
      provenance: { inferred: 'no document says what an unknown role or user-group id does; a refusal (400) rather than a silent skip is assumed' },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'unknown-role');
        expectError(await t.call('addAccountToRoles', { params: { id: identifier }, body: ['samock-verify-no-such-role'] }), 400);
        expectError(await t.call('addAccountToUserGroups', { params: { id: identifier }, body: ['samock-verify-no-such-group'] }), 400);
      },
    },
    {
      name: 'grant and revoke a permission answer a bare UserModel; the permission appears in groups and unitedPermissions, and leaves groups',
      provenance: {
        documented: `${PUBLIC_REFERENCE}: grant_account_permission / revoke_account_permission return UserModel; seed 003: groups is "the list of permissions"`,
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'permission');
        const params = { id: identifier, permission: 'events_management' };
        const granted = expectUserModel(await t.call('grantAccountPermission', { params }), identifier);
        expectTrue(granted.groups.includes('events_management'), 'UserModel.groups after grant must hold events_management', granted.groups);
        const got = expectOk<ServiceAccount>(await t.call('getServiceAccount', { params: { id: identifier } }));
        expectTrue(got.unitedPermissions?.includes('events_management'), 'unitedPermissions after grant must hold events_management', got.unitedPermissions);
        const revoked = expectUserModel(await t.call('revokeAccountPermission', { params }), identifier);
        expectTrue(!revoked.groups.includes('events_management'), 'UserModel.groups after revoke must not hold events_management', revoked.groups);
        expectUnited(expectOk<ServiceAccount>(await t.call('getServiceAccount', { params: { id: identifier } })), 'after revoke');
      },
    },
    {
      name: 'get account answers the service account as an Account (roles and user groups as ids) in the envelope',
      provenance: {
        documented: `${PUBLIC_REFERENCE}: get_account "Get a specific account (user or service account)" returns ResponseContainerAccount; docs/Account.md`,
      },
      writes: true,
      async run(t) {
        const { roleId } = roleAndGroup(t);
        const { identifier } = await createAccount(t, 'get-account', { roles: [roleId], groups: ['events_management'] });
        const account = expectOk<Account>(await t.call('getAccount', { params: { id: identifier } }));
        expectEqual(
          [account.identifier, account.roles, account.groups],
          [identifier, [roleId], ['events_management']],
          'getAccount: identifier, roles (ids), groups',
        );
        expectTrue(account.unitedRoles?.includes(roleId), 'getAccount: unitedRoles must hold the role', account.unitedRoles);
      },
    },
    {
      name: 'get all accounts answers a PagedAccount that lists the service account; offset and limit page it',
      provenance: {
        documented:
          `${PUBLIC_REFERENCE}: get_all_accounts(offset default 0, limit default 100) returns ResponseContainerPagedAccount; docs/PagedAccount.md ` +
          `(items, offset, limit, moreItems, totalItems)`,
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'paged');
        const first = expectOk<PagedAccount>(await t.call('getAllAccounts'));
        expectTrue(Array.isArray(first.items), 'getAllAccounts: items must be a list', first);
        const one = expectOk<PagedAccount>(await t.call('getAllAccounts', { query: { offset: '0', limit: '1' } }));
        expectTrue((one.items?.length ?? 0) <= 1, 'getAllAccounts with limit=1: at most one item', one.items?.length);
        expectTrue((await findInAccountPages(t, identifier)) !== undefined, `getAllAccounts: ${identifier} must be on some page`);
      },
    },
    {
      name: 'get all accounts refuses a negative offset and limit 0 with 400 in the error envelope',
      provenance: { inferred: 'the reference gives offset and limit defaults, not bounds; refusing a negative offset and an empty page (400) is assumed' },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('getAllAccounts', { query: { offset: '-1' } }), 400);
        expectError(await t.call('getAllAccounts', { query: { limit: '0' } }), 400);
      },
    },
    {
      name: 'grant and revoke a permission for several accounts change each of them and answer a bare UserModel',
      provenance: {
        documented:
          `${PUBLIC_REFERENCE}: grant_permission_to_accounts / revoke_permission_from_accounts (body: "list of accounts the specified permission to be ` +
          `granted to"), return UserModel`,
      },
      writes: true,
      async run(t) {
        const a = await createAccount(t, 'bulk-a');
        const b = await createAccount(t, 'bulk-b');
        const ids = [a.identifier, b.identifier];
        const params = { permission: 'embedded_charts' };
        const granted = expectUserModel(await t.call('grantPermissionToAccounts', { params, body: ids }));
        expectTrue(ids.includes(granted.identifier), 'bulk grant: the UserModel must be one of the listed accounts', granted.identifier);
        if (t.isSamock) expectEqual(granted.identifier, a.identifier, 'bulk grant: samock answers the first listed account');
        for (const id of ids) {
          const got = expectOk<ServiceAccount>(await t.call('getServiceAccount', { params: { id } }));
          expectTrue(got.groups?.includes('embedded_charts'), `${id}: groups after the bulk grant must hold embedded_charts`, got.groups);
        }
        expectUserModel(await t.call('revokePermissionFromAccounts', { params, body: ids }));
        for (const id of ids) {
          const got = expectOk<Account>(await t.call('getAccount', { params: { id } }));
          expectTrue(!got.groups?.includes('embedded_charts'), `${id}: groups after the bulk revoke must not hold embedded_charts`, got.groups);
        }
      },
    },
    {
      name: 'a bulk grant naming an unknown account, or no account, answers 400 and changes no account',
      provenance: {
        inferred:
          'the reference answers one UserModel and documents no error; refusing unknown identifiers and an empty list (400, nothing changed) is assumed',
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'bulk-unknown');
        const params = { permission: 'embedded_charts' };
        expectError(await t.call('grantPermissionToAccounts', { params, body: [identifier, UNKNOWN_ID] }), 400);
        expectError(await t.call('grantPermissionToAccounts', { params, body: [] }), 400);
        const got = expectOk<ServiceAccount>(await t.call('getServiceAccount', { params: { id: identifier } }));
        expectTrue(!got.groups?.includes('embedded_charts'), 'groups after a refused bulk grant must not hold embedded_charts', got.groups);
      },
    },
    {
      name: 'validate accounts answers the listed accounts in validUsers and the unknown identifiers in invalidIdentifiers',
      provenance: {
        documented:
          `${PUBLIC_REFERENCE}: validate_accounts "Returns valid accounts (users and service accounts), also invalid identifiers from the given list", ` +
          `ResponseContainerValidatedUsersDTO {validUsers, invalidIdentifiers}`,
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'validate');
        const validated = expectOk<{ validUsers?: { identifier?: string }[]; invalidIdentifiers?: string[] }>(
          await t.call('validateAccounts', { body: [identifier, UNKNOWN_ID] }),
        );
        expectEqual(
          validated.validUsers?.map((u) => u.identifier),
          [identifier],
          'validateAccounts: validUsers',
        );
        expectEqual(validated.invalidIdentifiers, [UNKNOWN_ID], 'validateAccounts: invalidIdentifiers');
      },
    },
    {
      name: 'business functions of an account answer a set of the documented BusinessFunction values',
      provenance: {
        documented:
          `${PUBLIC_REFERENCE}: get_account_business_functions (GET /api/v2/account/{id}/businessFunctions) returns ` +
          `ResponseContainerSetBusinessFunction, values from its enum (checked by the spec)`,
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'business');
        const functions = expectOk<string[]>(await t.call('getAccountBusinessFunctions', { params: { id: identifier } }));
        expectEqual(new Set(functions).size, functions.length, 'business functions: each once (a set)');
      },
    },
    {
      name: 'a granted permission adds its business functions (ingestion: METRIC_INGESTION)',
      provenance: {
        inferred: 'the reference lists the business functions but not which permission brings which; ingestion → METRIC_INGESTION is assumed from the names',
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'business-grant');
        const params = { id: identifier };
        const before = expectOk<string[]>(await t.call('getAccountBusinessFunctions', { params }));
        expectTrue(!before.includes('METRIC_INGESTION'), 'business functions without ingestion must not hold METRIC_INGESTION', before);
        expectUserModel(await t.call('grantAccountPermission', { params: { ...params, permission: 'ingestion' } }));
        const after = expectOk<string[]>(await t.call('getAccountBusinessFunctions', { params }));
        expectTrue(after.includes('METRIC_INGESTION'), 'business functions after granting ingestion must hold METRIC_INGESTION', after);
      },
    },
    {
      name: 'users with the Accounts permission lists a service account holding user_management, and not one without',
      provenance: {
        inferred:
          'the reference documents GET /api/v2/account/user/admin as "Get all users with Accounts permission" (identifiers); that service accounts ' +
          'holding user_management are listed too is assumed (samock has no users)',
      },
      writes: true,
      async run(t) {
        const admin = await createAccount(t, 'admin', { groups: ['user_management'] });
        const plain = await createAccount(t, 'plain');
        const listed = expectOk<string[]>(await t.call('getUsersWithAccountsPermission'));
        expectTrue(listed.includes(admin.identifier), `users with the Accounts permission must list ${admin.identifier}`, listed);
        expectTrue(!listed.includes(plain.identifier), `users with the Accounts permission must not list ${plain.identifier}`, listed);
      },
    },
    {
      name: 'creating an API token answers the token list with the new token last',
      provenance: {
        documented:
          "the vendor's public API reference (ApiTokenApi / generate_token_service_account): returns the list of all the account's API tokens, the " +
          'newly created one last; seed 003 (UserApiToken)',
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'token-list');
        const first = await createToken(t, identifier, 'first');
        newestToken([], first, 'first token');
        const second = await createToken(t, identifier, 'second');
        expectEqual(newestToken(first, second, 'second token').tokenName, 'second', 'tokenName of the new token');
        const listed = expectOk<Token[]>(await t.call('getTokensServiceAccount', { params: { id: identifier } }));
        expectSameTokens(listed, second, 'GET token list after two creates');
      },
    },
    {
      name: 'a new API token authenticates via X-AUTH-TOKEN and via Authorization: Bearer',
      provenance: {
        inferred:
          'apis.md documents both headers; that the tokenID a token list answers is itself the credential is assumed (the vendor lists tokenIDs as the tokens)',
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'token-auth', { groups: ['user_management'] });
        const token = newestToken([], await createToken(t, identifier), 'new token').tokenID;
        const params = { id: identifier };
        expectOk(await t.call('getServiceAccount', { params, token: null, headers: { 'x-auth-token': token } }));
        expectOk(await t.call('getServiceAccount', { params, token }));
      },
    },
    {
      name: 'a deleted API token answers 401 in the error envelope; the rest of the list remains',
      provenance: {
        inferred: 'the reference documents that delete answers the remaining tokens; that the deleted one then answers 401 is assumed (no error is documented)',
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'token-delete', { groups: ['user_management'] });
        const kept = newestToken([], await createToken(t, identifier, 'kept'), 'kept token');
        const doomed = newestToken([kept], await createToken(t, identifier, 'doomed'), 'doomed token');
        const remaining = expectOk<Token[]>(await t.call('deleteTokenServiceAccount', { params: { id: identifier, token: doomed.tokenID } }));
        expectSameTokens(remaining, [kept], 'tokens after delete');
        const params = { id: identifier };
        expectError(await t.call('getServiceAccount', { params, token: null, headers: { 'x-auth-token': doomed.tokenID } }), 401);
        expectError(await t.call('getServiceAccount', { params, token: doomed.tokenID }), 401);
        expectOk(await t.call('getServiceAccount', { params, token: kept.tokenID }));
      },
    },
    {
      name: "a deactivated service account's token answers 401 until the account is activated again",
      provenance: {
        inferred:
          "no document says what a deactivated account's tokens do; 401 while inactive (and accountType INACTIVE_SERVICE_ACCOUNT, from the enum) is assumed",
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'token-inactive', { groups: ['user_management'] });
        const token = newestToken([], await createToken(t, identifier), 'new token').tokenID;
        const params = { id: identifier };
        expectOk(await t.call('deactivateAccount', { params }));
        expectError(await t.call('getServiceAccount', { params, token }), 401);
        expectOk(await t.call('activateAccount', { params }));
        expectOk(await t.call('getServiceAccount', { params, token }));
      },
    },
    {
      name: 'renaming an API token answers the token with its new name',
      provenance: {
        documented:
          "the vendor's public API reference (update_token_name_service_account): PUT /api/v2/apitoken/serviceaccount/{id}/{token_id} returns " +
          'ResponseContainerUserApiToken',
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'token-rename');
        const token = newestToken([], await createToken(t, identifier, 'old'), 'new token');
        const renamed = expectOk<Token>(
          await t.call('updateTokenNameServiceAccount', {
            params: { id: identifier, token: token.tokenID },
            body: { tokenID: token.tokenID, tokenName: 'new' },
          }),
        );
        expectSameTokens([renamed], [{ ...token, tokenName: 'new' }], 'renamed token');
        expectEqual(renamed.tokenName, 'new', 'tokenName after rename');
      },
    },
    {
      name: 'update changes the description and keeps the identifier',
      provenance: {
        documented:
          `${PUBLIC_REFERENCE}: update_service_account (body ServiceAccountWrite) returns ResponseContainerServiceAccount; seed 003: ` +
          `ServiceAccountWrite.description`,
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'update', { description: 'before' });
        const updated = expectOk<ServiceAccount & { description?: string }>(
          await t.call('updateServiceAccount', { params: { id: identifier }, body: { identifier, description: 'after' } }),
        );
        expectEqual([updated.identifier, updated.description], [identifier, 'after'], 'after update');
      },
    },
    {
      name: 'update with another identifier in the body answers 400 in the error envelope',
      provenance: { inferred: 'no document says an identifier can be renamed or what a mismatch does; refusing it (400) is assumed' },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'update-rename');
        expectError(await t.call('updateServiceAccount', { params: { id: identifier }, body: { identifier: identifierFor(t, 'other') } }), 400);
      },
    },
    {
      name: 'delete answers the deleted account, then get answers 404 and the identifier is free again',
      provenance: {
        inferred:
          'the reference documents that delete answers the Account (ResponseContainerAccount); that get then answers 404 and the identifier can be ' +
          'created again is assumed',
      },
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'delete');
        const params = { id: identifier };
        const deleted = expectOk<{ identifier: string }>(await t.call('deleteAccount', { params }));
        expectEqual(deleted.identifier, identifier, 'deleted identifier');
        expectError(await t.call('getServiceAccount', { params }), 404);
        expectError(await t.call('getAccount', { params }), 404);
        expectOk(await t.call('createServiceAccount', { body: { identifier } }));
      },
    },
    {
      name: 'delete-multiple deletes the listed accounts and answers their identifiers',
      provenance: {
        inferred:
          'the reference documents the body (identifiers) and a list-of-strings answer; that the list holds the deleted identifiers, and get then ' +
          'answers 404, is assumed',
      },
      writes: true,
      async run(t) {
        const a = await createAccount(t, 'multi-a');
        const b = await createAccount(t, 'multi-b');
        const deleted = expectOk<string[]>(await t.call('deleteMultipleAccounts', { body: [a.identifier, b.identifier] }));
        expectEqual([...deleted].sort(), [a.identifier, b.identifier].sort(), 'deleted identifiers');
        expectError(await t.call('getServiceAccount', { params: { id: a.identifier } }), 404);
        expectError(await t.call('getServiceAccount', { params: { id: b.identifier } }), 404);
      },
    },
    {
      name: 'an unknown identifier answers 404 in the error envelope (get, update, activate, deactivate, delete, tokens, account operations)',
      provenance: { inferred: 'the vendor documents no error statuses; 404 for an identifier that names no account is assumed' },
      async run(t) {
        const params = { id: UNKNOWN_ID };
        expectError(await t.call('getServiceAccount', { params }), 404);
        expectError(await t.call('updateServiceAccount', { params, body: { identifier: UNKNOWN_ID } }), 404);
        expectError(await t.call('activateAccount', { params }), 404);
        expectError(await t.call('deactivateAccount', { params }), 404);
        expectError(await t.call('deleteAccount', { params }), 404);
        expectError(await t.call('getTokensServiceAccount', { params }), 404);
        expectError(await t.call('getAccount', { params }), 404);
        expectError(await t.call('getAccountBusinessFunctions', { params }), 404);
        expectError(await t.call('addAccountToRoles', { params, body: [] }), 404);
        expectError(await t.call('grantAccountPermission', { params: { ...params, permission: 'ingestion' } }), 404);
      },
    },
    {
      name: 'a missing token answers 401 in the error envelope',
      provenance: { inferred: "the vendor documents no error statuses; 401 for a request with no credentials is assumed (HTTP's meaning of 401)" },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('getAllServiceAccounts', { token: null }), 401);
        expectError(await t.call('getAllAccounts', { token: null }), 401);
      },
    },
    {
      name: 'reserved tokens reproduce auth errors in the envelope: invalid and expired 401, forbidden 403',
      provenance: { inferred: 'the reserved tokens invalid, expired and forbidden are samock conventions (README "Auth"), not vendor behaviour' },
      samockOnly: 'the reserved tokens are samock conventions',
      async run(t) {
        expectError(await t.call('getAllServiceAccounts', { token: 'invalid' }), 401);
        expectError(await t.call('getAllServiceAccounts', { token: null, headers: { 'x-auth-token': 'expired' } }), 401);
        expectError(await t.call('getAllServiceAccounts', { token: 'forbidden' }), 403);
      },
    },
    {
      name: 'malformed JSON answers 400 and a non-JSON content type 415, both in the error envelope',
      provenance: { inferred: "the vendor documents no status for malformed bodies; 400 and 415 (HTTP's meanings) in the error envelope are assumed" },
      sendsInvalidRequests: true,
      samockOnly: 'the vendor documents no status for malformed bodies',
      async run(t) {
        expectError(await t.call('createServiceAccount', { rawBody: '{"identifier": "sa::x",' }), 400);
        expectError(await t.call('createServiceAccount', { rawBody: 'identifier=sa::x', contentType: 'application/x-www-form-urlencoded' }), 415);
      },
    },
  ],
});
