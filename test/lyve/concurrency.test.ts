import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_PERMISSION_ID, request, startTestServer, type TestServer } from '../helpers.js';

let mock: TestServer;
beforeAll(async () => {
  mock = await startTestServer({ api: 'lyve' });
});
afterAll(() => mock.close());

/** One POST over its own connection, so the 100 really are in flight together. */
function post(url: string, body: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: 'Bearer t' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

it('100 concurrent creates of one name over HTTP yield exactly one 200 and 99 × 409, and one stored account', async () => {
  const agent = new Agent({ keepAlive: false, maxSockets: 100 });
  const body = JSON.stringify({ name: 'race', permissions: [DEFAULT_PERMISSION_ID] });
  const statuses = await Promise.all(Array.from({ length: 100 }, () => post(`${mock.base}/service-accounts`, body, agent)));
  agent.destroy();
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(99);
  const listed = await request(`${mock.base}/service-accounts?name=race`);
  expect(listed.body).toHaveLength(1);
});
