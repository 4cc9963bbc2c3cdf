import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { checkClient, type ClientReport } from '../../src/client-check/index.js';
import { serverPrefix } from '../../src/core/route-table.js';
import { request, startTestServer, type TestServer } from '../helpers.js';
import { casesOf, describeCases, exampleClientsOf } from '../registry/what-an-api-has.js';

/** What each mistake must be reported as: [operation, location, JSON pointer, rule], in the order they were sent. */
const EXPECTED_MISTAKES: Record<string, [string | null, string, string, string][]> = {
  lyve: [
    ['createServiceAccount', 'body', '/name', 'required'], // `Name`
    ['createServiceAccount', 'body', '/permissions', 'required'],
    [null, 'method', '', 'method'], // PUT /service-accounts/
    ['listServiceAccounts', 'header', '/authorization', 'security'],
  ],
  lakesail: [
    ['createServiceAccount', 'body', '/username', 'required'], // `userName`
    ['createServiceAccount', 'body', '/description', 'required'],
    [null, 'method', '', 'method'], // PUT on the collection
    ['listServiceAccounts', 'header', '/authorization', 'security'],
  ],
  nscale: [
    ['createServiceAccount', 'body', '/spec/groupIDs', 'required'], // `groupIds`
    ['createServiceAccount', 'body', '/spec', 'required'],
    [null, 'method', '', 'method'], // PATCH
    ['listServiceAccounts', 'header', '/authorization', 'security'],
  ],
  wavefront: [
    ['createServiceAccount', 'body', '/identifier', 'required'], // `Identifier`
    ['createServiceAccount', 'body', '/identifier', 'required'],
    [null, 'method', '', 'method'], // DELETE on /account/serviceaccount/{id}
    ['getAllServiceAccounts', 'header', '/authorization', 'security'],
  ],
  truefoundry: [
    ['createOrUpdateVirtualAccount', 'body', '/manifest/permissions/0/role_id', 'required'], // `roleId`
    ['createOrUpdateVirtualAccount', 'body', '/manifest/type', 'required'],
    [null, 'method', '', 'method'], // POST instead of PUT
    ['listVirtualAccounts', 'header', '/authorization', 'security'],
  ],
};

const mistakesOf = (report: ClientReport) => report.violations.map((v) => v.issues.map((i) => [v.operationId, i.location, i.pointer, i.rule])).flat();

// One strict server for every API; each client sends its traffic in its own session.
let mock: TestServer;
beforeAll(async () => {
  mock = await startTestServer({ apis: vendors });
});
afterAll(() => mock.close());

// An API without example clients is skipped, its title saying so.
describeCases(
  casesOf(vendors, (id) => `${id} example clients`, exampleClientsOf),
  (clients, api) => {
    const id = api.id;
    const base = () => mock.url + serverPrefix(api);

    it('reports no violation for the correct client, and lists what it never exercised', async () => {
      await clients.correct(base(), { session: `${id}-correct` });
      const report = await checkClient({ baseUrl: mock.url, session: `${id}-correct` });
      expect(report.violations).toEqual([]);
      expect(report.exitCode).toBe(0);
      // Only the API it called, with its documented error codes never seen.
      expect(report.gaps.map((gap) => gap.api)).toEqual([id]);
      const [gaps] = report.gaps;
      expect(gaps!.operationsCalled).toBeGreaterThan(0);
      expect(gaps!.errorCodesNeverSeen.length).toBeGreaterThan(0);
      expect(gaps!.errorCodesNeverSeen.flatMap((op) => op.codes).every((code) => /^[45]|default/.test(code))).toBe(true);
    });

    it("reports each of the mistaken client's four mistakes with its operation, JSON pointer and rule", async () => {
      await clients.mistaken(base(), { session: `${id}-mistaken` });
      const report = await checkClient({ baseUrl: mock.url, session: `${id}-mistaken` });
      expect(EXPECTED_MISTAKES[id], `EXPECTED_MISTAKES lists no mistakes for ${id}'s mistaken client`).toBeDefined();
      expect(report.violations).toHaveLength(4);
      expect(mistakesOf(report)).toEqual(EXPECTED_MISTAKES[id]);
      expect(report.violations[2]).toMatchObject({ status: 405, api: id });
      // wavefront's own authenticator (X-AUTH-TOKEN) records no violation: the checker derives it from the 401.
      expect(report.violations[3]!.issues[0]!.source).toBe('journal');
      expect(report.exitCode).toBe(1);
    });
  },
);

describe('what is not a client mistake', () => {
  it('does not blame a client for rehearsing a reserved auth error or a forced status', async () => {
    const session = { 'x-samock-session': 'rehearsal' };
    await request(`${mock.url}/v2/service-accounts`, { token: 'expired', headers: session });
    await request(`${mock.url}/v2/service-accounts`, { headers: { ...session, prefer: 'code=503' } });
    const report = await checkClient({ baseUrl: mock.url, session: 'rehearsal' });
    expect(report.violations).toEqual([]);
    expect(report.gaps[0]!.errorCodesNeverSeen.find((op) => op.operationId === 'listServiceAccounts')!.codes).not.toContain('503');
  });

  it('reports a path no API serves', async () => {
    await request(`${mock.url}/v3/service-accounts`, { headers: { 'x-samock-session': 'lost' } });
    const report = await checkClient({ baseUrl: mock.url, session: 'lost' });
    expect(mistakesOf(report)).toEqual([[null, 'route', '', 'path']]);
  });
});
