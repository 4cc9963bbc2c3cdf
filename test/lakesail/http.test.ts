import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lakesail } from '../../mocks/lakesail/index.js';
import { request, startTestServer, type TestServer } from '../helpers.js';

let mock: TestServer;
let accounts: string;
beforeAll(async () => {
  mock = await startTestServer({ apis: [lakesail] });
  accounts = `${mock.url}/api/org/v1/service-accounts`;
});
afterAll(() => mock.close());

describe('lakesail over HTTP: media types and transport errors', () => {
  it("answers JSON as application/json; charset=utf-8 (the vendor's header) on 201, 200 and errors alike", async () => {
    const created = await request(accounts, { method: 'POST', body: { username: 'u', description: 'd' } });
    const listed = await request(accounts);
    const missing = await request(`${accounts}/NOSUCH`);
    expect([created.status, listed.status, missing.status]).toEqual([201, 200, 404]);
    for (const response of [created, listed, missing]) expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('answers delete with 204, no body and no content type', async () => {
    const { id } = (await request(accounts, { method: 'POST', body: { username: 'gone', description: 'd' } })).body;
    const deleted = await request(`${accounts}/${id}`, { method: 'DELETE' });
    expect([deleted.status, deleted.body, deleted.headers.get('content-type')]).toEqual([204, undefined, null]);
  });

  it('answers a wrong method with 405 {message} and Allow, and an id outside ^[A-Z0-9]+$ with 400 naming "sa"', async () => {
    const wrong = await request(accounts, { method: 'PUT', body: {} });
    expect([wrong.status, wrong.headers.get('allow'), Object.keys(wrong.body)]).toEqual([405, 'GET, POST', ['message']]);
    const lower = await request(`${accounts}/abc`);
    expect([lower.status, lower.body.message]).toEqual([400, expect.stringContaining('"sa"')]);
  });

  it('answers a key request without a body with 400 (the body is required; {} asks for a key that does not expire)', async () => {
    const { id } = (await request(accounts, { method: 'POST', body: { username: 'k', description: 'd' } })).body;
    const bare = await request(`${accounts}/${id}/keys`, { method: 'POST' });
    expect([bare.status, Object.keys(bare.body)]).toEqual([400, ['message']]);
    const empty = await request(`${accounts}/${id}/keys`, { method: 'POST', body: {} });
    expect(empty.status).toBe(201);
  });
});
