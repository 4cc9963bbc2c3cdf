/**
 * The TrueFoundry virtual-account suite: what a black-box client can see,
 * runnable against samock or a real control plane (`samock verify --api truefoundry`).
 * Every response is also checked against specs/truefoundry.yaml by the runner.
 *
 * Checks that move time (expiry, grace periods) need samock's control plane, at
 * the origin of the base URL; against another server they are skipped with that
 * reason. They run in a session of their own (X-Samock-Session), so moving its
 * clock leaves every other client of the server alone.
 */
import { createHash, randomBytes } from 'node:crypto';
import { loadSpec } from '../src/core/load-spec.js';
import { specUrl } from '../src/paths.js';
import { defineContract, type CheckContext, type ContractResponse } from '../src/contracts/define-contract.js';
import { ContractFailure, describeBody, expectEqual, expectNoSecrets, expectStatus, expectTrue } from '../src/contracts/expect.js';

const DAY_MS = 86_400_000;
const UNKNOWN_ID = 'samockverifynosuchaccount';
const NAME_RULE = '^[a-z][a-z0-9-]{1,23}[a-z0-9]$';

interface Created {
  id: string;
  name: string;
  token: string;
  data: any;
}

/**
 * A run-unique name that fits the vendor's name rule (≤ 25 characters, lower case):
 * `sv-` + 6 characters derived from the runner's unique name + a short label.
 */
function vaName(t: CheckContext, label: string): string {
  const unique = createHash('sha256').update(t.uniqueName(label)).digest('hex').slice(0, 6);
  const short = label.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 14).replace(/-+$/, '');
  return `sv-${unique}-${short}`;
}

function manifest(name: string, extra: Record<string, unknown> = {}) {
  return { name, type: 'virtual-account', permissions: [], ...extra };
}

/** A `yyyy-mm-dd` date `days` from today (UTC, the caller's clock). */
function dateInDays(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

function expectError(response: ContractResponse, status: number, field?: string): void {
  expectStatus(response, status);
  expectEqual(response.body?.statusCode, status, `${response.request}: statusCode`);
  expectTrue(typeof response.body?.message === 'string' && response.body.message.length > 0, `${response.request}: message must be a non-empty string`, response.body);
  if (field !== undefined) {
    expectTrue(JSON.stringify(response.body).includes(field), `${response.request}: expected the error to name the field "${field}"`, response.body);
  }
}

/** Fails, without printing the token, when the answer carries a `token`. */
function expectNoToken(response: ContractResponse, what: string): void {
  if (response.body && typeof response.body === 'object' && 'token' in response.body) {
    throw new ContractFailure(`${response.request}: ${what}: expected no "token", got one: ${describeBody(response.body)}`, 'absent', 'present');
  }
}

/** Creates (PUT with a new name), checks the answer carries data and a token, and deletes it afterwards. */
async function createAccount(t: CheckContext, label: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>): Promise<Created> {
  const name = vaName(t, label);
  const response = await t.call('createOrUpdateVirtualAccount', { body: { manifest: manifest(name, extra) }, headers });
  expectStatus(response, 200);
  const { data, token } = response.body as { data: any; token?: string };
  t.cleanup(() => t.call('deleteVirtualAccount', { params: { id: data.id }, headers }));
  expectTrue(typeof token === 'string' && token.length > 0, `${response.request}: a create must answer a non-empty token`, response.body);
  return { id: data.id, name, token, data };
}

async function listByName(t: CheckContext, name: string, headers?: Record<string, string>, extra: Record<string, string> = {}) {
  const response = await t.call('listVirtualAccounts', { query: { nameSearchQuery: name, ...extra }, headers });
  expectStatus(response, 200);
  return response;
}

/** A private session on the target with its own clock, for checks that move time. */
async function timeTravel(t: CheckContext) {
  if (!t.isSamock) t.skip("moving the clock needs samock's control plane");
  const control = `${new URL(t.baseUrl).origin}/__control`;
  const headers = { 'x-samock-session': `tf-verify-${randomBytes(4).toString('hex')}` };
  // Every control-plane write needs the JSON content type (the guard against web pages).
  t.cleanup(() => fetch(`${control}/sessions/${headers['x-samock-session']}`, { method: 'DELETE', headers: { ...headers, 'content-type': 'application/json' } }));
  return {
    headers,
    async advanceDays(days: number): Promise<void> {
      const response = await fetch(`${control}/clock/advance`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ ms: days * DAY_MS }),
      });
      if (!response.ok) throw new ContractFailure(`POST ${control}/clock/advance: expected status 200, got ${response.status}`, 200, response.status);
    },
  };
}

export const contract = defineContract({
  api: 'truefoundry',
  spec: loadSpec(specUrl('truefoundry')),
  checks: [
    {
      name: 'create: PUT with a new name answers 200 with the account and its token',
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'create', { expiration_date: dateInDays(30) });
        expectEqual(
          { name: created.data.name, manifestName: created.data.manifest?.name, isExpired: created.data.isExpired ?? false },
          { name: created.name, manifestName: created.name, isExpired: false },
          'create answer data',
        );
        if (t.isSamock) expectTrue(/^[a-z0-9]{24}$/.test(created.id), 'a samock id is 24 lower-case letters and digits', created.id);
      },
    },
    {
      name: 'update: PUT with an existing name keeps the id, applies the manifest and answers no token',
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'update');
        const permissions = [{ resource_fqn: 'samock:verify', resource_type: 'workspace', role_id: 'workspace-viewer' }];
        const updated = await t.call('createOrUpdateVirtualAccount', { body: { manifest: manifest(created.name, { permissions }) } });
        expectStatus(updated, 200);
        expectNoToken(updated, "an update's answer");
        expectEqual(updated.body.data.id, created.id, `${updated.request}: id after an update of the same name`);
        const got = await t.call('getVirtualAccount', { params: { id: created.id } });
        expectStatus(got, 200);
        expectEqual(got.body.data.manifest.permissions, permissions, `${got.request}: permissions after the update`);
        const listed = await listByName(t, created.name);
        expectEqual(listed.body.data.map((a: { id: string }) => a.id), [created.id], `${listed.request}: accounts with the name after the update`);
      },
    },
    {
      name: 'get and list never show the token',
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'no-token');
        const got = await t.call('getVirtualAccount', { params: { id: created.id } });
        expectStatus(got, 200);
        expectNoToken(got, 'get');
        expectNoSecrets(got, { token: created.token });
        const listed = await listByName(t, created.name);
        expectNoSecrets(listed, { token: created.token });
      },
    },
    {
      name: 'get token answers the current token',
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'get-token');
        const response = await t.call('getVirtualAccountToken', { params: { id: created.id } });
        expectStatus(response, 200);
        expectTrue(response.body.token === created.token, `${response.request}: expected the token the create answered, got another one`);
      },
    },
    {
      name: 'dry run persists nothing: a dry-run create is not stored and a dry-run update changes nothing',
      writes: true,
      async run(t) {
        const name = vaName(t, 'dry-create');
        const dry = await t.call('createOrUpdateVirtualAccount', { body: { manifest: manifest(name), dryRun: true } });
        expectStatus(dry, 200);
        // Delete whatever a drifted server stored, so a failure leaves nothing behind.
        t.cleanup(async () => {
          for (const account of (await listByName(t, name)).body.data ?? []) await t.call('deleteVirtualAccount', { params: { id: account.id } });
        });
        expectEqual(dry.body.data.name, name, `${dry.request}: dry-run create answer name`);
        if (t.isSamock) expectNoToken(dry, 'a dry-run create (samock issues no token for an account it did not create)');
        const afterCreate = await listByName(t, name);
        expectEqual(afterCreate.body.pagination.total, 0, `${afterCreate.request}: accounts listed after a dry-run create`);
        expectStatus(await t.call('getVirtualAccount', { params: { id: dry.body.data.id } }), 404);

        const created = await createAccount(t, 'dry-update');
        const permissions = [{ resource_fqn: 'samock:dry', resource_type: 'workspace', role_id: 'workspace-viewer' }];
        const dryUpdate = await t.call('createOrUpdateVirtualAccount', { body: { manifest: manifest(created.name, { permissions }), dryRun: true } });
        expectStatus(dryUpdate, 200);
        expectNoToken(dryUpdate, 'a dry-run update');
        expectEqual(dryUpdate.body.data.manifest.permissions, permissions, `${dryUpdate.request}: the dry-run answer shows the would-be manifest`);
        const got = await t.call('getVirtualAccount', { params: { id: created.id } });
        expectEqual(got.body.data.manifest.permissions, [], `${got.request}: permissions after a dry-run update`);
      },
    },
    {
      name: `a name that breaks ${NAME_RULE} answers 422 naming manifest.name`,
      sendsInvalidRequests: true,
      async run(t) {
        for (const name of ['Upper-case', '1starts-with-digit', 'ab', 'a'.repeat(26), 'ends-with-dash-', 'under_score']) {
          expectError(await t.call('createOrUpdateVirtualAccount', { body: { manifest: manifest(name), dryRun: true } }), 422, 'manifest.name');
        }
      },
    },
    {
      name: 'a type other than virtual-account answers 422 naming manifest.type',
      sendsInvalidRequests: true,
      async run(t) {
        const body = { manifest: { ...manifest(vaName(t, 'type')), type: 'service-account' }, dryRun: true };
        expectError(await t.call('createOrUpdateVirtualAccount', { body }), 422, 'manifest.type');
      },
    },
    {
      name: 'a manifest without permissions answers 422 naming manifest.permissions',
      sendsInvalidRequests: true,
      async run(t) {
        const body = { manifest: { name: vaName(t, 'no-perms'), type: 'virtual-account' }, dryRun: true };
        expectError(await t.call('createOrUpdateVirtualAccount', { body }), 422, 'manifest.permissions');
      },
    },
    {
      name: 'an expiration_date that is not yyyy-mm-dd or not after today answers 422 naming manifest.expiration_date',
      sendsInvalidRequests: true,
      async run(t) {
        for (const date of ['2030/12/31', '31-12-2030', '2030-02-30', dateInDays(-1), '2020-01-01']) {
          const body = { manifest: manifest(vaName(t, 'expiry'), { expiration_date: date }), dryRun: true };
          expectError(await t.call('createOrUpdateVirtualAccount', { body }), 422, 'manifest.expiration_date');
        }
      },
    },
    {
      name: 'malformed JSON answers 400 in the HttpError shape',
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('createOrUpdateVirtualAccount', { rawBody: '{"manifest": {"name": ' }), 400);
      },
    },
    {
      name: 'an account past its expiration_date is listed as expired and found by isExpired',
      writes: true,
      samockOnly: 'an account can only expire by moving the clock',
      async run(t) {
        const time = await timeTravel(t);
        const created = await createAccount(t, 'expires', { expiration_date: dateInDays(2) }, time.headers);
        const before = await listByName(t, created.name, time.headers, { isExpired: 'false' });
        expectEqual(before.body.data.map((a: { id: string }) => a.id), [created.id], `${before.request}: unexpired accounts before the date`);
        await time.advanceDays(3);
        const expired = await listByName(t, created.name, time.headers, { isExpired: 'true' });
        expectEqual(expired.body.data.map((a: { id: string; isExpired: boolean }) => [a.id, a.isExpired]), [[created.id, true]], `${expired.request}: expired accounts after the date`);
        const unexpired = await listByName(t, created.name, time.headers, { isExpired: 'false' });
        expectEqual(unexpired.body.pagination.total, 0, `${unexpired.request}: unexpired accounts after the date`);
      },
    },
    {
      name: 'regenerate: the new token works, the old one works until the grace period ends and then stops',
      writes: true,
      samockOnly: 'on a real server a new virtual account has no permission to call this API, so its token cannot be tried here; the grace period needs the clock',
      async run(t) {
        const time = await timeTravel(t);
        const created = await createAccount(t, 'regenerate', {}, time.headers);
        const regenerated = await t.call('regenerateVirtualAccountToken', { params: { id: created.id }, body: { gracePeriodInDays: 2 }, headers: time.headers });
        expectStatus(regenerated, 200);
        const fresh = regenerated.body.token as string;
        expectTrue(fresh !== created.token, `${regenerated.request}: expected a new token, got the old one`);
        const current = await t.call('getVirtualAccountToken', { params: { id: created.id }, headers: time.headers });
        expectTrue(current.body.token === fresh, `${current.request}: expected get token to answer the regenerated token`);
        const probe = (token: string) => t.call('listVirtualAccounts', { token, query: { limit: '1' }, headers: time.headers });
        expectStatus(await probe(fresh), 200);
        expectStatus(await probe(created.token), 200);
        await time.advanceDays(1);
        const withinGrace = await probe(created.token);
        expectEqual(withinGrace.status, 200, 'status with the old token 1 day into a 2-day grace period');
        await time.advanceDays(1.5);
        const afterGrace = await probe(created.token);
        expectEqual(afterGrace.status, 401, 'status with the old token after its 2-day grace period');
        expectStatus(await probe(fresh), 200);
      },
    },
    {
      name: 'regenerate with gracePeriodInDays 0 stops the old token at once',
      writes: true,
      samockOnly: 'on a real server a new virtual account has no permission to call this API, so its token cannot be tried here',
      async run(t) {
        const created = await createAccount(t, 'grace-zero');
        expectStatus(await t.call('regenerateVirtualAccountToken', { params: { id: created.id }, body: { gracePeriodInDays: 0 } }), 200);
        expectError(await t.call('listVirtualAccounts', { token: created.token }), 401);
      },
    },
    {
      name: 'a gracePeriodInDays outside 0..365 answers 422 naming gracePeriodInDays',
      sendsInvalidRequests: true,
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'grace-range');
        for (const body of [{ gracePeriodInDays: -1 }, { gracePeriodInDays: 366 }, {}]) {
          expectError(await t.call('regenerateVirtualAccountToken', { params: { id: created.id }, body }), 422, 'gracePeriodInDays');
        }
      },
    },
    {
      name: 'list pages with limit and offset and reports pagination {total, offset, limit}',
      writes: true,
      async run(t) {
        const stem = vaName(t, 'page');
        for (const suffix of ['a', 'b', 'c']) {
          const response = await t.call('createOrUpdateVirtualAccount', { body: { manifest: manifest(`${stem}${suffix}`) } });
          expectStatus(response, 200);
          t.cleanup(() => t.call('deleteVirtualAccount', { params: { id: response.body.data.id } }));
        }
        const first = await listByName(t, stem, undefined, { limit: '2', offset: '0' });
        expectEqual([first.body.data.length, first.body.pagination], [2, { total: 3, offset: 0, limit: 2 }], `${first.request}: page size and pagination`);
        const second = await listByName(t, stem, undefined, { limit: '2', offset: '2' });
        expectEqual([second.body.data.length, second.body.pagination], [1, { total: 3, offset: 2, limit: 2 }], `${second.request}: page size and pagination`);
        const names = [...first.body.data, ...second.body.data].map((a: { name: string }) => a.name).sort();
        expectEqual(names, [`${stem}a`, `${stem}b`, `${stem}c`], 'names across both pages');
      },
    },
    {
      name: 'nameSearchQuery matches part of a name',
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'search');
        const middle = created.name.slice(3, -2);
        const listed = await listByName(t, middle);
        expectTrue(listed.body.data.some((a: { id: string }) => a.id === created.id), `${listed.request}: expected ${created.name} among the matches of "${middle}"`, listed.body.pagination);
      },
    },
    {
      name: 'a limit outside 1..1000 answers 422',
      sendsInvalidRequests: true,
      async run(t) {
        for (const limit of ['0', '1001']) expectError(await t.call('listVirtualAccounts', { query: { limit } }), 422, 'limit');
      },
    },
    {
      name: 'an unknown id answers 404 {statusCode: 404, message} on get, delete, get token and regenerate',
      async run(t) {
        const params = { id: UNKNOWN_ID };
        expectError(await t.call('getVirtualAccount', { params }), 404);
        expectError(await t.call('deleteVirtualAccount', { params }), 404);
        expectError(await t.call('getVirtualAccountToken', { params }), 404);
        expectError(await t.call('regenerateVirtualAccountToken', { params, body: { gracePeriodInDays: 0 } }), 404);
      },
    },
    {
      name: 'delete answers 200 {} and the account is gone',
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'delete');
        const deleted = await t.call('deleteVirtualAccount', { params: { id: created.id } });
        expectStatus(deleted, 200);
        expectEqual(deleted.body, {}, `${deleted.request}: body`);
        expectError(await t.call('getVirtualAccount', { params: { id: created.id } }), 404);
        expectEqual((await listByName(t, created.name)).body.pagination.total, 0, 'accounts listed after delete');
        // On samock every token is accepted unless it is known to be revoked: the deleted account's must be.
        if (t.isSamock) expectError(await t.call('listVirtualAccounts', { token: created.token }), 401);
      },
    },
    {
      name: 'a missing or non-Bearer Authorization header answers 401 in the HttpError shape',
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('listVirtualAccounts', { token: null }), 401);
        expectError(await t.call('listVirtualAccounts', { token: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 401);
      },
    },
    {
      name: 'reserved tokens: invalid and expired answer 401, forbidden answers 403',
      samockOnly: 'the reserved tokens are samock conventions',
      async run(t) {
        expectError(await t.call('listVirtualAccounts', { token: 'invalid' }), 401);
        expectError(await t.call('listVirtualAccounts', { token: 'expired' }), 401);
        expectError(await t.call('getVirtualAccount', { token: 'forbidden', params: { id: UNKNOWN_ID } }), 403);
      },
    },
    {
      name: 'a non-JSON content type answers 415 in the HttpError shape',
      sendsInvalidRequests: true,
      samockOnly: 'the vendor documents no status for a wrong content type',
      async run(t) {
        expectError(await t.call('createOrUpdateVirtualAccount', { rawBody: 'manifest=x', contentType: 'application/x-www-form-urlencoded' }), 415);
      },
    },
    {
      name: 'a body over 1 MiB answers 413 in the HttpError shape',
      samockOnly: 'the vendor documents no size limit',
      async run(t) {
        const big = JSON.stringify({ manifest: manifest('big-body', { padding: 'x'.repeat(1024 * 1024 + 10) }), dryRun: true });
        expectError(await t.call('createOrUpdateVirtualAccount', { rawBody: big }), 413);
      },
    },
  ],
});
