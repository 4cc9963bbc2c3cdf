/**
 * The Wavefront (VMware Aria Operations for Applications) behaviour suite: what a black-box
 * client can see, runnable against samock or a real instance (`samock verify --api wavefront`).
 * Every response is also checked against specs/wavefront.yaml by the runner.
 */
import { loadSpec } from '../src/core/load-spec.js';
import { specUrl } from '../src/paths.js';
import { defineContract, type CheckContext, type ContractResponse } from '../src/contracts/define-contract.js';
import { expectEqual, expectStatus, expectTrue } from '../src/contracts/expect.js';

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
  expectTrue(same, `${what}: expected the tokens ${JSON.stringify(expected.map((t) => t.tokenName ?? '(unnamed)'))} in that order, got ${JSON.stringify(actual.map((t) => t.tokenName ?? '(unnamed)'))}`);
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

export const contract = defineContract({
  api: 'wavefront',
  spec: loadSpec(specUrl('wavefront')),
  checks: [
    {
      name: 'create answers 200 with the envelope {status: {result: OK, code: 200}, response} and an active service account',
      writes: true,
      async run(t) {
        const account = await createAccount(t, 'create', { description: 'created by the contract' });
        expectEqual(account.active, true, 'active after create');
      },
    },
    {
      name: 'get, list and every other success answer HTTP 200 with the OK envelope',
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'envelope');
        const params = { id: identifier };
        const got = expectOk<ServiceAccount>(await t.call('getServiceAccount', { params }));
        expectEqual(got.identifier, identifier, 'get: identifier');
        const all = expectOk<ServiceAccount[]>(await t.call('getAllServiceAccounts'));
        expectTrue(all.some((a) => a.identifier === identifier), 'list: the new account must be listed');
        expectOk(await t.call('getTokensServiceAccount', { params }));
        expectOk(await t.call('updateServiceAccount', { params, body: { identifier, description: 'changed' } }));
      },
    },
    {
      name: 'an identifier without the sa:: prefix, or no identifier, answers 400 in the error envelope',
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('createServiceAccount', { body: { identifier: t.uniqueName('no-prefix') } }), 400);
        expectError(await t.call('createServiceAccount', { body: { description: 'no identifier' } }), 400);
      },
    },
    {
      name: 'a duplicate identifier answers 409 in the error envelope',
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'duplicate');
        expectError(await t.call('createServiceAccount', { body: { identifier } }), 409);
      },
    },
    {
      name: 'deactivate and activate flip active',
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
      name: 'roles and user groups assigned are reflected in roles, userGroups and unitedRoles, and removed again',
      writes: true,
      async run(t) {
        const { roleId, groupId } = roleAndGroup(t);
        const { identifier } = await createAccount(t, 'roles');
        const params = { id: identifier };
        const withRole = expectOk<ServiceAccount>(await t.call('addAccountToRoles', { params, body: [roleId] }));
        expectEqual(withRole.roles?.map((r) => r.id), [roleId], 'roles after addRoles');
        expectTrue(withRole.unitedRoles?.includes(roleId), 'unitedRoles after addRoles must hold the role', withRole.unitedRoles);
        const withGroup = expectOk<ServiceAccount>(await t.call('addAccountToUserGroups', { params, body: [groupId] }));
        expectEqual(withGroup.userGroups?.map((g) => g.id), [groupId], 'userGroups after addUserGroups');
        expectUnited(withGroup, 'after addUserGroups');
        const withoutRole = expectOk<ServiceAccount>(await t.call('removeAccountFromRoles', { params, body: [roleId] }));
        expectEqual(withoutRole.roles ?? [], [], 'roles after removeRoles');
        const withoutGroup = expectOk<ServiceAccount>(await t.call('removeAccountFromUserGroups', { params, body: [groupId] }));
        expectEqual(withoutGroup.userGroups ?? [], [], 'userGroups after removeUserGroups');
        expectEqual(withoutGroup.unitedRoles ?? [], [], 'unitedRoles with no role and no group');
      },
    },
    {
      name: 'roles and user groups given on create are reflected at once',
      writes: true,
      async run(t) {
        const { roleId, groupId } = roleAndGroup(t);
        const account = await createAccount(t, 'create-roles', { roles: [roleId], userGroups: [groupId], groups: ['events_management'] });
        expectEqual([account.roles?.map((r) => r.id), account.userGroups?.map((g) => g.id), account.groups], [[roleId], [groupId], ['events_management']], 'create: roles, userGroups, groups');
        expectUnited(account, 'create');
      },
    },
    {
      name: 'an unknown role or user-group id answers 400 in the error envelope',
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'unknown-role');
        expectError(await t.call('addAccountToRoles', { params: { id: identifier }, body: ['samock-verify-no-such-role'] }), 400);
        expectError(await t.call('addAccountToUserGroups', { params: { id: identifier }, body: ['samock-verify-no-such-group'] }), 400);
      },
    },
    {
      name: 'a granted permission appears in groups and unitedPermissions; a revoked one leaves groups',
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'permission');
        const params = { id: identifier, permission: 'events_management' };
        const granted = expectOk<ServiceAccount>(await t.call('grantAccountPermission', { params }));
        expectTrue(granted.groups?.includes('events_management'), 'groups after grant must hold events_management', granted.groups);
        expectTrue(granted.unitedPermissions?.includes('events_management'), 'unitedPermissions after grant must hold events_management', granted.unitedPermissions);
        const revoked = expectOk<ServiceAccount>(await t.call('revokeAccountPermission', { params }));
        expectTrue(!revoked.groups?.includes('events_management'), 'groups after revoke must not hold events_management', revoked.groups);
        expectUnited(revoked, 'after revoke');
      },
    },
    {
      name: 'creating an API token answers the token list with the new token last',
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
      name: 'a deactivated service account\'s token answers 401 until the account is activated again',
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
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'token-rename');
        const token = newestToken([], await createToken(t, identifier, 'old'), 'new token');
        const renamed = expectOk<Token>(await t.call('updateTokenNameServiceAccount', { params: { id: identifier, token: token.tokenID }, body: { tokenID: token.tokenID, tokenName: 'new' } }));
        expectSameTokens([renamed], [{ ...token, tokenName: 'new' }], 'renamed token');
        expectEqual(renamed.tokenName, 'new', 'tokenName after rename');
      },
    },
    {
      name: 'update changes the description and keeps the identifier; another identifier in the body answers 400',
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'update', { description: 'before' });
        const params = { id: identifier };
        const updated = expectOk<ServiceAccount & { description?: string }>(await t.call('updateServiceAccount', { params, body: { identifier, description: 'after' } }));
        expectEqual([updated.identifier, updated.description], [identifier, 'after'], 'after update');
        expectError(await t.call('updateServiceAccount', { params, body: { identifier: identifierFor(t, 'other') } }), 400);
      },
    },
    {
      name: 'delete answers the deleted account, then get answers 404 and the identifier is free again',
      writes: true,
      async run(t) {
        const { identifier } = await createAccount(t, 'delete');
        const params = { id: identifier };
        const deleted = expectOk<{ identifier: string }>(await t.call('deleteAccount', { params }));
        expectEqual(deleted.identifier, identifier, 'deleted identifier');
        expectError(await t.call('getServiceAccount', { params }), 404);
        expectOk(await t.call('createServiceAccount', { body: { identifier } }));
      },
    },
    {
      name: 'delete-multiple deletes the listed accounts and answers their identifiers',
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
      name: 'an unknown identifier answers 404 in the error envelope (get, update, activate, deactivate, delete, tokens)',
      async run(t) {
        const params = { id: UNKNOWN_ID };
        expectError(await t.call('getServiceAccount', { params }), 404);
        expectError(await t.call('updateServiceAccount', { params, body: { identifier: UNKNOWN_ID } }), 404);
        expectError(await t.call('activateAccount', { params }), 404);
        expectError(await t.call('deactivateAccount', { params }), 404);
        expectError(await t.call('deleteAccount', { params }), 404);
        expectError(await t.call('getTokensServiceAccount', { params }), 404);
      },
    },
    {
      name: 'a missing token answers 401 in the error envelope',
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('getAllServiceAccounts', { token: null }), 401);
      },
    },
    {
      name: 'reserved tokens reproduce auth errors in the envelope: invalid and expired 401, forbidden 403',
      samockOnly: 'the reserved tokens are samock conventions',
      async run(t) {
        expectError(await t.call('getAllServiceAccounts', { token: 'invalid' }), 401);
        expectError(await t.call('getAllServiceAccounts', { token: null, headers: { 'x-auth-token': 'expired' } }), 401);
        expectError(await t.call('getAllServiceAccounts', { token: 'forbidden' }), 403);
      },
    },
    {
      name: 'malformed JSON answers 400 and a non-JSON content type 415, both in the error envelope',
      sendsInvalidRequests: true,
      samockOnly: 'the vendor documents no status for malformed bodies',
      async run(t) {
        expectError(await t.call('createServiceAccount', { rawBody: '{"identifier": "sa::x",' }), 400);
        expectError(await t.call('createServiceAccount', { rawBody: 'identifier=sa::x', contentType: 'application/x-www-form-urlencoded' }), 415);
      },
    },
  ],
});
