import { afterEach, describe, expect, it } from 'vitest';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import { request, startTestServer, type TestServer } from '../helpers.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A strict server (every answer checked against the spec) with the accounts the tests filter. */
async function seeded() {
  const mock = await startTestServer({ apis: [truefoundry] });
  servers.push(mock);
  const accounts = `${mock.base}/api/svc/v1/virtual-accounts`;
  const put = (name: string, extra: Record<string, unknown> = {}) =>
    request(accounts, { method: 'PUT', body: { manifest: { name, type: 'virtual-account', permissions: [], ...extra } } });
  for (const [name, extra] of [
    ['ml-bot', { ownedBy: { team: 'ml' }, tags: { env: 'prod', tier: 1 } }],
    ['ml-job', { ownedBy: { team: 'ml', account: 'acme' }, tags: { env: 'dev' } }],
    ['web-bot', { ownedBy: { team: 'web' }, tags: { env: 'prod' } }],
    ['orphan-bot', {}],
  ] as const) {
    expect((await put(name, extra)).status).toBe(200);
  }
  /** The names a list answers, with its status and total; `query` is appended as is. */
  const names = async (query: string) => {
    const listed = await request(`${accounts}?${query}`);
    return {
      status: listed.status,
      names: (listed.body.data ?? []).map((a: { name: string }) => a.name),
      total: listed.body.pagination?.total,
      body: listed.body,
    };
  };
  const filter = (tree: unknown) => names(`filter=${encodeURIComponent(typeof tree === 'string' ? tree : JSON.stringify(tree))}`);
  return { mock, accounts, put, names, filter };
}

const contains = (value: string) => ({ column: 'name', op: 'STRING_CONTAINS', value });
const tag = (key: string, op: string, value: string) => ({ column: 'manifest.tags', key, op, value });

describe('truefoundry list: ownedByTeams', () => {
  it('one team lists only the accounts whose manifest.ownedBy.team is that team, and total counts them', async () => {
    const { names } = await seeded();
    expect(await names('ownedByTeams=ml')).toMatchObject({ status: 200, names: ['ml-bot', 'ml-job'], total: 2 });
  });

  it('several teams, comma-separated or as the parameter repeated, list the accounts of any of them', async () => {
    const { names } = await seeded();
    for (const query of ['ownedByTeams=ml,web', 'ownedByTeams=ml&ownedByTeams=web', 'ownedByTeams=ml,%20web']) {
      expect(await names(query)).toMatchObject({ status: 200, names: ['ml-bot', 'ml-job', 'web-bot'], total: 3 });
    }
  });

  it('matches the team name exactly: no account without ownedBy, no unknown or partial team', async () => {
    const { names } = await seeded();
    expect(await names('ownedByTeams=nobody')).toMatchObject({ status: 200, names: [], total: 0 });
    expect(await names('ownedByTeams=m')).toMatchObject({ status: 200, names: [], total: 0 });
    expect(await names('ownedByTeams=ML')).toMatchObject({ status: 200, names: [], total: 0 });
  });

  it('an empty value filters nothing', async () => {
    const { names } = await seeded();
    expect(await names('ownedByTeams=')).toMatchObject({ status: 200, total: 4 });
    expect(await names('ownedByTeams=,')).toMatchObject({ status: 200, total: 4 });
  });

  it('combines with nameSearchQuery and pagination (AND)', async () => {
    const { names } = await seeded();
    expect(await names('ownedByTeams=ml,web&nameSearchQuery=bot')).toMatchObject({ names: ['ml-bot', 'web-bot'], total: 2 });
    const page = await names('ownedByTeams=ml,web&limit=1&offset=1');
    expect([page.names, page.body.pagination]).toEqual([['ml-job'], { total: 3, offset: 1, limit: 1 }]);
  });

  it('a manifest whose ownedBy has no team answers 422 naming manifest.ownedBy.team, and stores nothing', async () => {
    const { put, names } = await seeded();
    const refused = await put('no-team', { ownedBy: { account: 'acme' } });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      statusCode: 422,
      message: expect.stringContaining('manifest.ownedBy.team'),
      details: [expect.objectContaining({ pointer: '/manifest/ownedBy/team' })],
    });
    expect((await names('nameSearchQuery=no-team')).total).toBe(0);
  });
});

describe('truefoundry list: filter', () => {
  it("the SDK's example tree, an AND group of one name leaf with STRING_CONTAINS, lists the names that contain the value", async () => {
    const { filter } = await seeded();
    expect(await filter('{"type":"AND","children":[{"column":"name","op":"STRING_CONTAINS","value":"bot"}]}')).toMatchObject({
      status: 200,
      names: ['ml-bot', 'web-bot', 'orphan-bot'],
      total: 3,
    });
  });

  it('AND needs every child, OR any; groups nest', async () => {
    const { filter } = await seeded();
    expect((await filter({ type: 'AND', children: [contains('ml'), contains('bot')] })).names).toEqual(['ml-bot']);
    expect((await filter({ type: 'OR', children: [contains('job'), contains('web')] })).names).toEqual(['ml-job', 'web-bot']);
    const nested = { type: 'AND', children: [contains('bot'), { type: 'OR', children: [tag('env', 'STRING_EQUALS', 'prod'), contains('orphan')] }] };
    expect((await filter(nested)).names).toEqual(['ml-bot', 'web-bot', 'orphan-bot']);
  });

  it('an empty AND lists every account, an empty OR none', async () => {
    const { filter } = await seeded();
    expect(await filter({ type: 'AND', children: [] })).toMatchObject({ status: 200, total: 4 });
    expect(await filter({ type: 'OR', children: [] })).toMatchObject({ status: 200, names: [], total: 0 });
  });

  it('a json_map leaf matches manifest.tags[key]: STRING_EQUALS exactly, STRING_CONTAINS ignoring case; numbers compare as text; a missing tag never matches', async () => {
    const { filter } = await seeded();
    expect((await filter(tag('env', 'STRING_EQUALS', 'prod'))).names).toEqual(['ml-bot', 'web-bot']);
    expect((await filter(tag('env', 'STRING_EQUALS', 'PROD'))).names).toEqual([]);
    expect((await filter(tag('env', 'STRING_CONTAINS', 'RO'))).names).toEqual(['ml-bot', 'web-bot']);
    expect((await filter(tag('tier', 'STRING_EQUALS', '1'))).names).toEqual(['ml-bot']);
    expect((await filter(tag('owner', 'STRING_CONTAINS', ''))).names).toEqual([]);
    expect((await filter(tag('__proto__', 'STRING_CONTAINS', ''))).names).toEqual([]);
  });

  it('STRING_EQUALS on name matches the whole name only', async () => {
    const { filter } = await seeded();
    expect((await filter({ column: 'name', op: 'STRING_EQUALS', value: 'ml-bot' })).names).toEqual(['ml-bot']);
    expect((await filter({ column: 'name', op: 'STRING_EQUALS', value: 'ml' })).names).toEqual([]);
  });

  it('combines with ownedByTeams, nameSearchQuery and isExpired (AND)', async () => {
    const { names } = await seeded();
    const tree = encodeURIComponent(JSON.stringify(tag('env', 'STRING_EQUALS', 'prod')));
    expect((await names(`filter=${tree}&ownedByTeams=web&isExpired=false`)).names).toEqual(['web-bot']);
    expect((await names(`filter=${tree}&nameSearchQuery=ml&isExpired=true`)).names).toEqual([]);
  });

  it.each([
    ['not JSON', 'not json', '', 'json'],
    ['JSON that is not an object', '[1]', '', 'type'],
    ['a group of another type', { type: 'XOR', children: [] }, ' at /type', 'enum'],
    ['a group without children', { type: 'AND' }, ' at /children', 'type'],
    ['an unknown column', { column: 'id', op: 'STRING_CONTAINS', value: 'x' }, ' at /column', 'enum'],
    ['an unknown op', { column: 'name', op: 'REGEX', value: 'x' }, ' at /op', 'enum'],
    ['a value that is not a string', { column: 'name', op: 'STRING_CONTAINS', value: 1 }, ' at /value', 'type'],
    ['a json_map leaf without key', { column: 'manifest.tags', op: 'STRING_EQUALS', value: 'x' }, ' at /key', 'type'],
    ['a leaf with a field it does not know', { column: 'name', op: 'STRING_CONTAINS', value: 'x', key: 'k' }, ' at /key', 'additionalProperties'],
    ['a hostile key', '{"type":"AND","children":[],"__proto__":{"polluted":true}}', ' at /__proto__', 'additionalProperties'],
    [
      'a bad leaf deep in the tree',
      { type: 'AND', children: [contains('a'), { type: 'OR', children: [{ column: 'name', op: 'LIKE', value: 'a' }] }] },
      ' at /children/1/children/0/op',
      'enum',
    ],
  ])('%s answers 422 in the HttpError shape naming filter and where, and changes nothing', async (_what, tree, where, rule) => {
    const { filter, names } = await seeded();
    const before = (await names('')).body;
    const refused = await filter(tree);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      statusCode: 422,
      message: expect.stringMatching(new RegExp(`^Invalid request: Query field "filter",?${where.replace(/[/_]/g, '\\$&')}`)),
      details: [{ location: 'query', pointer: '/filter', rule }],
    });
    expect((await names('')).body).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a tree nested deeper than 16 levels answers 422 (samock's limit), never a 500", async () => {
    const { filter } = await seeded();
    let tree: unknown = contains('bot');
    for (let depth = 1; depth < 16; depth++) tree = { type: 'AND', children: [tree] };
    expect((await filter(tree)).status).toBe(200);
    const deeper = await filter({ type: 'AND', children: [tree] });
    expect([deeper.status, deeper.body.details?.[0]?.rule]).toEqual([422, 'maxDepth']);
  });
});
