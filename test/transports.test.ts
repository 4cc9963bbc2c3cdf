import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMock } from 'samock';
import { vendors } from 'samock/vendors';
import { serverPrefix } from '../src/core/route-table.js';
import { request, startTestServer, vendorUrl, type TestServer } from './helpers.js';
import { casesOf, describeCases, getPathsOf } from './registry/what-an-api-has.js';

/** The two mocks were created at different instants: compare bodies with timestamps masked. */
const withoutTimes = (body: unknown) => JSON.parse(JSON.stringify(body ?? null).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>'));

/** Every GET of each API, its path parameters filled with a placeholder; an API without one is skipped, saying so. */
const cases = casesOf(vendors, (id) => `${id} answers the same in every transport`, getPathsOf);

describeCases(cases, (probes, api) => {
  let standalone: TestServer;
  const msw = setupServer(...createMock({ apis: vendors }).handlers);
  beforeAll(async () => {
    standalone = await startTestServer({ apis: [api] });
  });
  afterAll(() => standalone.close());

  it.each(probes)('GET %s: same status and body (timestamps aside) over HTTP and through the msw handlers of createMock', async (path) => {
    // msw handlers match any origin (so relative URLs work in a browser): keep them
    // off while asking the standalone server, or msw would answer for it.
    const overHttp = await request(standalone.url + serverPrefix(api) + path);
    msw.listen({ onUnhandledRequest: 'error' });
    let inProcess: Awaited<ReturnType<typeof request>>;
    try {
      inProcess = await request(vendorUrl(api.spec) + path);
    } finally {
      msw.close();
    }
    expect(overHttp.headers.get('x-samock-api')).toBe(api.id);
    expect(inProcess.headers.get('x-samock-api')).toBe(api.id);
    expect([inProcess.status, withoutTimes(inProcess.body)]).toEqual([overHttp.status, withoutTimes(overHttp.body)]);
  });
});
