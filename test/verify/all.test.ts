import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { serverPrefix } from '../../src/core/route-table.js';
import { hasFailures, planApis, verify, type VerifyResult } from '../../src/contracts/verify.js';
import { startTestServer, type TestServer } from '../helpers.js';

describe('--api all against one server with every registered API', () => {
  let server: TestServer;
  let result: VerifyResult;
  beforeAll(async () => {
    // 300 ms: "not ready at first" checks must still see the account unready on a loaded machine.
    server = await startTestServer({ apis: vendors, readyAfterMs: 600 });
    result = await verify({ known: vendors, api: 'all', baseUrl: server.url, token: 'all' });
  }, 300_000);
  afterAll(() => server.close());

  it('runs every registered API, each at the root plus its spec server path', () => {
    expect(result.targets).toHaveLength(1);
    expect(result.targets[0]!.reports.map((r) => [r.api, r.baseUrl])).toEqual(vendors.map((api) => [api.id, server.url + serverPrefix(api)]));
    expect(result.targets[0]!.reports.find((r) => r.api === 'lyve')!.baseUrl).toBe(`${server.url}/v2`);
  });

  it('passes every check of every suite', () => {
    // Checks about strict auth skip against a permissive samock, saying so.
    const notPassed = result.targets[0]!.reports.flatMap((r) =>
      r.results
        .filter((x) => x.status !== 'passed' && !(x.status === 'skipped' && /permissive auth/.test(x.reason ?? '')))
        .map((x) => `${r.api}: ${x.name}: ${x.status} — ${x.reason}`),
    );
    expect(notPassed).toEqual([]);
    expect(result.targets[0]!.reports.every((r) => r.isSamock && r.results.length > 0)).toBe(true);
    expect(hasFailures(result)).toBe(false);
  });
});

describe('how --api decides what the URL means', () => {
  it('keeps a single id at the URL as given (the API base URL)', () => {
    expect(planApis('lyve', vendors)).toEqual([{ id: 'lyve', suffix: '' }]);
  });

  it('treats the URL as the server root for a comma list, adding each spec server path', () => {
    expect(planApis(' lyve , nscale', vendors)).toEqual([
      { id: 'lyve', suffix: '/v2' },
      { id: 'nscale', suffix: '' },
    ]);
  });

  it('refuses unknown, duplicate and empty ids as usage errors naming the known ones', () => {
    expect(() => planApis('lyve,nope', vendors)).toThrow(/unknown API "nope"; known: lyve, lakesail/);
    expect(() => planApis('lyve,lyve', vendors)).toThrow(/twice/);
    expect(() => planApis(',', vendors)).toThrow(/needs an API id/);
  });

  it('refuses a URL that is not absolute http(s) before sending anything', async () => {
    await expect(verify({ known: vendors, api: 'lyve', baseUrl: 'localhost:4010', token: 't' })).rejects.toThrow(
      /--base-url must be an (absolute )?http\(s\) URL/,
    );
    await expect(verify({ known: vendors, api: 'lyve', baseUrl: 'http://127.0.0.1:1', against: 'ftp://x', token: 't' })).rejects.toThrow(
      /--against must be an http\(s\) URL/,
    );
  });
});
