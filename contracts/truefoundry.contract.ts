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
import {
  type CheckContext,
  ContractFailure,
  type ContractResponse,
  defineContract,
  describeBody,
  expectEqual,
  expectNoSecrets,
  expectStatus,
  expectTrue,
} from 'samock/contracts';
import { truefoundry } from '../mocks/truefoundry/index.js';
import { createHash } from 'node:crypto';

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
  const short = label
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 14)
    .replace(/-+$/, '');
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
  expectTrue(
    typeof response.body?.message === 'string' && response.body.message.length > 0,
    `${response.request}: message must be a non-empty string`,
    response.body,
  );
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

/** Creates an account with exactly this name (for checks that need names sharing a stem) and deletes it afterwards. */
async function createNamed(t: CheckContext, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await t.call('createOrUpdateVirtualAccount', { body: { manifest: manifest(name, extra) } });
  expectStatus(response, 200);
  t.cleanup(() => t.call('deleteVirtualAccount', { params: { id: response.body.data.id } }));
  return response.body.data.id as string;
}

/**
 * Two team names for the ownedByTeams check. samock takes any; a real control plane needs
 * teams that exist: pass them as TRUEFOUNDRY_TEAMS=team-a,team-b, or the check is skipped.
 */
function teamsFor(t: CheckContext): [string, string] {
  const given = (process.env.TRUEFOUNDRY_TEAMS ?? '')
    .split(',')
    .map((team) => team.trim())
    .filter(Boolean);
  if (given.length >= 2) return [given[0]!, given[1]!];
  if (!t.isSamock) t.skip('owning teams must exist on a real control plane: set TRUEFOUNDRY_TEAMS=team-a,team-b');
  return [vaName(t, 'team-a'), vaName(t, 'team-b')];
}

async function listByName(t: CheckContext, name: string, headers?: Record<string, string>, extra: Record<string, string> = {}) {
  const response = await t.call('listVirtualAccounts', { query: { nameSearchQuery: name, ...extra }, headers });
  expectStatus(response, 200);
  return response;
}

/** A private session on the target with its own clock, for checks that move time. */
async function timeTravel(t: CheckContext) {
  // The runner's private session: its own clock, the run's control token, deleted afterwards.
  const session = await t.privateSession();
  return { headers: session.headers, advanceDays: (days: number) => session.advance(days * DAY_MS) };
}

export const contract = defineContract({
  api: 'truefoundry',
  spec: truefoundry.spec,
  checks: [
    {
      name: 'create: PUT with a new name answers 200 with the account and its token',
      provenance: {
        documented:
          'seed 004 (Create or Update a Virtual Account): PUT answers 200 {data, token}, token "present only when creating a virtual account"; the ' +
          "24-character id is samock's own (checked on samock only)",
      },
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
      provenance: {
        documented:
          'seed 004: "Creates a new virtual account or updates an existing one based on the provided manifest", token only when creating; apis.md ' +
          'truefoundry: matched by manifest.name, no 409; SDK createOrUpdate: "Matching is by name"',
      },
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
        expectEqual(
          listed.body.data.map((a: { id: string }) => a.id),
          [created.id],
          `${listed.request}: accounts with the name after the update`,
        );
      },
    },
    {
      name: 'get and list never show the token',
      provenance: {
        documented: 'seed 004: token "present only when creating a virtual account"; vendor SDK GetVirtualAccountResponse.token: "Present only on creation"',
      },
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
      provenance: {
        documented: 'public API reference, Get token for a virtual account: "Retrieve the current authentication token for a virtual account by its ID"',
      },
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
      provenance: {
        documented:
          'seed 004 request body: dryRun ("Dry run"); apis.md truefoundry: dryRun validates and answers as if, but persists nothing (no token on a ' +
          "dry-run create is samock's, checked on samock only)",
      },
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
      provenance: {
        inferred:
          'the name rule is seed 004\'s ("3 to 25 lower case characters long alphanumeric word, may contain - in between, cannot start with a ' +
          'number"); that breaking it answers 422 rather than 400 is inferred (decision 0007)',
      },
      sendsInvalidRequests: true,
      async run(t) {
        for (const name of ['Upper-case', '1starts-with-digit', 'ab', 'a'.repeat(26), 'ends-with-dash-', 'under_score']) {
          expectError(await t.call('createOrUpdateVirtualAccount', { body: { manifest: manifest(name), dryRun: true } }), 422, 'manifest.name');
        }
      },
    },
    {
      name: 'a type other than virtual-account answers 422 naming manifest.type',
      provenance: { inferred: 'type is always virtual-account (seed 004: +value=virtual-account); the 422 is inferred (decision 0007)' },
      sendsInvalidRequests: true,
      async run(t) {
        const body = { manifest: { ...manifest(vaName(t, 'type')), type: 'service-account' }, dryRun: true };
        expectError(await t.call('createOrUpdateVirtualAccount', { body }), 422, 'manifest.type');
      },
    },
    {
      name: 'a manifest without permissions answers 422 naming manifest.permissions',
      provenance: {
        inferred:
          "permissions is required (apis.md truefoundry; the vendor SDK's VirtualAccountManifest.permissions is not optional); the 422 is inferred " +
          '(decision 0007)',
      },
      sendsInvalidRequests: true,
      async run(t) {
        const body = { manifest: { name: vaName(t, 'no-perms'), type: 'virtual-account' }, dryRun: true };
        expectError(await t.call('createOrUpdateVirtualAccount', { body }), 422, 'manifest.permissions');
      },
    },
    {
      name: 'an expiration_date that is not yyyy-mm-dd or not after today answers 422 naming manifest.expiration_date',
      provenance: {
        inferred:
          "the yyyy-mm-dd format is seed 004's; that the date must be after today, and the 422, are inferred (decision 0007; the console offers only " +
          'future dates)',
      },
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
      provenance: {
        inferred: 'the vendor SDK lists 400 for create-or-update but not its cause; answering 400 for a body that is not JSON is inferred (decision 0007)',
      },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('createOrUpdateVirtualAccount', { rawBody: '{"manifest": {"name": ' }), 400);
      },
    },
    {
      name: 'an account past its expiration_date is listed as expired and found by isExpired',
      provenance: {
        inferred:
          "isExpired (field and list filter) is from the public API reference's list page; that an account expires at 00:00 UTC on its " +
          'expiration_date is inferred',
      },
      writes: true,
      samockOnly: 'an account can only expire by moving the clock',
      async run(t) {
        const time = await timeTravel(t);
        const created = await createAccount(t, 'expires', { expiration_date: dateInDays(2) }, time.headers);
        const before = await listByName(t, created.name, time.headers, { isExpired: 'false' });
        expectEqual(
          before.body.data.map((a: { id: string }) => a.id),
          [created.id],
          `${before.request}: unexpired accounts before the date`,
        );
        await time.advanceDays(3);
        const expired = await listByName(t, created.name, time.headers, { isExpired: 'true' });
        expectEqual(
          expired.body.data.map((a: { id: string; isExpired: boolean }) => [a.id, a.isExpired]),
          [[created.id, true]],
          `${expired.request}: expired accounts after the date`,
        );
        const unexpired = await listByName(t, created.name, time.headers, { isExpired: 'false' });
        expectEqual(unexpired.body.pagination.total, 0, `${unexpired.request}: unexpired accounts after the date`);
      },
    },
    {
      name: 'regenerate: the new token works, the old one works until the grace period ends and then stops',
      provenance: {
        inferred:
          'the grace period is documented (public API reference, regenerate token: "The old token remains valid for the specified grace period"); ' +
          'the 401 once it ends is inferred: the pages list no auth statuses',
      },
      writes: true,
      samockOnly:
        'on a real server a new virtual account has no permission to call this API, so its token cannot be tried here; the grace period needs the clock',
      async run(t) {
        const time = await timeTravel(t);
        const created = await createAccount(t, 'regenerate', {}, time.headers);
        const regenerated = await t.call('regenerateVirtualAccountToken', {
          params: { id: created.id },
          body: { gracePeriodInDays: 2 },
          headers: time.headers,
        });
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
      provenance: { inferred: 'gracePeriodInDays 0..365 is from apis.md; that 0 ends the old token at once, answered 401, is inferred' },
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
      provenance: { inferred: 'the range 0..365 is from apis.md truefoundry; the 422 is inferred (decision 0007)' },
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
      provenance: {
        documented:
          'public API reference, list virtual accounts: limit ("Number of items per page"), offset ("Number of items to skip"), answer {data, ' +
          'pagination: {total, offset, limit}}; apis.md truefoundry list',
      },
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
      provenance: { documented: 'public API reference, list virtual accounts: nameSearchQuery "Return virtual accounts with names that contain this string"' },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'search');
        const middle = created.name.slice(3, -2);
        const listed = await listByName(t, middle);
        expectTrue(
          listed.body.data.some((a: { id: string }) => a.id === created.id),
          `${listed.request}: expected ${created.name} among the matches of "${middle}"`,
          listed.body.pagination,
        );
      },
    },
    {
      name: 'ownedByTeams lists only the accounts owned by one of the teams (one name or comma-separated)',
      provenance: {
        documented:
          'vendor SDK VirtualAccountsListRequest.ownedByTeams: "Comma-separated team names. Return virtual accounts owned by these teams"; ' +
          'VirtualAccountOwnedBy.team: "The name of the team that owns this resource"',
      },
      writes: true,
      async run(t) {
        const [teamA, teamB] = teamsFor(t);
        const stem = vaName(t, 'team');
        const a = await createNamed(t, `${stem}a`, { ownedBy: { team: teamA } });
        const b = await createNamed(t, `${stem}b`, { ownedBy: { team: teamB } });
        const none = await createNamed(t, `${stem}c`);
        const ids = async (ownedByTeams?: string) => {
          const listed = await listByName(t, stem, undefined, ownedByTeams === undefined ? {} : { ownedByTeams });
          return listed.body.data.map((account: { id: string }) => account.id).sort();
        };
        expectEqual(await ids(), [a, b, none].sort(), `accounts named ${stem}… without ownedByTeams`);
        expectEqual(await ids(teamA), [a], `accounts named ${stem}… with ownedByTeams=${teamA}`);
        expectEqual(await ids(`${teamA},${teamB}`), [a, b].sort(), `accounts named ${stem}… with ownedByTeams=${teamA},${teamB}`);
        const counted = await listByName(t, stem, undefined, { ownedByTeams: teamB });
        expectEqual(counted.body.pagination.total, 1, `${counted.request}: pagination.total counts only the team's accounts`);
      },
    },
    {
      name: 'filter: the SDK example tree (an AND group of a name leaf with STRING_CONTAINS) and OR groups narrow the list',
      provenance: {
        documented:
          'vendor SDK VirtualAccountsListRequest.filter: "JSON string: structured filter tree (AND/OR groups, column leaves on name …)", example ' +
          '{"type":"AND","children":[{"column":"name","op":"STRING_CONTAINS","value":"bot"}]}',
      },
      writes: true,
      async run(t) {
        const stem = vaName(t, 'flt');
        const alpha = await createNamed(t, `${stem}-alpha`);
        const beta = await createNamed(t, `${stem}-beta`);
        const contains = (value: string) => ({ column: 'name', op: 'STRING_CONTAINS', value });
        const ids = async (tree: unknown) => {
          const listed = await t.call('listVirtualAccounts', { query: { filter: JSON.stringify(tree) } });
          expectStatus(listed, 200);
          return listed.body.data.map((account: { id: string }) => account.id).sort();
        };
        expectEqual(await ids({ type: 'AND', children: [contains(stem)] }), [alpha, beta].sort(), `filter AND[name contains ${stem}]`);
        expectEqual(
          await ids({ type: 'AND', children: [contains(stem), contains('alpha')] }),
          [alpha],
          `filter AND[name contains ${stem}, name contains alpha]`,
        );
        const either = { type: 'OR', children: [contains(`${stem}-alpha`), contains(`${stem}-beta`)] };
        expectEqual(await ids(either), [alpha, beta].sort(), 'filter OR[both names]');
        expectEqual(await ids({ type: 'AND', children: [either, contains('beta')] }), [beta], 'filter AND[OR[both names], name contains beta]');
      },
    },
    {
      name: 'filter: a json_map leaf matches a tag of manifest.tags',
      provenance: {
        inferred:
          'the vendor SDK names "json_map leaves on manifest.tags" but not their shape; samock reads {column: "manifest.tags", key, op, value}, and ' +
          'STRING_EQUALS beside the documented STRING_CONTAINS',
      },
      writes: true,
      async run(t) {
        const stem = vaName(t, 'tags');
        const prod = await createNamed(t, `${stem}-p`, { tags: { env: 'prod' } });
        await createNamed(t, `${stem}-d`, { tags: { env: 'dev' } });
        await createNamed(t, `${stem}-n`);
        const tree = {
          type: 'AND',
          children: [
            { column: 'name', op: 'STRING_CONTAINS', value: stem },
            { column: 'manifest.tags', key: 'env', op: 'STRING_EQUALS', value: 'prod' },
          ],
        };
        const listed = await t.call('listVirtualAccounts', { query: { filter: JSON.stringify(tree) } });
        expectStatus(listed, 200);
        expectEqual(
          listed.body.data.map((account: { id: string }) => account.id),
          [prod],
          `${listed.request}: accounts tagged env=prod`,
        );
        expectEqual(listed.body.pagination.total, 1, `${listed.request}: pagination.total`);
      },
    },
    {
      name: 'a filter that is not a filter tree answers 422 naming filter',
      provenance: { inferred: 'the vendor SDK documents filter as a JSON filter tree but no status for a bad one; 422 like every other rule (decision 0007)' },
      samockOnly: 'the grammar beyond the SDK example is inferred, so a real server may read some of these',
      async run(t) {
        for (const filter of [
          'not json',
          '[]',
          '{"type":"XOR","children":[]}',
          '{"column":"id","op":"STRING_CONTAINS","value":"x"}',
          '{"column":"name","op":"REGEX","value":"x"}',
          '{"column":"name","op":"STRING_CONTAINS","value":1}',
        ]) {
          expectError(await t.call('listVirtualAccounts', { query: { filter } }), 422, 'filter');
        }
      },
    },
    {
      name: 'every answer that carries an account carries its accountId',
      provenance: {
        documented:
          'vendor SDK VirtualAccount.accountId (required): "ID of the account that owns this virtual account"; the public API reference\'s list and ' +
          'get pages show accountId',
      },
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'account-id');
        const hasAccountId = (data: any, what: string) =>
          expectTrue(typeof data?.accountId === 'string' && data.accountId.length > 0, `${what}: expected a non-empty accountId`, data);
        hasAccountId(created.data, 'the create answer');
        const updated = await t.call('createOrUpdateVirtualAccount', { body: { manifest: manifest(created.name) } });
        expectStatus(updated, 200);
        hasAccountId(updated.body.data, updated.request);
        const got = await t.call('getVirtualAccount', { params: { id: created.id } });
        expectStatus(got, 200);
        hasAccountId(got.body.data, got.request);
        const listed = await listByName(t, created.name);
        expectEqual(listed.body.data.length, 1, `${listed.request}: accounts listed`);
        hasAccountId(listed.body.data[0], listed.request);
        expectEqual(got.body.data.accountId, created.data.accountId, `${got.request}: accountId is the one the create answered`);
      },
    },
    {
      name: "tokens are opaque: neither a create's nor a regenerated token names the account",
      provenance: {
        inferred:
          'the reference documents the token only as a string (and the manifest offers token_type opaque); samock issues opaque tokens on purpose, ' +
          'though a vendor console guide shows tfy_va_<name>_<secret> (decision 0018)',
      },
      samockOnly: "samock's token format is a deliberate choice (decision 0018), not a claim about the vendor's",
      writes: true,
      async run(t) {
        const created = await createAccount(t, 'opaque');
        const regenerated = await t.call('regenerateVirtualAccountToken', { params: { id: created.id }, body: { gracePeriodInDays: 0 } });
        expectStatus(regenerated, 200);
        for (const [what, token] of [
          ['the create', created.token],
          ['regenerate', regenerated.body.token as string],
        ] as const) {
          // Never print the token: say only what was wrong with it.
          expectTrue(!token.includes(created.name), `${what}: the token contains the account name "${created.name}"`);
          expectTrue(!token.includes(created.id), `${what}: the token contains the account id`);
          expectTrue(/^tfy_va_[A-Za-z0-9]{48}$/.test(token), `${what}: expected tfy_va_ and 48 letters and digits (token not shown)`);
        }
      },
    },
    {
      name: 'a limit outside 1..1000 answers 422',
      provenance: { inferred: 'limit 1–1000 is from apis.md truefoundry; the 422 is inferred (decision 0007)' },
      sendsInvalidRequests: true,
      async run(t) {
        for (const limit of ['0', '1001']) expectError(await t.call('listVirtualAccounts', { query: { limit } }), 422, 'limit');
      },
    },
    {
      name: 'an unknown id answers 404 {statusCode: 404, message} on get, delete, get token and regenerate',
      provenance: {
        documented:
          'vendor SDK: get, delete, getToken and regenerateToken throw NotFoundError (404); apis.md truefoundry: 404 for an unknown id, errors ' +
          '{statusCode, message, code?, details?}',
      },
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
      provenance: {
        documented:
          'apis.md truefoundry: delete answers 200 {}; public API reference: delete a virtual account (that its token answers 401 afterwards, ' +
          'checked on samock only, is inferred)',
      },
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
      provenance: {
        inferred: 'seed 004 documents bearer auth ("Bearer authentication header of the form Bearer <token>") but no status for its absence; 401 is inferred',
      },
      sendsInvalidRequests: true,
      async run(t) {
        expectError(await t.call('listVirtualAccounts', { token: null }), 401);
        expectError(await t.call('listVirtualAccounts', { token: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 401);
      },
    },
    {
      name: 'a bearer token the server never issued answers 401, while the opaque token a create answered authenticates',
      provenance: {
        inferred:
          'seed 004 documents bearer auth but no status for a bad token; 401 is inferred. samock recognises its own opaque tokens by their hash ' +
          '(checked on samock only: a new account has no permissions on a real server)',
      },
      writes: true,
      async run(t) {
        await t.requireStrictAuth();
        expectError(await t.call('listVirtualAccounts', { token: 'samock-verify-never-issued-token', query: { limit: '1' } }), 401);
        if (!t.isSamock) return;
        const created = await createAccount(t, 'strict-auth');
        expectStatus(await t.call('listVirtualAccounts', { token: created.token, query: { limit: '1' } }), 200);
      },
    },
    {
      name: 'reserved tokens: invalid and expired answer 401, forbidden answers 403',
      provenance: { inferred: 'the reserved tokens are samock conventions; TrueFoundry documents no auth statuses, so 401 and 403 are inferred' },
      samockOnly: 'the reserved tokens are samock conventions',
      async run(t) {
        expectError(await t.call('listVirtualAccounts', { token: 'invalid' }), 401);
        expectError(await t.call('listVirtualAccounts', { token: 'expired' }), 401);
        expectError(await t.call('getVirtualAccount', { token: 'forbidden', params: { id: UNKNOWN_ID } }), 403);
      },
    },
    {
      name: 'a non-JSON content type answers 415 in the HttpError shape',
      provenance: { inferred: "the vendor documents no status for a wrong content type; 415 in the vendor's error shape is samock's" },
      sendsInvalidRequests: true,
      samockOnly: 'the vendor documents no status for a wrong content type',
      async run(t) {
        expectError(await t.call('createOrUpdateVirtualAccount', { rawBody: 'manifest=x', contentType: 'application/x-www-form-urlencoded' }), 415);
      },
    },
    {
      name: 'a body over 1 MiB answers 413 in the HttpError shape',
      provenance: { inferred: "the vendor documents no size limit; samock's 1 MiB limit answers 413 in the vendor's error shape" },
      samockOnly: 'the vendor documents no size limit',
      async run(t) {
        const big = JSON.stringify({ manifest: manifest('big-body', { padding: 'x'.repeat(1024 * 1024 + 10) }), dryRun: true });
        expectError(await t.call('createOrUpdateVirtualAccount', { rawBody: big }), 413);
      },
    },
  ],
});
