import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers.js';

let mock: TestServer;
beforeAll(async () => {
  mock = await startTestServer({ api: 'lyve' });
});
afterAll(() => mock.close());

it('answers a CORS preflight itself, allowing the origin, the method and the headers asked for', async () => {
  const response = await fetch(`${mock.base}/service-accounts`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://localhost:5173',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type,prefer',
    },
  });
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type,prefer');
});

it('lets a page on another origin read every answer, errors included', async () => {
  const response = await fetch(`${mock.base}/service-accounts`, { headers: { origin: 'http://localhost:5173' } });
  expect(response.status).toBe(400);
  expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  expect(response.headers.get('access-control-expose-headers')).toBe('*');
});
