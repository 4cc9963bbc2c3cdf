/**
 * The LakeSail behaviour suite: what a black-box client can see, runnable against
 * samock or a real LakeSail server (`samock verify --api lakesail`). Every response
 * to a documented method is also checked against specs/lakesail.yaml by the runner.
 */
import { type CheckContext, type ContractResponse, defineContract, expectEqual, expectNoSecrets, expectStatus, expectTrue } from 'samock/contracts';
import { lakesail } from '../mocks/lakesail/index.js';

/** A ResourceId no server hands out: valid in form, so the answer is 404 and not 400. */
const UNKNOWN_ID = 'SAMOCKNOSUCHACCOUNT0';
const RESOURCE_ID = /^[A-Z0-9]{1,20}$/;
const ACCOUNT_FIELDS = ['createdAt', 'description', 'id', 'updatedAt', 'username'];

interface Account {
  id: string;
  username: string;
  description: string;
  createdAt: string;
  updatedAt: string;
}

function expectError(response: ContractResponse, status: number): void {
  expectStatus(response, status);
  expectTrue(
    typeof response.body?.message === 'string' && response.body.message.length > 0,
    `${response.request}: the error body must be {message} with a non-empty message`,
    response.body,
  );
}

/** The vendor's wording is undocumented: only samock promises a message that names the field. */
function expectNamed(t: CheckContext, response: ContractResponse, field: string): void {
  if (!t.isSamock) return;
  expectTrue(String(response.body?.message).includes(`"${field}"`), `${response.request}: the 400 message must name the field "${field}"`, response.body);
}

/** Creates an account (username from `label` unless given) and registers its deletion. */
async function createAccount(t: CheckContext, label: string, username = t.uniqueName(label)): Promise<Account> {
  const response = await t.call('createServiceAccount', { body: { username, description: `samock contract: ${label}` } });
  expectStatus(response, 201);
  const account = response.body as Account;
  t.cleanup(() => t.call('deleteServiceAccount', { params: { sa: account.id } }));
  return account;
}

async function createKey(t: CheckContext, sa: string, body: { expiresAt?: string } = {}) {
  const response = await t.call('createServiceAccountKey', { params: { sa }, body });
  expectStatus(response, 201);
  return response;
}

/** A page of the list; `marker` undefined asks for the first page. */
async function listPage(t: CheckContext, limit: number, marker?: string) {
  const response = await t.call('listServiceAccounts', { query: { limit: String(limit), ...(marker !== undefined && { marker }) } });
  expectStatus(response, 200);
  expectTrue(response.body.items.length <= limit, `${response.request}: a page must hold at most limit=${limit} items`, response.body.items.length);
  return response.body as { items: Account[]; marker?: string };
}

/** Every page from the first to the one without a marker; `between` runs after each page. */
async function walk(t: CheckContext, limit: number, between: (seen: string[], pageIndex: number) => Promise<void> = async () => {}): Promise<string[]> {
  const seen: string[] = [];
  let marker: string | undefined;
  for (let pageIndex = 0; ; pageIndex++) {
    expectTrue(pageIndex < 10_000, 'the walk must end: a page without a marker never came');
    const page = await listPage(t, limit, marker);
    seen.push(...page.items.map((item) => item.id));
    if (page.marker === undefined) return seen;
    expectTrue(page.items.length > 0, 'a page with a marker must hold items (else the walk cannot progress)', page);
    marker = page.marker;
    await between(seen, pageIndex);
  }
}

const duplicatesIn = (ids: string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

export const contract = defineContract({
  api: 'lakesail',
  spec: lakesail.spec,
  checks: [
    {
      name: 'create answers 201 with exactly id, username, description, createdAt and updatedAt',
      provenance: {
        documented:
          'seed 000 (CreateServiceAccount page), Responses: "201 Response" with ServiceAccount {id, username, description, createdAt, updatedAt}, ' +
          'all required, createdAt and updatedAt "Format date-time"',
      },
      writes: true,
      async run(t) {
        const username = t.uniqueName('create');
        // The method is named so the status is compared before the body: for an
        // undocumented 2xx the spec's `default` (error) response would judge the body
        // first, and the failure would not say "expected 201".
        const response = await t.call('createServiceAccount', { method: 'POST', body: { username, description: 'created by the contract' } });
        if (response.status === 201) t.cleanup(() => t.call('deleteServiceAccount', { params: { sa: response.body.id } }));
        expectStatus(response, 201);
        expectEqual(Object.keys(response.body).sort(), ACCOUNT_FIELDS, `${response.request}: response fields`);
        expectEqual(
          [response.body.username, response.body.description],
          [username, 'created by the contract'],
          `${response.request}: username and description`,
        );
        expectTrue(
          !Number.isNaN(Date.parse(response.body.createdAt)) && !Number.isNaN(Date.parse(response.body.updatedAt)),
          `${response.request}: createdAt and updatedAt must be date-times`,
          response.body,
        );
      },
    },
    {
      name: 'service account and key ids are ResourceIds: 1–20 upper-case letters and digits',
      provenance: { documented: 'apis.md, lakesail: "Resource ids ({sa}, id) are uppercase alphanumeric, 1–20 chars: ^[A-Z0-9]+$. Not UUIDs."' },
      writes: true,
      async run(t) {
        const account = await createAccount(t, 'ids');
        expectTrue(RESOURCE_ID.test(account.id), `service account id must match ${RESOURCE_ID}`, account.id);
        const key = await createKey(t, account.id);
        expectTrue(RESOURCE_ID.test(key.body.id), `key id must match ${RESOURCE_ID}`, key.body.id);
      },
    },
    {
      name: 'describe answers the account exactly as create answered it',
      provenance: { documented: 'apis.md, lakesail: describeServiceAccount answers 200 ServiceAccount (the schema create answers in seed 000)' },
      writes: true,
      async run(t) {
        const account = await createAccount(t, 'describe');
        const described = await t.call('describeServiceAccount', { params: { sa: account.id } });
        expectStatus(described, 200);
        expectEqual(described.body, account, `${described.request}: the described account`);
      },
    },
    {
      name: 'an unknown id answers 404 {message} on describe',
      provenance: { documented: 'apis.md, lakesail: describeServiceAccount "404 if unknown"; errors, every status: Error {message}' },
      async run(t) {
        expectError(await t.call('describeServiceAccount', { params: { sa: UNKNOWN_ID } }), 404);
      },
    },
    {
      name: 'an unknown id answers 404 {message} on delete and create key',
      provenance: {
        inferred:
          'apis.md marks deleteServiceAccount itself as inferred and gives create key no 404; both are assumed to answer the documented 404 ' +
          '("resource missing") for an account that does not exist',
      },
      async run(t) {
        const params = { sa: UNKNOWN_ID };
        expectError(await t.call('deleteServiceAccount', { params }), 404);
        expectError(await t.call('createServiceAccountKey', { params, body: {} }), 404);
      },
    },
    {
      name: 'create key answers 201 with the key once; describe, list and later keys never show it',
      provenance: {
        documented:
          'apis.md, lakesail: createServiceAccountKey answers 201 ServiceAccountKey {id, expiresAt?, key, createdAt, updatedAt}, "the secret key is ' +
          'shown only here"; expiresAt is "the time when the service account key should expire"',
      },
      writes: true,
      async run(t) {
        const account = await createAccount(t, 'key-once');
        const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
        const first = await createKey(t, account.id, { expiresAt });
        expectEqual(Object.keys(first.body).sort(), ['createdAt', 'expiresAt', 'id', 'key', 'updatedAt'], `${first.request}: response fields`);
        expectEqual(Date.parse(first.body.expiresAt), Date.parse(expiresAt), `${first.request}: expiresAt`);
        expectTrue(typeof first.body.key === 'string' && first.body.key.length > 0, `${first.request}: the key must be a non-empty string`);
        const secrets = { key: first.body.key as string };
        const described = await t.call('describeServiceAccount', { params: { sa: account.id } });
        expectStatus(described, 200);
        expectNoSecrets(described, secrets);
        expectNoSecrets(await t.call('listServiceAccounts'), secrets);
        const second = await createKey(t, account.id);
        expectNoSecrets(second, secrets);
        expectTrue(second.body.id !== first.body.id, `${second.request}: a second key must get its own id`, second.body.id);
      },
    },
    {
      name: 'a key created without expiresAt is answered without one (it does not expire)',
      provenance: {
        inferred:
          'expiresAt is optional in both the request and the answer (apis.md: body {expiresAt?}, ServiceAccountKey {expiresAt?}); that the server ' +
          'then sets no expiry of its own is assumed',
      },
      writes: true,
      async run(t) {
        const account = await createAccount(t, 'key-no-expiry');
        const key = await createKey(t, account.id);
        expectEqual('expiresAt' in key.body, false, `${key.request}: expiresAt present without one asked for`);
      },
    },
    {
      name: 'a key stops authenticating at its expiresAt (401 {message})',
      provenance: {
        documented:
          'apis.md, lakesail: a key\'s expiresAt is "the time when the service account key expires"; seed 000, 401 Response: the request "lacks ' +
          'valid authentication credentials"',
      },
      writes: true,
      async run(t) {
        // Only samock's clock can be moved: against another server this check skips.
        const session = await t.privateSession();
        const created = await t.call('createServiceAccount', {
          headers: session.headers,
          body: { username: t.uniqueName('key-expiry'), description: 'samock contract: key expiry' },
        });
        expectStatus(created, 201);
        const params = { sa: created.body.id as string };
        const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
        const key = await t.call('createServiceAccountKey', { headers: session.headers, params, body: { expiresAt } });
        expectStatus(key, 201);
        expectStatus(await t.call('describeServiceAccount', { headers: session.headers, token: key.body.key, params }), 200);
        await session.advance(2 * 3_600_000);
        expectError(await t.call('describeServiceAccount', { headers: session.headers, token: key.body.key, params }), 401);
      },
    },
    {
      name: 'a key stops authenticating once its service account is deleted (401)',
      provenance: {
        inferred:
          'no document says what deleting a service account does to its keys (apis.md marks delete itself as inferred): a key of an account that no ' +
          'longer exists is assumed to be no valid credential',
      },
      writes: true,
      async run(t) {
        const account = await createAccount(t, 'key-auth');
        const { key } = (await createKey(t, account.id)).body as { key: string };
        // A real service account may lack the permission to describe itself: only samock promises 200 here.
        if (t.isSamock) expectStatus(await t.call('describeServiceAccount', { token: key, params: { sa: account.id } }), 200);
        expectStatus(await t.call('deleteServiceAccount', { params: { sa: account.id } }), 204);
        expectError(await t.call('listServiceAccounts', { token: key }), 401);
      },
    },
    {
      name: 'a bearer token the server never issued answers 401 {message}',
      provenance: {
        documented:
          'seed 000, 401 Response: "the request lacks valid authentication credentials"; the Authentication page of the API reference: only user ' +
          'access tokens and service account keys authenticate',
      },
      async run(t) {
        await t.requireStrictAuth();
        expectError(await t.call('listServiceAccounts', { token: 'samock-verify-never-issued-token' }), 401);
        expectError(await t.call('describeServiceAccount', { token: 'SAMOCKVERIFYNEVERISSUEDKEY0000000000000000000000', params: { sa: UNKNOWN_ID } }), 401);
      },
    },
    {
      name: 'pagination walks every account exactly once while accounts are added and deleted',
      provenance: {
        inferred:
          'the Pagination page of the API reference documents limit, an opaque marker and {items, marker?} for all list operations, not how a walk ' +
          'behaves while the list changes; listServiceAccounts itself is inferred (apis.md)',
      },
      writes: true,
      async run(t) {
        const ours: Account[] = [];
        for (let i = 0; i < 5; i++) ours.push(await createAccount(t, `page-${i}`));
        const deleted = new Set<string>();
        const added: string[] = [];
        const seen = await walk(t, 2, async (seenSoFar, pageIndex) => {
          if (pageIndex > 1) return;
          added.push((await createAccount(t, `page-added-${pageIndex}`)).id);
          // Deleting an account already seen is what breaks an offset: the next page would skip one.
          const behind = ours.find((a) => seenSoFar.includes(a.id) && !deleted.has(a.id));
          if (behind) {
            expectStatus(await t.call('deleteServiceAccount', { params: { sa: behind.id } }), 204);
            deleted.add(behind.id);
          }
        });
        expectEqual(duplicatesIn(seen), [], 'ids listed more than once in one walk');
        const missing = ours.map((a) => a.id).filter((id) => !seen.includes(id));
        expectEqual(missing, [], 'accounts that existed before the walk but were never listed');
        // Where a real server puts accounts created mid-walk is its own business; samock appends them.
        if (t.isSamock)
          expectEqual(
            added.filter((id) => !seen.includes(id)),
            [],
            'accounts created during the walk but never listed',
          );
      },
    },
    {
      name: 'delete answers 204 with no body, then describe answers 404, the list leaves it out and a second delete answers 404',
      provenance: {
        inferred:
          'apis.md marks deleteServiceAccount as inferred, "empty body"; 204 is samock\'s choice of the status for success without content, and a ' +
          'second delete of the same id answering 404 is assumed',
      },
      writes: true,
      async run(t) {
        const account = await createAccount(t, 'delete');
        const params = { sa: account.id };
        const deleted = await t.call('deleteServiceAccount', { params });
        expectStatus(deleted, 204);
        expectEqual(deleted.body, undefined, `${deleted.request}: body`);
        expectError(await t.call('describeServiceAccount', { params }), 404);
        expectTrue(!(await walk(t, 100)).includes(account.id), `the list must leave out the deleted account ${account.id}`);
        expectError(await t.call('deleteServiceAccount', { params }), 404);
      },
    },
    {
      name: 'a missing username or description, or a description that is not a string, answers 400 {message} naming the field',
      provenance: {
        documented: 'seed 000, Request Body: username "required", description "required", "Type string"; 400 Response: "the request is malformed"',
      },
      sendsInvalidRequests: true,
      async run(t) {
        const username = t.uniqueName('invalid');
        const cases: [string, unknown][] = [
          ['username', { description: 'no username' }],
          ['description', { username }],
          ['description', { username, description: null }],
          ['description', { username, description: ['a', 'list'] }],
        ];
        for (const [field, body] of cases) {
          const response = await t.call('createServiceAccount', { body });
          if (response.status === 201) t.cleanup(() => t.call('deleteServiceAccount', { params: { sa: response.body.id } }));
          expectError(response, 400);
          expectNamed(t, response, field);
        }
      },
    },
    {
      name: 'a username that is not a string answers 400 {message} naming the field',
      provenance: {
        inferred:
          'seed 000 gives username no type (description is "Type string"); a string is assumed, since it is a name and sits beside the string description',
      },
      sendsInvalidRequests: true,
      async run(t) {
        for (const username of [42, null, ['a']]) {
          const response = await t.call('createServiceAccount', { body: { username, description: 'username is not a string' } });
          if (response.status === 201) t.cleanup(() => t.call('deleteServiceAccount', { params: { sa: response.body.id } }));
          expectError(response, 400);
          expectNamed(t, response, 'username');
        }
      },
    },
    {
      name: 'an empty username is accepted like any other string (201)',
      provenance: {
        inferred:
          'seed 000 marks username required but states no length, pattern or other rule; samock assumes an empty string is a username like any other ' +
          'rather than invent a rule (decision 0019)',
      },
      writes: true,
      async run(t) {
        const account = await createAccount(t, 'empty-username', '');
        expectEqual(account.username, '', 'the username of the created account');
      },
    },
    {
      name: 'malformed JSON answers 400 {message}, never a 500',
      provenance: { documented: 'seed 000, 400 Response: "the requested operation cannot be performed because the request is malformed"' },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('createServiceAccount', { rawBody: '{"username": "x", "description": ' }), 400);
      },
    },
    {
      name: 'a body that is not application/json answers 400 {message}',
      provenance: {
        inferred:
          'the API speaks JSON (apis.md) and documents no status for another content type: samock answers the documented 400 for a malformed request ' +
          'rather than an undocumented 415',
      },
      // A server that took the form body would create an account.
      writes: true,
      sendsInvalidRequests: true,
      async run(t) {
        const response = await t.call('createServiceAccount', { rawBody: 'username=x&description=y', contentType: 'application/x-www-form-urlencoded' });
        if (response.status === 201) t.cleanup(() => t.call('deleteServiceAccount', { params: { sa: response.body.id } }));
        expectError(response, 400);
        if (t.isSamock) expectTrue(/Content-Type/.test(response.body.message), `${response.request}: the message must name the Content-Type`, response.body);
      },
    },
    {
      name: 'a limit out of 1–100 or not an integer answers 400 {message} naming the parameter',
      provenance: {
        inferred:
          'the Pagination page of the API reference documents limit as "the maximum number of items" with no bounds; 1–100 (default 50) is samock\'s ' +
          'guess, and it refuses a limit outside them rather than cap it (decision 0019)',
      },
      sendsInvalidRequests: true,
      async run(t) {
        for (const limit of ['0', '101', 'ten']) {
          const response = await t.call('listServiceAccounts', { query: { limit } });
          expectError(response, 400);
          expectNamed(t, response, 'limit');
        }
      },
    },
    {
      name: 'a marker the server did not issue answers 400 {message} naming the parameter',
      provenance: {
        inferred:
          'the Pagination page of the API reference says the marker is opaque and is passed on from the previous page, not what a marker the server ' +
          'never issued does; the documented 400 (malformed request) is assumed',
      },
      sendsInvalidRequests: true,
      async run(t) {
        const response = await t.call('listServiceAccounts', { query: { marker: 'not-a-marker' } });
        expectError(response, 400);
        expectNamed(t, response, 'marker');
      },
    },
    {
      name: 'an expiresAt in the past answers 400 naming the field',
      provenance: {
        inferred:
          'no document says what a key that would expire before it is created does; samock refuses it with the documented 400 (malformed request) ' +
          'rather than issue a key that never works',
      },
      writes: true,
      async run(t) {
        const account = await createAccount(t, 'past-expiry');
        const response = await t.call('createServiceAccountKey', { params: { sa: account.id }, body: { expiresAt: '2001-01-01T00:00:00Z' } });
        expectError(response, 400);
        expectNamed(t, response, 'expiresAt');
      },
    },
    {
      name: 'a missing or non-Bearer Authorization header answers 401 {message}',
      provenance: {
        documented: 'apis.md, lakesail: "Auth: Authorization: Bearer <token>"; seed 000, 401 Response: "the request lacks valid authentication credentials"',
      },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('listServiceAccounts', { token: null }), 401);
        expectError(await t.call('listServiceAccounts', { token: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 401);
        expectError(await t.call('describeServiceAccount', { token: null, params: { sa: UNKNOWN_ID } }), 401);
      },
    },
    {
      name: 'reserved tokens reproduce auth errors: invalid and expired → 401, forbidden → 403',
      provenance: {
        documented:
          'seed 000: 401 Response ("lacks valid authentication credentials") and 403 Response ("the identity is not allowed to perform the requested ' +
          'operation"); the tokens invalid, expired and forbidden are samock\'s (README "Authentication")',
      },
      samockOnly: 'the reserved tokens are samock conventions',
      async run(t) {
        expectError(await t.call('listServiceAccounts', { token: 'invalid' }), 401);
        expectError(await t.call('listServiceAccounts', { token: 'expired' }), 401);
        expectError(await t.call('createServiceAccount', { token: 'forbidden', body: { username: 'x', description: 'y' } }), 403);
      },
    },
    {
      name: 'a duplicate username creates a second account with its own id (no 409)',
      provenance: {
        inferred: 'seed 000 documents no 409 and no uniqueness rule for username; that a duplicate is accepted is an open question (decision 0003)',
      },
      writes: true,
      async run(t) {
        const first = await createAccount(t, 'duplicate');
        const second = await t.call('createServiceAccount', { body: { username: first.username, description: 'same username' } });
        if (second.status === 201) t.cleanup(() => t.call('deleteServiceAccount', { params: { sa: second.body.id } }));
        expectStatus(second, 201);
        expectTrue(second.body.id !== first.id, `${second.request}: the duplicate must get its own id`, second.body);
        for (const account of [first, second.body as Account]) {
          const described = await t.call('describeServiceAccount', { params: { sa: account.id } });
          expectEqual([described.status, described.body?.username], [200, first.username], `${described.request}: status and username`);
        }
      },
    },
    {
      name: 'responses carry Content-Type: application/json; charset=utf-8',
      provenance: { documented: 'apis.md, lakesail: "JSON (application/json; charset=utf-8)"' },
      async run(t) {
        for (const response of [await t.call('listServiceAccounts'), await t.call('describeServiceAccount', { params: { sa: UNKNOWN_ID } })]) {
          const type = (response.headers['content-type'] ?? '').toLowerCase().replace(/\s+/g, '');
          expectEqual(type, 'application/json;charset=utf-8', `${response.request}: Content-Type`);
        }
      },
    },
    {
      name: 'a body over 1 MiB answers 413 {message}',
      provenance: {
        inferred: "the vendor documents no size limit; 1 MiB is samock's --max-body-bytes, answered as 413 through the documented default response",
      },
      samockOnly: 'the vendor documents no size limit',
      async run(t) {
        const big = JSON.stringify({ username: 'big', description: 'x'.repeat(1024 * 1024 + 10) });
        expectError(await t.call('createServiceAccount', { rawBody: big }), 413);
      },
    },
  ],
});
