import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PERMISSION_ID, request, startTestServer, type TestServer } from '../helpers.js';

let mock: TestServer;
beforeAll(async () => {
  mock = await startTestServer({ api: 'lyve' });
});
afterAll(() => mock.close());

const accounts = () => `${mock.base}/service-accounts`;

describe('transport errors are answered in the API shape, never a 500 or a hang', () => {
  it('answers 404 problem+json naming the method and path for a route no API owns', async () => {
    const response = await request(`${mock.url}/no-such-thing`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, method: 'GET', path: '/no-such-thing' });
    expect(response.body.detail).toContain('GET /no-such-thing');
  });

  it("answers an unknown path under an API's own prefix in that vendor's error shape, as its server would", async () => {
    const response = await request(`${mock.url}/v2/no-such-thing`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-samock-api')).toBe('lyve');
    // Not ServiceAccountNotFound: a client would read that as "the account is gone".
    expect(response.body).toEqual({ code: 'NotFound', message: 'The requested resource was not found.' });
  });

  it('answers 405 with an Allow header for a known path and the wrong method', async () => {
    const response = await request(`${accounts()}/abc/enabled`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('PUT, DELETE');
    expect(response.body).toEqual({ code: 'MethodNotAllowed', message: expect.stringContaining('POST') });
  });

  it('answers 400 InvalidArgument for malformed JSON', async () => {
    const response = await request(accounts(), { method: 'POST', body: '{"name": "a",' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: 'InvalidArgument', message: expect.stringContaining('not valid JSON') });
  });

  it('answers 415 in the lyve shape for a non-JSON content type', async () => {
    const response = await request(accounts(), { method: 'POST', body: 'name=a', headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(415);
    expect(response.body).toEqual({ code: 'InvalidArgument', message: expect.stringContaining('text/plain') });
  });

  it('answers 413 in the lyve shape for a body over 1 MiB declared by Content-Length', async () => {
    const body = JSON.stringify({ name: 'big', description: 'x'.repeat(1024 * 1024), permissions: [DEFAULT_PERMISSION_ID] });
    const response = await request(accounts(), { method: 'POST', body });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('InvalidArgument');
  });

  it('answers 413 for a chunked body that grows past 1 MiB, without reading it all', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(accounts(), { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 20; i++) req.write(chunk); // 1.25 MiB, chunked (no Content-Length)
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers 400 naming the field and the rule when the body breaks the schema', async () => {
    const response = await request(accounts(), { method: 'POST', body: { name: 'a/b', permissions: [DEFAULT_PERMISSION_ID] } });
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('"name"');
    expect(response.body.message).toContain('pattern');
  });

  it('answers 400 when the required body is missing', async () => {
    const response = await request(accounts(), { method: 'POST' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: 'InvalidArgument', message: expect.stringContaining('required') });
  });

  it('keeps hostile keys as data: a __proto__ property neither pollutes objects nor breaks the request', async () => {
    const body = `{"name":"proto-test","permissions":["${DEFAULT_PERMISSION_ID}"],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`;
    const response = await request(accounts(), { method: 'POST', body });
    expect(response.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const got = await request(`${accounts()}/${response.body.id}`);
    expect(got.body).not.toHaveProperty('polluted');
  });

  it('loses no state: after a run of failed requests the list is unchanged', async () => {
    const before = await request(accounts());
    await request(accounts(), { method: 'POST', body: '{' });
    await request(accounts(), { method: 'POST', body: { name: 'x', permissions: [] } });
    await request(accounts(), { method: 'POST', body: { name: 'y', permissions: ['nope'] } });
    await request(accounts(), { method: 'POST', body: 'a', headers: { 'content-type': 'text/plain' } });
    await request(`${accounts()}/none`, { method: 'DELETE' });
    const after = await request(accounts());
    expect(after.body).toEqual(before.body);
  });
});
