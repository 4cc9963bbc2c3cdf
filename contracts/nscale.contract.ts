/**
 * The Nscale Identity (Unikorn) service-account suite: what a black-box client can
 * see, runnable against samock or a real Nscale identity endpoint
 * (`samock verify --api nscale`). Every response is also checked against
 * specs/nscale.yaml by the runner — which is what catches an `accessToken` leaking
 * into a list or update answer (their `status` allows only `expiry`).
 *
 * Against a real server set NSCALE_ORGANIZATION_ID (and NSCALE_GROUP_ID, a group of
 * that organization; NSCALE_OTHER_ORGANIZATION_ID for the scoping checks).
 *
 * Provenance: "seed 001" is the vendor's create page; "apis.md" the project's Nscale notes;
 * "the Unikorn server" the open-source server Nscale runs (github.com/unikorn-cloud/identity,
 * pkg/handler/…), cited where it decides what a client sees.
 */
import { type CheckContext, type ContractResponse, defineContract, expectEqual, expectNoSecrets, expectStatus, expectTrue } from 'samock/contracts';
import { nscale } from '../mocks/nscale/index.js';

/** The vendor example's organization and group, which samock seeds, and samock's second seeded organization. */
const organizationId = () => process.env.NSCALE_ORGANIZATION_ID ?? 'd4600d6e-e965-4b44-a808-84fb2fa36702';
const groupId = () => process.env.NSCALE_GROUP_ID ?? '0aaba80d-67ef-4799-b6d9-59f37e2ce2ad';
const otherOrganizationId = () => process.env.NSCALE_OTHER_ORGANIZATION_ID ?? '5b8f2c1e-3d4a-4e6b-9c7d-2f1a0b9e8c7d';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
/** An organization and a group no server has: ids of the same shape as real ones. */
const UNKNOWN_ORGANIZATION_ID = '00000000-0000-4000-8000-0000000000aa';
const UNKNOWN_GROUP_ID = '00000000-0000-4000-8000-0000000000bb';
const DAY_MS = 86_400_000;

interface Created {
  id: string;
  name: string;
  token: string;
  body: any;
}

function expectError(response: ContractResponse, status: number, error: string): void {
  expectStatus(response, status);
  expectEqual(response.body?.error, error, `${response.request}: error`);
  expectTrue(
    typeof response.body?.error_description === 'string' && response.body.error_description.length > 0,
    `${response.request}: error_description must be a non-empty string`,
    response.body,
  );
}

/** A run-unique name that is a valid Kubernetes label value (≤ 63 characters, alphanumeric ends). */
function labelName(t: CheckContext, label: string): string {
  return t
    .uniqueName(label)
    .replace(/[^0-9A-Za-z_.-]/g, '-')
    .slice(0, 63)
    .replace(/^[^0-9A-Za-z]+|[^0-9A-Za-z]+$/g, '');
}

/** Path parameters: the organization, and the service account when given. */
const inOrg = (serviceAccountID?: string, organizationID = organizationId()): Record<string, string> =>
  serviceAccountID === undefined ? { organizationID } : { organizationID, serviceAccountID };
const writeBody = (name: string, metadata: { description?: string; tags?: { name: string; value: string }[] } = {}) => ({
  metadata: { name, ...metadata },
  spec: { groupIDs: [groupId()] },
});

/** Creates an account and registers its deletion. */
async function createAccount(
  t: CheckContext,
  label: string,
  { name = labelName(t, label), ...metadata }: { name?: string; description?: string; tags?: { name: string; value: string }[] } = {},
): Promise<Created> {
  const response = await t.call('createServiceAccount', { params: inOrg(), body: writeBody(name, metadata) });
  expectStatus(response, 201);
  const id = response.body.metadata.id as string;
  t.cleanup(() => t.call('deleteServiceAccount', { params: inOrg(id) }));
  return { id, name, token: response.body.status.accessToken as string, body: response.body };
}

const listIds = (response: ContractResponse): string[] => (response.body as { metadata: { id: string } }[]).map((a) => a.metadata.id);

/**
 * A token authenticates when the server does not answer 400/401. samock grants every
 * authenticated token; a real service account may lack the role to list (403).
 */
async function expectAuthenticates(t: CheckContext, token: string, what: string): Promise<void> {
  const response = await t.call('listServiceAccounts', { params: inOrg(), token });
  if (t.isSamock) expectStatus(response, 200);
  else
    expectTrue(
      response.status === 200 || response.status === 403,
      `${response.request} with ${what}: expected 200 or 403 (authenticated), got ${response.status}`,
      response.body,
    );
}

/**
 * One of samock's own options for this API (`--api-option nscale.<name>=…`), read from its
 * control plane like the runner reads the auth mode; undefined when it cannot be read.
 */
async function samockOption(t: CheckContext, name: string): Promise<string | undefined> {
  try {
    const response = await fetch(`${new URL(t.baseUrl).origin}/__control/apis`, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) return undefined;
    const listing = (await response.json()) as { id: string; options?: Record<string, string> }[];
    return listing.find((entry) => entry.id === 'nscale')?.options?.[name];
  } catch {
    return undefined;
  }
}

export const contract = defineContract({
  api: 'nscale',
  spec: nscale.spec,
  checks: [
    {
      name: 'create answers 201 with the account, its expiry and a one-time status.accessToken',
      provenance: {
        documented:
          'apis.md nscale table: create → 201 serviceAccountCreate with status.accessToken; seed 001 example response; 90-day lifetime: apis.md ' +
          '("default token lifetime 90 days") and the Unikorn server flag --default-service-account-token-lifetime',
      },
      writes: true,
      async run(t) {
        const tags = [{ name: 'team', value: 'qa' }];
        const created = await createAccount(t, 'create', { description: 'made by the contract suite', tags });
        const { metadata, spec, status } = created.body;
        expectEqual(
          { name: metadata.name, description: metadata.description, tags: metadata.tags, organizationId: metadata.organizationId, groupIDs: spec.groupIDs },
          { name: created.name, description: 'made by the contract suite', tags, organizationId: organizationId(), groupIDs: [groupId()] },
          'create response: metadata and spec',
        );
        expectTrue(typeof status.accessToken === 'string' && status.accessToken.length > 0, 'create must answer a non-empty status.accessToken', created.body);
        const lifetimeMs = Date.parse(status.expiry) - Date.parse(metadata.creationTime);
        expectTrue(lifetimeMs > 0, `status.expiry (${status.expiry}) must be after creationTime (${metadata.creationTime})`);
        if (t.isSamock)
          expectTrue(Math.abs(lifetimeMs - 90 * DAY_MS) <= 2000, `status.expiry must be 90 days after creationTime; got ${lifetimeMs / DAY_MS} days`);
      },
    },
    {
      name: 'the access token is never returned again: not by list, not by update',
      provenance: {
        documented:
          'seed 001: "The returned access token can only be read once"; apis.md nscale table: list "never an accessToken", update 200 serviceAccountRead',
      },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'token-once');
        const secrets = { accessToken: created.token };
        const listed = await t.call('listServiceAccounts', { params: inOrg() });
        expectStatus(listed, 200);
        expectTrue(listIds(listed).includes(created.id), `${listed.request}: the list must contain the new account ${created.id}`);
        expectNoSecrets(listed, secrets);
        const updated = await t.call('updateServiceAccount', { params: inOrg(created.id), body: writeBody(created.name, { description: 'changed' }) });
        expectStatus(updated, 200);
        expectNoSecrets(updated, secrets);
      },
    },
    {
      name: 'a new account is provisioned and healthy: create and list answer provisioningStatus provisioned, healthStatus healthy',
      provenance: { documented: 'seed 001, example response: "provisioningStatus": "provisioned", "healthStatus": "healthy"' },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'provisioned');
        const status = (metadata: { provisioningStatus: string; healthStatus: string }) => ({
          provisioningStatus: metadata.provisioningStatus,
          healthStatus: metadata.healthStatus,
        });
        const expected = { provisioningStatus: 'provisioned', healthStatus: 'healthy' };
        if (t.isSamock && (await samockOption(t, 'provisioning')) === 'eventual')
          t.skip('samock runs with --api-option nscale.provisioning=eventual: new accounts are provisioning first, by request');
        expectEqual(status(created.body.metadata), expected, `${created.body.metadata.id}: status right after create`);
        const listed = await t.call('listServiceAccounts', { params: inOrg() });
        const found = (listed.body as { metadata: { id: string; provisioningStatus: string; healthStatus: string } }[]).find(
          (a) => a.metadata.id === created.id,
        );
        expectTrue(found, `${listed.request}: the list must contain ${created.id}`);
        expectEqual(status(found.metadata), expected, `${listed.request}: status of ${created.id}`);
      },
    },
    {
      name: 'rotate answers 200 with a new access token; the old token then answers 401 access_denied and the new one works',
      provenance: {
        documented:
          'apis.md nscale table: rotate → 200 serviceAccountCreate with a new accessToken, "the old one stops working"; errors: rotated-away token → ' +
          '401 access_denied',
      },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'rotate');
        await expectAuthenticates(t, created.token, 'the token from create');
        const rotated = await t.call('rotateServiceAccount', { params: inOrg(created.id) });
        expectStatus(rotated, 200);
        const token = rotated.body.status.accessToken as string;
        expectTrue(typeof token === 'string' && token.length > 0 && token !== created.token, `${rotated.request}: status.accessToken must be a new token`);
        expectEqual(
          { id: rotated.body.metadata.id, name: rotated.body.metadata.name },
          { id: created.id, name: created.name },
          `${rotated.request}: the same account`,
        );
        expectTrue(
          Date.parse(rotated.body.status.expiry) >= Date.parse(created.body.status.expiry),
          `${rotated.request}: the new expiry must not be earlier than the old one`,
          rotated.body.status,
        );
        expectError(await t.call('listServiceAccounts', { params: inOrg(), token: created.token }), 401, 'access_denied');
        await expectAuthenticates(t, token, 'the rotated token');
      },
    },
    {
      name: 'accounts are scoped to their organization: another organization does not list them, and its update, rotate and delete answer 404 not_found',
      provenance: {
        documented:
          "the Unikorn server, pkg/handler/serviceaccounts/client.go: accounts are listed and got in their organization's namespace only (a miss is " +
          'HTTPNotFound); apis.md: unknown id → 404 not_found',
      },
      writes: true,
      async run(t) {
        if (!t.isSamock && !process.env.NSCALE_OTHER_ORGANIZATION_ID) t.skip('set NSCALE_OTHER_ORGANIZATION_ID to an organization the token can read');
        const created = await createAccount(t, 'scoped');
        const other = otherOrganizationId();
        const listed = await t.call('listServiceAccounts', { params: inOrg(undefined, other) });
        expectStatus(listed, 200);
        expectTrue(!listIds(listed).includes(created.id), `${listed.request}: another organization must not list ${created.id}`);
        const params = inOrg(created.id, other);
        expectError(await t.call('updateServiceAccount', { params, body: writeBody(created.name) }), 404, 'not_found');
        expectError(await t.call('rotateServiceAccount', { params }), 404, 'not_found');
        expectError(await t.call('deleteServiceAccount', { params }), 404, 'not_found');
        const own = await t.call('listServiceAccounts', { params: inOrg() });
        expectTrue(listIds(own).includes(created.id), `${own.request}: the account must survive requests made under another organization`);
        await expectAuthenticates(t, created.token, 'the token, after a rotate under another organization');
      },
    },
    {
      name: 'an unknown organization answers 404 not_found on list, create, update, rotate and delete, and creates nothing',
      provenance: {
        documented:
          'the Unikorn server, pkg/handler/organizations/client.go GetMetadata: an organization it cannot get is HTTPNotFound, and every ' +
          'service-account operation calls it first; apis.md errors: 404 not_found',
      },
      writes: true,
      async run(t) {
        const name = labelName(t, 'no-org');
        const params = inOrg(UNKNOWN_ID, UNKNOWN_ORGANIZATION_ID);
        const responses = [
          await t.call('listServiceAccounts', { params: inOrg(undefined, UNKNOWN_ORGANIZATION_ID) }),
          await t.call('createServiceAccount', { params: inOrg(undefined, UNKNOWN_ORGANIZATION_ID), body: writeBody(name) }),
          await t.call('updateServiceAccount', { params, body: writeBody(name) }),
          await t.call('rotateServiceAccount', { params }),
          await t.call('deleteServiceAccount', { params }),
        ];
        for (const response of responses) {
          if (response.status === 201) t.cleanup(() => t.call('deleteServiceAccount', { params: inOrg(response.body.metadata.id, UNKNOWN_ORGANIZATION_ID) }));
          // A real server checks the token's roles in the organization first: a token without global roles gets 403 there.
          if (!t.isSamock && response.status === 403) continue;
          expectError(response, 404, 'not_found');
        }
        const own = await t.call('listServiceAccounts', { params: inOrg() });
        expectStatus(own, 200);
        expectTrue(
          !(own.body as { metadata: { name: string } }[]).some((a) => a.metadata.name === name),
          `${own.request}: the refused create must not have made ${name} anywhere`,
        );
      },
    },
    {
      name: 'groupIDs keep only groups of the organization: an unknown group id is dropped from create, list and update, a repeated one counts once',
      provenance: {
        documented:
          "the Unikorn server, pkg/handler/serviceaccounts/client.go: updateGroups adds the account to the organization's existing groups that the " +
          'request names, and convert answers spec.groupIDs as the groups that contain the account',
      },
      writes: true,
      async run(t) {
        const name = labelName(t, 'groups');
        const response = await t.call('createServiceAccount', {
          params: inOrg(),
          body: { metadata: { name }, spec: { groupIDs: [UNKNOWN_GROUP_ID, groupId(), groupId()] } },
        });
        expectStatus(response, 201);
        const id = response.body.metadata.id as string;
        t.cleanup(() => t.call('deleteServiceAccount', { params: inOrg(id) }));
        expectEqual(response.body.spec.groupIDs, [groupId()], `${response.request}: spec.groupIDs`);
        const listed = await t.call('listServiceAccounts', { params: inOrg() });
        const entry = (listed.body as { metadata: { id: string }; spec: { groupIDs: string[] } }[]).find((a) => a.metadata.id === id);
        expectEqual(entry?.spec.groupIDs, [groupId()], `${listed.request}: spec.groupIDs of ${id}`);
        const updated = await t.call('updateServiceAccount', { params: inOrg(id), body: { metadata: { name }, spec: { groupIDs: [UNKNOWN_GROUP_ID] } } });
        expectStatus(updated, 200);
        expectEqual(updated.body.spec.groupIDs, [], `${updated.request}: spec.groupIDs`);
      },
    },
    {
      name: "a service account's access token answers 403 forbidden under another organization, and changes nothing there",
      provenance: {
        documented:
          "the Unikorn server's RBAC (pkg/rbac AllowOrganizationScope): a token with no roles in the path's organization gets HTTPForbidden; a " +
          "service account's token carries its own organization only (pkg/handler/serviceaccounts generateAccessToken)",
      },
      writes: true,
      async run(t) {
        if (!t.isSamock && !process.env.NSCALE_OTHER_ORGANIZATION_ID) t.skip('set NSCALE_OTHER_ORGANIZATION_ID to another organization');
        const created = await createAccount(t, 'cross-org');
        const other = otherOrganizationId();
        expectError(await t.call('listServiceAccounts', { params: inOrg(undefined, other), token: created.token }), 403, 'forbidden');
        const refused = await t.call('createServiceAccount', {
          params: inOrg(undefined, other),
          token: created.token,
          body: writeBody(labelName(t, 'cross-org-made')),
        });
        if (refused.status === 201) t.cleanup(() => t.call('deleteServiceAccount', { params: inOrg(refused.body.metadata.id, other) }));
        expectError(refused, 403, 'forbidden');
        expectError(await t.call('rotateServiceAccount', { params: inOrg(created.id, other), token: created.token }), 403, 'forbidden');
        const listed = await t.call('listServiceAccounts', { params: inOrg(undefined, other) });
        expectStatus(listed, 200);
        expectTrue(
          !(listed.body as { metadata: { name: string } }[]).some((a) => a.metadata.name.includes('cross-org-made')),
          `${listed.request}: the refused create must have made nothing`,
        );
      },
    },
    {
      name: 'a bearer token the server never issued answers 401 access_denied',
      provenance: { documented: 'apis.md nscale errors: a bad token → 401 access_denied' },
      async run(t) {
        await t.requireStrictAuth();
        expectError(await t.call('listServiceAccounts', { params: inOrg(), token: 'samock-verify-never-issued-token' }), 401, 'access_denied');
      },
    },
    {
      name: 'a name that is not a Kubernetes label value, or a missing metadata, spec, name or groupIDs, answers 400 invalid_request',
      provenance: {
        documented:
          'apis.md nscale: serviceAccountWrite requires metadata, spec, name, groupIDs; name pattern ' +
          '^[0-9A-Za-z](?:[0-9A-Za-z-_.]{0,61}[0-9A-Za-z])?$; invalid body → 400 invalid_request',
      },
      sendsInvalidRequests: true,
      async run(t) {
        const valid = labelName(t, 'invalid');
        const cases: [string, unknown][] = [
          ['empty name', writeBody('')],
          ['name starting with "-"', writeBody('-starts-with-dash')],
          ['name ending with "."', writeBody('ends-with-dot.')],
          ['name with a space', writeBody('has space')],
          ['name with a slash', writeBody('has/slash')],
          ['name of 64 characters', writeBody('a'.repeat(64))],
          ['missing name', { metadata: {}, spec: { groupIDs: [groupId()] } }],
          ['missing metadata', { spec: { groupIDs: [groupId()] } }],
          ['missing spec', { metadata: { name: valid } }],
          ['missing groupIDs', { metadata: { name: valid }, spec: {} }],
          ['groupIDs not an array', { metadata: { name: valid }, spec: { groupIDs: groupId() } }],
          ['tag without a value', { metadata: { name: valid, tags: [{ name: 'team' }] }, spec: { groupIDs: [groupId()] } }],
        ];
        for (const [label, body] of cases) {
          const response = await t.call('createServiceAccount', { params: inOrg(), body });
          if (response.status === 201) t.cleanup(() => t.call('deleteServiceAccount', { params: inOrg(response.body.metadata.id) }));
          expectTrue(response.status === 400, `${response.request} with ${label}: expected status 400, got ${response.status}`, response.body);
          expectError(response, 400, 'invalid_request');
        }
      },
    },
    {
      name: 'a one-character name and a 63-character name with -, _ and . inside are accepted',
      provenance: { documented: 'apis.md nscale: name is a Kubernetes label value, 1–63 characters (the pattern); seed 001: "A valid Kubernetes label value"' },
      writes: true,
      async run(t) {
        const unique = labelName(t, 'max')
          .replace(/[^0-9A-Za-z]/g, 'x')
          .slice(0, 40);
        await createAccount(t, 'one', { name: 'a' });
        await createAccount(t, 'max', { name: `${unique}-_.`.padEnd(62, 'z') + '9' });
      },
    },
    {
      name: 'duplicate names are allowed: the same name again answers 201 with another id, and both are listed',
      provenance: { documented: 'apis.md nscale: "Names are not unique (the server keys by UUID): no 409 on a duplicate name"' },
      writes: true,
      async run(t) {
        const first = await createAccount(t, 'duplicate');
        const second = await createAccount(t, 'duplicate', { name: first.name });
        expectTrue(second.id !== first.id, `the second account must get another id; both are ${first.id}`);
        const listed = await t.call('listServiceAccounts', { params: inOrg() });
        const named = (listed.body as { metadata: { id: string; name: string } }[]).filter((a) => a.metadata.name === first.name).map((a) => a.metadata.id);
        expectEqual(named.sort(), [first.id, second.id].sort(), `${listed.request}: ids of the accounts named ${first.name}`);
      },
    },
    {
      name: 'update answers 200 with the new name, description and tags, and keeps the id, creationTime, expiry and token',
      provenance: {
        documented:
          'apis.md nscale table: update → 200 serviceAccountRead "(token and expiry unchanged)"; the Unikorn server replaces labels, annotations and ' +
          'spec, keeping the access token and expiry',
      },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'update', { description: 'before' });
        const renamed = labelName(t, 'updated');
        const tags = [{ name: 'env', value: 'ci' }];
        const updated = await t.call('updateServiceAccount', { params: inOrg(created.id), body: writeBody(renamed, { description: 'after', tags }) });
        expectStatus(updated, 200);
        const { metadata, status } = updated.body;
        expectEqual(
          {
            id: metadata.id,
            name: metadata.name,
            description: metadata.description,
            tags: metadata.tags,
            creationTime: metadata.creationTime,
            expiry: status.expiry,
          },
          { id: created.id, name: renamed, description: 'after', tags, creationTime: created.body.metadata.creationTime, expiry: created.body.status.expiry },
          `${updated.request}: account after update`,
        );
        const listed = await t.call('listServiceAccounts', { params: inOrg() });
        const entry = (listed.body as { metadata: { id: string; name: string } }[]).find((a) => a.metadata.id === created.id);
        expectEqual(entry?.metadata.name, renamed, `${listed.request}: name after update`);
        await expectAuthenticates(t, created.token, 'the token from create, after an update');
      },
    },
    {
      name: 'delete answers 202; the account is then gone from the list, its id answers 404 not_found and its token 401 access_denied',
      provenance: {
        documented:
          'apis.md nscale table: delete — "spec says 200, the server implementation answers 202" (decision 0004 picks 202); the Unikorn spec: ' +
          '"Removes a service account and revokes an access token"; apis.md errors: unknown id 404, revoked token 401',
      },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'delete');
        const params = inOrg(created.id);
        const deleted = await t.call('deleteServiceAccount', { params });
        expectStatus(deleted, 202);
        const listed = await t.call('listServiceAccounts', { params: inOrg() });
        expectTrue(!listIds(listed).includes(created.id), `${listed.request}: the deleted account ${created.id} must not be listed`);
        expectError(await t.call('updateServiceAccount', { params, body: writeBody(created.name) }), 404, 'not_found');
        expectError(await t.call('rotateServiceAccount', { params }), 404, 'not_found');
        expectError(await t.call('deleteServiceAccount', { params }), 404, 'not_found');
        expectError(await t.call('listServiceAccounts', { params: inOrg(), token: created.token }), 401, 'access_denied');
      },
    },
    {
      name: 'an unknown service account id answers 404 not_found on update, rotate and delete',
      provenance: { documented: 'apis.md nscale errors: unknown id → 404 not_found' },
      async run(t) {
        const params = inOrg(UNKNOWN_ID);
        expectError(await t.call('updateServiceAccount', { params, body: writeBody('nobody') }), 404, 'not_found');
        expectError(await t.call('rotateServiceAccount', { params }), 404, 'not_found');
        expectError(await t.call('deleteServiceAccount', { params }), 404, 'not_found');
      },
    },
    {
      name: 'a missing Authorization header answers 400 invalid_request, not 401',
      provenance: { documented: 'apis.md nscale errors: "missing Authorization header → 400 invalid_request (authorization header missing)" (decision 0005)' },
      sendsInvalidRequests: true,
      async run(t) {
        const listed = await t.call('listServiceAccounts', { params: inOrg(), token: null });
        expectError(listed, 400, 'invalid_request');
        expectError(await t.call('createServiceAccount', { params: inOrg(), token: null, body: writeBody(labelName(t, 'no-auth')) }), 400, 'invalid_request');
      },
    },
    {
      name: 'an Authorization scheme other than Bearer answers 400 invalid_request',
      provenance: { documented: 'apis.md nscale errors: "malformed header or non-Bearer scheme → 400 invalid_request"' },
      sendsInvalidRequests: true,
      async run(t) {
        const response = await t.call('listServiceAccounts', { params: inOrg(), token: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } });
        expectError(response, 400, 'invalid_request');
      },
    },
    {
      name: 'reserved tokens reproduce auth errors: invalid and expired → 401 access_denied, forbidden → 403 forbidden',
      provenance: {
        documented:
          'apis.md nscale errors: bad/expired token → 401 access_denied, not allowed → 403 forbidden; the reserved tokens themselves are samock conventions',
      },
      samockOnly: 'the reserved tokens are samock conventions',
      async run(t) {
        expectError(await t.call('listServiceAccounts', { params: inOrg(), token: 'invalid' }), 401, 'access_denied');
        expectError(await t.call('listServiceAccounts', { params: inOrg(), token: 'expired' }), 401, 'access_denied');
        expectError(await t.call('rotateServiceAccount', { params: inOrg(UNKNOWN_ID), token: 'forbidden' }), 403, 'forbidden');
      },
    },
    {
      name: 'answers carry Cache-Control: no-cache, errors included',
      provenance: {
        documented: 'apis.md nscale errors: Cache-Control: no-cache; for successes, the Unikorn server handler marks every answer uncacheable (setUncacheable)',
      },
      sendsInvalidRequests: true,
      async run(t) {
        const responses = [
          await t.call('listServiceAccounts', { params: inOrg() }),
          await t.call('listServiceAccounts', { params: inOrg(), token: null }),
          await t.call('createServiceAccount', { params: inOrg(), body: writeBody('-invalid') }),
          await t.call('rotateServiceAccount', { params: inOrg(UNKNOWN_ID) }),
        ];
        for (const response of responses) expectEqual(response.headers['cache-control'], 'no-cache', `${response.request} → ${response.status}: Cache-Control`);
      },
    },
    {
      name: 'malformed JSON answers 400 invalid_request, never a 500',
      provenance: {
        inferred: 'apis.md documents 400 invalid_request for an invalid body; that a body which is not JSON at all is answered the same is assumed',
      },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('createServiceAccount', { params: inOrg(), rawBody: '{"metadata": {"name": "x"' }), 400, 'invalid_request');
      },
    },
    {
      name: 'a non-JSON content type answers 415 unsupported_media_type',
      provenance: { inferred: 'the vendor documents no status for a wrong content type; unsupported_media_type is a value of its error enum (apis.md)' },
      sendsInvalidRequests: true,
      samockOnly: 'the vendor documents no status for a wrong content type',
      async run(t) {
        expectError(
          await t.call('createServiceAccount', { params: inOrg(), rawBody: 'name=x', contentType: 'application/x-www-form-urlencoded' }),
          415,
          'unsupported_media_type',
        );
      },
    },
    {
      name: 'a body over 1 MiB answers 413 invalid_request',
      provenance: { inferred: "the vendor documents no size limit; samock refuses bodies over --max-body-bytes in the vendor's error shape" },
      samockOnly: 'the vendor documents no size limit',
      async run(t) {
        const big = JSON.stringify({ metadata: { name: 'big', description: 'x'.repeat(1024 * 1024 + 10) }, spec: { groupIDs: [] } });
        expectError(await t.call('createServiceAccount', { params: inOrg(), rawBody: big }), 413, 'invalid_request');
      },
    },
    {
      name: 'an undocumented method answers 405 method_not_allowed with Allow',
      provenance: { inferred: 'the vendor documents no status for other methods; method_not_allowed is a value of its error enum (apis.md)' },
      sendsInvalidRequests: true,
      samockOnly: 'the vendor documents no status for other methods',
      async run(t) {
        const response = await t.call('updateServiceAccount', { method: 'PATCH', params: inOrg(UNKNOWN_ID), body: writeBody('x') });
        expectError(response, 405, 'method_not_allowed');
        expectEqual(response.headers.allow, 'PUT, DELETE', `${response.request}: Allow header`);
      },
    },
  ],
});
