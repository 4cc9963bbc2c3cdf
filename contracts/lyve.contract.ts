/**
 * The Lyve Cloud behaviour suite: what a black-box client can see, runnable
 * against samock or a real Lyve server (`samock verify --api lyve`).
 * Every response is also checked against specs/lyve.yaml by the runner.
 */
import { type CheckContext, type ContractResponse, defineContract, expectEqual, expectNoSecrets, expectStatus, expectTrue } from 'samock/contracts';
import { lyve, SAMOCK_ACCOUNT_CREDENTIALS } from '../mocks/lyve/index.js';

/** The permission samock starts with (README: "Lyve"). Against a real server pass one with LYVE_PERMISSION_ID. */
const permissionId = () => process.env.LYVE_PERMISSION_ID ?? 'default-permission';

function expectError(response: ContractResponse, status: number, code: string): void {
  expectStatus(response, status);
  expectEqual(response.body?.code, code, `${response.request}: error code`);
  expectTrue(
    typeof response.body?.message === 'string' && response.body.message.length > 0,
    `${response.request}: error message must be a non-empty string`,
    response.body,
  );
}

/** Creates an account (name from `label` unless given) and registers its deletion once it is ready. */
async function createAccount(
  t: CheckContext,
  label: string,
  { name = t.uniqueName(label), trailingSlash, ...extra }: { name?: string; description?: string; permissions?: string[]; trailingSlash?: boolean } = {},
) {
  const response = await t.call('createServiceAccount', { trailingSlash, body: { name, permissions: [permissionId()], ...extra } });
  expectStatus(response, 200);
  const created = response.body as { id: string; accessKey: string; secret: string; expirationDate: string };
  t.cleanup(async () => {
    await waitUntilReady(t, created.id);
    await t.call('deleteServiceAccount', { params: { serviceAccountId: created.id } });
  });
  return { name, ...created };
}

async function waitUntilReady(t: CheckContext, id: string): Promise<void> {
  await t.waitFor(`service account ${id} to become ready`, async () => {
    const response = await t.call('getServiceAccount', { params: { serviceAccountId: id } });
    if (response.status === 404) return true;
    expectStatus(response, 200);
    return response.body.readyState === true ? true : undefined;
  });
}

const UNKNOWN_ID = 'samock-verify-no-such-account';

/**
 * A create the check expects refused. A server that accepts it anyway (the drift the check is
 * there to find) has created something, even in a read-only run: delete it afterwards.
 */
async function refusedCreate(
  t: CheckContext,
  operationId: 'createServiceAccount' | 'createPermission',
  options: Parameters<CheckContext['call']>[1],
): Promise<ContractResponse> {
  const response = await t.call(operationId, options);
  const id = response.status === 200 && typeof response.body?.id === 'string' ? (response.body.id as string) : undefined;
  if (id) {
    t.cleanup(async () => {
      const get = operationId === 'createServiceAccount' ? 'getServiceAccount' : 'getPermission';
      const params: Record<string, string> = operationId === 'createServiceAccount' ? { serviceAccountId: id } : { permissionId: id };
      await t.waitFor(`${id} to become ready`, async () => ((await t.call(get, { params })).body?.readyState === false ? undefined : true));
      await t.call(operationId === 'createServiceAccount' ? 'deleteServiceAccount' : 'deletePermission', { params });
    });
  }
  return response;
}

export const contract = defineContract({
  api: 'lyve',
  spec: lyve.spec,
  checks: [
    {
      name: 'create answers 200 with exactly id, accessKey, secret and expirationDate',
      provenance: { documented: 'seed 002 (create service account), status table: 200 with {id, accessKey, secret, expirationDate}' },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'create');
        expectEqual(
          Object.keys(created)
            .filter((k) => k !== 'name')
            .sort(),
          ['accessKey', 'expirationDate', 'id', 'secret'],
          'create response fields',
        );
        expectTrue(created.secret.length > 0 && created.accessKey.length > 0, 'create must answer a non-empty accessKey and secret', created);
      },
    },
    {
      name: 'the secret and access key are never returned again (get, list, update)',
      provenance: { documented: 'seed 002: "you cannot recover key details afterwards"; apis.md lyve get/list shapes carry no secret' },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'secret-once', { description: 'secret once' });
        const secrets = { secret: created.secret, accessKey: created.accessKey };
        const got = await t.call('getServiceAccount', { params: { serviceAccountId: created.id } });
        expectStatus(got, 200);
        expectNoSecrets(got, secrets);
        const listed = await t.call('listServiceAccounts');
        expectStatus(listed, 200);
        expectNoSecrets(listed, secrets);
        const filtered = await t.call('listServiceAccounts', { query: { name: created.name } });
        expectNoSecrets(filtered, secrets);
        await waitUntilReady(t, created.id);
        const updated = await t.call('updateServiceAccount', {
          params: { serviceAccountId: created.id },
          body: { name: created.name, description: 'changed', permissions: [permissionId()] },
        });
        expectStatus(updated, 200);
        expectNoSecrets(updated, secrets);
      },
    },
    {
      name: 'a duplicate name answers 409 ServiceAccountNameAlreadyExists',
      provenance: { documented: 'seed 002, status table: 409 "The service account name already exists"; apis.md lyve errors' },
      writes: true,
      async run(t) {
        const first = await createAccount(t, 'duplicate');
        const again = await t.call('createServiceAccount', { body: { name: first.name, permissions: [permissionId()] } });
        expectError(again, 409, 'ServiceAccountNameAlreadyExists');
      },
    },
    {
      name: 'an invalid name, a name over 128 characters, and missing or empty permissions answer 400 InvalidArgument',
      provenance: { documented: 'seed 002, parameter table (name: alphanumeric, -, _ or space, max 128; permissions required) and status table: 400' },
      sendsInvalidRequests: true,
      async run(t) {
        const cases: [string, unknown][] = [
          ['name with a slash', { name: 'bad/name', permissions: [permissionId()] }],
          ['name with a dot', { name: 'bad.name', permissions: [permissionId()] }],
          ['name of 129 characters', { name: 'a'.repeat(129), permissions: [permissionId()] }],
          ['empty name', { name: '', permissions: [permissionId()] }],
          ['missing name', { permissions: [permissionId()] }],
          ['missing permissions', { name: t.uniqueName('no-perms') }],
          ['empty permissions', { name: t.uniqueName('empty-perms'), permissions: [] }],
          ['permissions not an array', { name: t.uniqueName('wrong-type'), permissions: permissionId() }],
        ];
        for (const [label, body] of cases) {
          const response = await refusedCreate(t, 'createServiceAccount', { body });
          expectError({ ...response, request: `${response.request} (${label})` }, 400, 'InvalidArgument');
        }
      },
    },
    {
      name: 'a name of exactly 128 allowed characters (letters, digits, space, - and _) is accepted',
      provenance: { documented: 'seed 002, parameter table: "Maximum length is 128 characters"' },
      writes: true,
      async run(t) {
        const name = t.uniqueName('ok').replace(/[^A-Za-z0-9 _-]/g, '_');
        await createAccount(t, 'ok', { name: `${name} _-`.padEnd(128, 'x') });
      },
    },
    {
      name: 'an unknown permission id answers 404 PermissionNotFound',
      provenance: { inferred: 'apis.md lists PermissionNotFound (404); that create answers it for an unknown permission id is inferred from its message' },
      writes: true,
      async run(t) {
        const response = await t.call('createServiceAccount', { body: { name: t.uniqueName('bad-perm'), permissions: ['samock-verify-no-such-permission'] } });
        expectError(response, 404, 'PermissionNotFound');
      },
    },
    {
      name: 'an unknown service account id answers 404 ServiceAccountNotFound on get, update, enable, disable and delete',
      provenance: { documented: 'apis.md lyve errors: 404 ServiceAccountNotFound, "Service account was not found."' },
      async run(t) {
        const params = { serviceAccountId: UNKNOWN_ID };
        const got = await t.call('getServiceAccount', { params });
        expectError(got, 404, 'ServiceAccountNotFound');
        expectEqual(got.body.message, 'Service account was not found.', `${got.request}: message`);
        expectError(await t.call('enableServiceAccount', { params }), 404, 'ServiceAccountNotFound');
        expectError(await t.call('disableServiceAccount', { params }), 404, 'ServiceAccountNotFound');
        expectError(await t.call('deleteServiceAccount', { params }), 404, 'ServiceAccountNotFound');
        const update = await t.call('updateServiceAccount', { params, body: { name: 'nobody', permissions: [permissionId()] } });
        expectError(update, 404, 'ServiceAccountNotFound');
      },
    },
    {
      name: 'a new account is not ready at first, refuses update/enable/disable/delete with 409 ServiceAccountNotReady, then becomes ready',
      provenance: {
        documented:
          'seed 002, status 200 note (readyState becomes true later, retry until readyState=True); apis.md: 409 ServiceAccountNotReady while not ready',
      },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'ready');
        const params = { serviceAccountId: created.id };
        const first = await t.call('getServiceAccount', { params });
        expectStatus(first, 200);
        if (first.body.readyState === false) {
          expectError(
            await t.call('updateServiceAccount', { params, body: { name: created.name, permissions: [permissionId()] } }),
            409,
            'ServiceAccountNotReady',
          );
          expectError(await t.call('enableServiceAccount', { params }), 409, 'ServiceAccountNotReady');
          expectError(await t.call('disableServiceAccount', { params }), 409, 'ServiceAccountNotReady');
          expectError(await t.call('deleteServiceAccount', { params }), 409, 'ServiceAccountNotReady');
        } else if (t.isSamock) {
          expectEqual(first.body.readyState, false, `${first.request}: readyState right after create`);
        }
        await waitUntilReady(t, created.id);
        const listed = await t.call('listServiceAccounts', { query: { name: created.name } });
        expectEqual(listed.body?.[0]?.readyState, true, `${listed.request}: readyState once ready`);
        if (first.body.readyState !== false) t.skip('the account was ready on the first read: the not-ready window was not observable');
      },
    },
    {
      name: 'enable and disable answer 200 with no body and flip enabled',
      provenance: { documented: 'apis.md lyve: PUT / DELETE /service-accounts/{id}/enabled answer 200, no body' },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'enabled');
        const params = { serviceAccountId: created.id };
        await waitUntilReady(t, created.id);
        expectEqual((await t.call('getServiceAccount', { params })).body.enabled, true, 'enabled after create');
        const disabled = await t.call('disableServiceAccount', { params });
        expectStatus(disabled, 200);
        expectEqual(disabled.body, undefined, `${disabled.request}: body`);
        expectEqual((await t.call('getServiceAccount', { params })).body.enabled, false, 'enabled after disable');
        expectStatus(await t.call('enableServiceAccount', { params }), 200);
        expectEqual((await t.call('getServiceAccount', { params })).body.enabled, true, 'enabled after enable');
      },
    },
    {
      name: 'get answers the account with its name, description, permissions and no secret',
      provenance: { documented: 'apis.md lyve get: {id, name, description, enabled, readyState, permissions[]}, never the secret' },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'get', { description: 'described' });
        const got = await t.call('getServiceAccount', { params: { serviceAccountId: created.id } });
        expectStatus(got, 200);
        expectEqual(
          { id: got.body.id, name: got.body.name, description: got.body.description, permissions: got.body.permissions },
          { id: created.id, name: created.name, description: 'described', permissions: [permissionId()] },
          `${got.request}: account fields`,
        );
      },
    },
    {
      name: 'list filters by exact name, not by prefix',
      provenance: { documented: 'apis.md lyve list: ?name= exact-name filter' },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'filter');
        const exact = await t.call('listServiceAccounts', { query: { name: created.name } });
        expectStatus(exact, 200);
        expectEqual(
          exact.body.map((a: { id: string }) => a.id),
          [created.id],
          `${exact.request}: ids`,
        );
        const prefix = await t.call('listServiceAccounts', { query: { name: created.name.slice(0, -1) } });
        expectEqual(prefix.body.length, 0, `${prefix.request}: matches for a prefix of the name`);
        const all = await t.call('listServiceAccounts');
        expectTrue(
          all.body.some((a: { id: string }) => a.id === created.id),
          `${all.request}: the unfiltered list must contain the new account`,
        );
      },
    },
    {
      name: 'a trailing slash is accepted (the vendor samples send one)',
      provenance: { documented: 'seed 002 code samples call https://api.lyvecloud.seagate.com/v2/service-accounts/ (trailing slash)' },
      sendsInvalidRequests: true,
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'slash', { trailingSlash: true });
        expectStatus(await t.call('listServiceAccounts', { trailingSlash: true }), 200);
        expectStatus(await t.call('getServiceAccount', { trailingSlash: true, params: { serviceAccountId: created.id } }), 200);
      },
    },
    {
      name: 'update changes name and description and keeps the id',
      provenance: { documented: 'apis.md lyve update: PUT /service-accounts/{id} answers 200, no new secret' },
      writes: true,
      async run(t) {
        const a = await createAccount(t, 'update');
        await waitUntilReady(t, a.id);
        const renamed = t.uniqueName('update-renamed');
        const params = { serviceAccountId: a.id };
        expectStatus(await t.call('updateServiceAccount', { params, body: { name: renamed, description: 'new', permissions: [permissionId()] } }), 200);
        const got = await t.call('getServiceAccount', { params });
        expectEqual(
          { id: got.body.id, name: got.body.name, description: got.body.description },
          { id: a.id, name: renamed, description: 'new' },
          `${got.request}: after update`,
        );
      },
    },
    {
      name: 'a rename to a name another account holds answers 409, and a name given up is free again',
      provenance: {
        inferred:
          'apis.md documents name uniqueness on create (409 ServiceAccountNameAlreadyExists); that update enforces it too, and frees the old name, is inferred',
      },
      writes: true,
      async run(t) {
        const a = await createAccount(t, 'rename-a');
        const b = await createAccount(t, 'rename-b');
        await waitUntilReady(t, a.id);
        const params = { serviceAccountId: a.id };
        expectError(
          await t.call('updateServiceAccount', { params, body: { name: b.name, permissions: [permissionId()] } }),
          409,
          'ServiceAccountNameAlreadyExists',
        );
        expectStatus(await t.call('updateServiceAccount', { params, body: { name: t.uniqueName('rename-moved'), permissions: [permissionId()] } }), 200);
        await createAccount(t, 'rename-a-again', { name: a.name });
      },
    },
    {
      name: 'delete answers 200, then the account is gone (get 404, not listed)',
      provenance: { documented: 'apis.md lyve delete: 200 (text confirmation); unknown id 404 ServiceAccountNotFound' },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'delete');
        await waitUntilReady(t, created.id);
        const params = { serviceAccountId: created.id };
        expectStatus(await t.call('deleteServiceAccount', { params }), 200);
        expectError(await t.call('getServiceAccount', { params }), 404, 'ServiceAccountNotFound');
        const listed = await t.call('listServiceAccounts', { query: { name: created.name } });
        expectEqual(listed.body, [], `${listed.request}: after delete`);
      },
    },
    {
      name: 'a missing or non-Bearer Authorization header answers 400 InvalidToken (not 401)',
      provenance: {
        inferred:
          'the vendor answers a bad token with 400 InvalidToken (decision 0001); that a missing or non-Bearer header is treated the same is ' +
          'inferred: nothing else is documented',
      },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('listServiceAccounts', { token: null }), 400, 'InvalidToken');
        expectError(await t.call('listServiceAccounts', { token: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 400, 'InvalidToken');
      },
    },
    {
      name: 'reserved tokens reproduce auth errors: invalid → 400 InvalidToken, expired → 400 ExpiredToken, forbidden → 403 NoServiceAvailable',
      provenance: {
        documented:
          'apis.md lyve errors: 400 InvalidToken / ExpiredToken (not 401), 403 NoServiceAvailable; the reserved tokens themselves are samock conventions',
      },
      samockOnly: 'the reserved tokens are samock conventions',
      async run(t) {
        expectError(await t.call('listServiceAccounts', { token: 'invalid' }), 400, 'InvalidToken');
        expectError(await t.call('listServiceAccounts', { token: 'expired' }), 400, 'ExpiredToken');
        expectError(await t.call('getServiceAccount', { token: 'forbidden', params: { serviceAccountId: UNKNOWN_ID } }), 403, 'NoServiceAvailable');
      },
    },
    {
      name: 'POST /auth/token issues a token that is then accepted',
      provenance: { documented: 'apis.md lyve: POST /auth/token {accountId, accessKey, secret} → 200 {token, expirationSec}, sent as Authorization: Bearer' },
      samockOnly: 'a real server needs real account credentials',
      async run(t) {
        const issued = await t.call('createToken', { token: null, body: SAMOCK_ACCOUNT_CREDENTIALS });
        expectStatus(issued, 200);
        expectTrue(typeof issued.body.token === 'string' && issued.body.expirationSec > 0, `${issued.request}: token and expirationSec`, issued.body);
        expectStatus(await t.call('listServiceAccounts', { token: issued.body.token }), 200);
      },
    },
    {
      name: 'the default permission exists and is ready',
      provenance: { inferred: 'samock seed data (README "Lyve"): the vendor requires a permission before an account can be created' },
      samockOnly: 'the seed permission is samock data',
      async run(t) {
        const listed = await t.call('listPermissions', { query: { name: 'default-all-buckets' } });
        expectStatus(listed, 200);
        expectEqual(
          listed.body.map((p: { id: string; readyState: boolean }) => [p.id, p.readyState]),
          [[permissionId(), true]],
          `${listed.request}: default permission`,
        );
        expectStatus(await t.call('getPermission', { params: { permissionId: permissionId() } }), 200);
      },
    },
    {
      name: 'permissions: create answers 200 {id}, get and list show it, an unknown id 404',
      provenance: {
        documented:
          'apis.md lyve permissions: POST → 200 with id, GET /permissions(?name=), GET/PUT/DELETE /permissions/{id}, unknown id 404 PermissionNotFound',
      },
      writes: true,
      async run(t) {
        const name = t.uniqueName('perm');
        const created = await t.call('createPermission', { body: { name, type: 'bucket-prefix', actions: 'read-only', prefix: 'samock' } });
        expectStatus(created, 200);
        const id = created.body.id as string;
        t.cleanup(async () => {
          await t.waitFor('permission to become ready', async () =>
            (await t.call('getPermission', { params: { permissionId: id } })).body?.readyState === false ? undefined : true,
          );
          await t.call('deletePermission', { params: { permissionId: id } });
        });
        const got = await t.call('getPermission', { params: { permissionId: id } });
        expectStatus(got, 200);
        expectEqual(
          { name: got.body.name, type: got.body.type, actions: got.body.actions, prefix: got.body.prefix },
          { name, type: 'bucket-prefix', actions: 'read-only', prefix: 'samock' },
          `${got.request}: permission fields`,
        );
        const listed = await t.call('listPermissions', { query: { name } });
        expectEqual(
          listed.body.map((p: { id: string }) => p.id),
          [id],
          `${listed.request}: ids`,
        );
        expectError(await t.call('getPermission', { params: { permissionId: 'samock-verify-no-such-permission' } }), 404, 'PermissionNotFound');
      },
    },
    {
      name: 'a permission name already in use answers 409 PermissionNameAlreadyExists',
      provenance: {
        inferred: 'apis.md lists 409 PermissionNameAlreadyExists without saying when; that it answers a duplicate permission name is inferred from its name',
      },
      writes: true,
      async run(t) {
        const name = t.uniqueName('perm-dup');
        const created = await t.call('createPermission', { body: { name, type: 'all-buckets', actions: 'all-operations' } });
        expectStatus(created, 200);
        const id = created.body.id as string;
        t.cleanup(async () => {
          await t.waitFor('permission to become ready', async () =>
            (await t.call('getPermission', { params: { permissionId: id } })).body?.readyState === false ? undefined : true,
          );
          await t.call('deletePermission', { params: { permissionId: id } });
        });
        expectError(await t.call('createPermission', { body: { name, type: 'all-buckets', actions: 'all-operations' } }), 409, 'PermissionNameAlreadyExists');
      },
    },
    {
      name: 'a bucket-prefix permission without a prefix answers 400 InvalidArgument',
      provenance: { inferred: 'a bucket-prefix permission is meaningless without its prefix; the vendor documents 400 InvalidArgument for a bad body' },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(
          await refusedCreate(t, 'createPermission', { body: { name: t.uniqueName('no-prefix'), type: 'bucket-prefix', actions: 'read-only' } }),
          400,
          'InvalidArgument',
        );
      },
    },
    {
      name: 'malformed JSON answers 400 InvalidArgument, never a 500',
      provenance: { documented: 'apis.md lyve errors: 400 InvalidArgument (bad body)' },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('createServiceAccount', { rawBody: '{"name": "x", "permissions": [' }), 400, 'InvalidArgument');
      },
    },
    {
      name: 'a non-JSON content type answers 415 in the vendor shape',
      provenance: { inferred: "the vendor documents no status for a wrong content type; 415 is HTTP's" },
      sendsInvalidRequests: true,
      samockOnly: 'the vendor documents no status for a wrong content type',
      async run(t) {
        expectError(await t.call('createServiceAccount', { rawBody: 'name=x', contentType: 'application/x-www-form-urlencoded' }), 415, 'InvalidArgument');
      },
    },
    {
      name: 'a body over 1 MiB answers 413 in the vendor shape',
      provenance: { inferred: 'the vendor documents no size limit; samock refuses bodies over 1 MiB (--max-body-bytes)' },
      samockOnly: 'the vendor documents no size limit',
      async run(t) {
        const big = JSON.stringify({ name: 'big', description: 'x'.repeat(1024 * 1024 + 10), permissions: [permissionId()] });
        expectError(await t.call('createServiceAccount', { rawBody: big }), 413, 'InvalidArgument');
      },
    },
    {
      name: "PUT /service-accounts (the samples' create) answers 405 with Allow: GET, POST",
      provenance: { inferred: "the samples' PUT is a documentation discrepancy (decision 0002); how the server answers it is undocumented" },
      sendsInvalidRequests: true,
      samockOnly: 'how the vendor answers its own samples is undocumented',
      async run(t) {
        const response = await t.call('createServiceAccount', { method: 'PUT', trailingSlash: true, body: { name: 'x', permissions: [permissionId()] } });
        expectStatus(response, 405);
        expectEqual(response.headers.allow, 'GET, POST', `${response.request}: Allow header`);
      },
    },
    {
      name: "an unknown path under /v2 answers 404 in the vendor's error shape",
      provenance: {
        inferred: 'the vendor documents its error shape for every error; that its server answers an unknown path with it (not a gateway page) is assumed',
      },
      sendsInvalidRequests: true,
      async run(t) {
        const response = await t.request('/samock-verify-no-such-path');
        expectStatus(response, 404);
        expectTrue(
          typeof response.body?.code === 'string' && typeof response.body.message === 'string',
          `${response.request} → 404 (${response.headers['content-type'] ?? 'no content type'}): expected a {code, message} body`,
          response.body ?? '(empty)',
        );
      },
    },
    {
      name: 'wrong credentials on POST /auth/token answer 403 AuthenticationFailed',
      provenance: {
        inferred:
          'neither seed 002 nor apis.md names the answer to wrong credentials; 403 AuthenticationFailed ("Authentication failed.") is taken from ' +
          "Lyve's public error-code table as samock recalls it, unverified here",
      },
      async run(t) {
        // `invalid` is samock's reserved wrong secret; for a real server these credentials are simply wrong.
        const refused = await t.call('createToken', {
          token: null,
          body: { accountId: 'samock-verify-nobody', accessKey: 'SAMOCKVERIFYNOBODY00', secret: 'invalid' },
        });
        expectError(refused, 403, 'AuthenticationFailed');
      },
    },
    {
      name: 'a bearer token the server never issued answers 400 InvalidToken',
      provenance: { documented: 'apis.md lyve errors and decision 0001: a bad token answers 400 InvalidToken ("Token is not valid.")' },
      async run(t) {
        await t.requireStrictAuth();
        expectError(await t.call('listServiceAccounts', { token: 'samock-verify-never-issued-token' }), 400, 'InvalidToken');
      },
    },
    {
      name: 'an account past its expirationDate answers 404 ServiceAccountExpired to enable and disable',
      provenance: {
        documented:
          'apis.md lyve errors: 404 ServiceAccountExpired; its message ("…Couldn\'t enable (disable) the expired service.") is recalled from the ' +
          'public error-code table, unverified here, so the check asserts the code only',
      },
      writes: true,
      async run(t) {
        const session = await t.privateSession();
        const response = await t.call('createServiceAccount', {
          headers: session.headers,
          body: { name: t.uniqueName('expires'), permissions: [permissionId()] },
        });
        expectStatus(response, 200);
        const params = { serviceAccountId: response.body.id as string };
        await session.advance(Date.parse(`${response.body.expirationDate}T00:00:00Z`) - Date.now() + 86_400_000);
        expectError(await t.call('enableServiceAccount', { headers: session.headers, params }), 404, 'ServiceAccountExpired');
        expectError(await t.call('disableServiceAccount', { headers: session.headers, params }), 404, 'ServiceAccountExpired');
      },
    },
    {
      name: 'an expired account can still be read and deleted, and its name is free again',
      provenance: {
        inferred:
          'the vendor documents ServiceAccountExpired for enable and disable only; the other operations are assumed to treat an expired account like any other',
      },
      writes: true,
      async run(t) {
        const session = await t.privateSession();
        const name = t.uniqueName('expired-name');
        const response = await t.call('createServiceAccount', { headers: session.headers, body: { name, permissions: [permissionId()] } });
        expectStatus(response, 200);
        const params = { serviceAccountId: response.body.id as string };
        await session.advance(Date.parse(`${response.body.expirationDate}T00:00:00Z`) - Date.now() + 86_400_000);
        expectStatus(await t.call('getServiceAccount', { headers: session.headers, params }), 200);
        expectStatus(await t.call('deleteServiceAccount', { headers: session.headers, params }), 200);
        expectStatus(await t.call('createServiceAccount', { headers: session.headers, body: { name, permissions: [permissionId()] } }), 200);
      },
    },
  ],
});
