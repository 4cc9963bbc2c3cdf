import { pick } from './helpers.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createMock } from 'samock';
import { vendors } from 'samock/vendors';

const { handlers, app: mock } = createMock({ apis: vendors });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
beforeEach(() => mock.reset());
afterAll(() => server.close());

const LYVE = 'https://api.lyvecloud.seagate.com/v2';
const json = { authorization: 'Bearer any', 'content-type': 'application/json' };

it('serves lyve in-process through msw setupServer with the handlers of createMock({ apis: vendors })', async () => {
  const created = await fetch(`${LYVE}/service-accounts`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ name: 'in-process', permissions: ['default-permission'] }),
  });
  expect(created.status).toBe(200);
  const { id, secret } = await created.json();
  const got = await fetch(`${LYVE}/service-accounts/${id}`, { headers: json });
  expect(got.status).toBe(200);
  const body = await got.json();
  expect(body).toMatchObject({ id, name: 'in-process', readyState: false });
  expect(JSON.stringify(body)).not.toContain(secret);
});

it('answers errors in the vendor shape in-process too (409 duplicate, 400 bad token, 405 wrong method)', async () => {
  const body = JSON.stringify({ name: 'dup', permissions: ['default-permission'] });
  await fetch(`${LYVE}/service-accounts`, { method: 'POST', headers: json, body });
  const again = await fetch(`${LYVE}/service-accounts`, { method: 'POST', headers: json, body });
  expect([again.status, (await again.json()).code]).toEqual([409, 'ServiceAccountNameAlreadyExists']);
  const badToken = await fetch(`${LYVE}/service-accounts`, { headers: { authorization: 'Bearer expired' } });
  expect([badToken.status, (await badToken.json()).code]).toEqual([400, 'ExpiredToken']);
  const wrongMethod = await fetch(`${LYVE}/service-accounts`, { method: 'PATCH', headers: json });
  expect(wrongMethod.status).toBe(405);
  expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
});

it('mock.reset() clears state and the clock drives readiness in-process', async () => {
  const { app, handlers: own } = createMock({ apis: pick('lyve'), readyAfterMs: 5000 });
  server.use(...own);
  const created = await fetch(`${LYVE}/service-accounts`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ name: 'clock', permissions: ['default-permission'] }),
  });
  const { id } = await created.json();
  app.clock.advance(5000);
  const got = await fetch(`${LYVE}/service-accounts/${id}`, { headers: json });
  expect((await got.json()).readyState).toBe(true);
  app.reset();
  expect((await fetch(`${LYVE}/service-accounts/${id}`, { headers: json })).status).toBe(404);
  server.resetHandlers();
});

it('leaves requests that match no spec path to the network (msw passthrough)', async () => {
  const other = createServer((_req, res) => res.end('real server'));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const { port } = other.address() as AddressInfo;
  try {
    const response = await fetch(`http://127.0.0.1:${port}/v2/not-a-lyve-path`);
    expect(await response.text()).toBe('real server');
  } finally {
    other.close();
  }
});

it("answers an unknown path under an API's prefix on the vendor's own host with the vendor's 404, as its server would", async () => {
  const response = await fetch(`${LYVE}/not-a-lyve-path`, { headers: json });
  expect(response.status).toBe(404);
  expect(await response.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  // A templated host still names the vendor's domain: any cluster of wavefront.com.
  const wavefront = await fetch('https://acme.wavefront.com/api/v2/not-a-path', { headers: { authorization: 'Bearer any' } });
  expect(wavefront.status).toBe(404);
  // A host that is all variable counts only at its default: LakeSail's hosted platform.
  const lakesail = await fetch('https://platform.lakesail.com/api/org/v1/not-a-path', { headers: { authorization: 'Bearer any' } });
  expect([lakesail.status, lakesail.headers.get('x-samock-api')]).toEqual([404, 'lakesail']);
});
