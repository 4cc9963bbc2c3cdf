import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { lyve } from '../../mocks/lyve/index.js';
import { createApp } from '../../src/app/create-app.js';
import { createHandlers } from '../../src/msw/create-handlers.js';
import { serve } from '../../src/serve.js';
import { widgets } from '../fixtures/widgets/index.js';
import { request, pick } from '../helpers.js';
import { control, createAccount, createWidget, startTwoApis } from './helpers.js';

let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
const start = async (config: Parameters<typeof startTwoApis>[0] = {}) => {
  const mock = await startTwoApis(config);
  servers.push(mock);
  return mock;
};
const as = (id: string) => ({ 'x-samock-session': id });

describe('sessions', () => {
  it('give their requests their own state: the same name is created in each, and neither sees the other', async () => {
    const mock = await start();
    expect((await createAccount(mock.lyve, 'same', as('a'))).status).toBe(200);
    expect((await createAccount(mock.lyve, 'same', as('b'))).status).toBe(200);
    await createWidget(mock.widgets, 'only', as('a'));
    expect((await request(`${mock.lyve}/service-accounts`, { headers: as('a') })).body).toHaveLength(1);
    expect((await request(`${mock.widgets}/widgets`, { headers: as('b') })).body).toEqual([]);
    expect((await request(`${mock.lyve}/service-accounts`)).body).toEqual([]);
  });

  it('give each session its own clock, faults and journal', async () => {
    const mock = await start();
    const widget = (await createWidget(mock.widgets, 'w', as('a'))).body;
    await createWidget(mock.widgets, 'w', as('b'));
    await mock.remote.forSession('a').clock.advance(1000);
    expect((await request(`${mock.widgets}/widgets/${widget.id}`, { headers: as('a') })).body.ready).toBe(true);
    expect((await request(`${mock.widgets}/widgets`, { headers: as('b') })).body[0].ready).toBe(false);
    await mock.remote.forSession('a').faults.add({ api: 'lyve', status: 503 });
    expect((await request(`${mock.lyve}/service-accounts`, { headers: as('a') })).status).toBe(503);
    expect((await request(`${mock.lyve}/service-accounts`, { headers: as('b') })).status).toBe(200);
    const journalB = await mock.remote.forSession('b').journal.list();
    expect(journalB.map((e) => e.operationId)).toEqual(['createWidget', 'listWidgets', 'listServiceAccounts']);
    expect(journalB.every((e) => e.session === 'b')).toBe(true);
  });

  it('are listed and deleted; deleting one drops its state', async () => {
    const mock = await start();
    await createAccount(mock.lyve, 'gone', as('temp'));
    expect((await mock.remote.sessions.list()).map((s) => s.id)).toEqual(expect.arrayContaining(['default', 'temp']));
    expect((await control(`${mock.control}/sessions/temp`, { method: 'DELETE' })).status).toBe(204);
    expect((await request(`${mock.lyve}/service-accounts`, { headers: as('temp') })).body).toEqual([]);
    await expect(mock.remote.sessions.delete('never')).rejects.toMatchObject({ status: 404, title: 'Unknown Session' });
  });

  it('are capped: past the cap a new session gets 429 problem+json; a bad id gets 400', async () => {
    const mock = await start({ maxSessions: 3 });
    expect((await request(`${mock.lyve}/service-accounts`, { headers: as('one') })).status).toBe(200);
    expect((await request(`${mock.lyve}/service-accounts`, { headers: as('two') })).status).toBe(200);
    const refused = await request(`${mock.lyve}/service-accounts`, { headers: as('three') });
    expect(refused.status).toBe(429);
    expect(refused.body.detail).toContain('maximum of 3 sessions');
    expect((await request(`${mock.lyve}/service-accounts`, { headers: as('one') })).status).toBe(200);
    expect((await request(`${mock.lyve}/service-accounts`, { headers: as('bad id!') })).status).toBe(400);
  });
});

describe('security of the control plane', () => {
  it('is on without a token on loopback', async () => {
    const mock = await start();
    expect((await control(`${mock.control}/clock`)).status).toBe(200);
  });

  it('is off when bound beyond loopback without --control-token', async () => {
    const { server } = await serve({ host: '0.0.0.0', port: 0, apis: pick('lyve') });
    servers.push(server);
    const response = await control(`http://127.0.0.1:${server.port}/__control/clock`);
    expect(response.status).toBe(404);
    expect(response.body.title).toBe('Control Plane Disabled');
  });

  it('requires the bearer control token when one is set', async () => {
    const { server } = await serve({ host: '0.0.0.0', port: 0, apis: pick('lyve'), controlToken: 's3cret' });
    servers.push(server);
    const url = `http://127.0.0.1:${server.port}/__control/clock`;
    expect((await control(url)).status).toBe(401);
    expect((await control(url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await control(url, { headers: { authorization: 'Bearer s3cret' } })).status).toBe(200);
  });
});

describe('deterministic mode', () => {
  it('makes ids, keys, secrets and tokens the same run to run with the same seed', async () => {
    const run = async (seed: number) => {
      const mock = await start({ seed });
      const account = (await createAccount(mock.lyve, 'seeded')).body;
      const token = (await request(`${mock.lyve}/auth/token`, { method: 'POST', token: null, body: { accountId: 'a', accessKey: 'k', secret: 's' } })).body
        .token;
      return { ...account, token };
    };
    const [a, b, c] = [await run(7), await run(7), await run(8)];
    expect(a).toEqual(b);
    expect(c.id).not.toBe(a.id);
  });
});

describe('in-process control (setupServer users)', () => {
  it('offers the same controls as typed functions, without HTTP', async () => {
    const app = createApp({ apis: [lyve, widgets], readyAfterMs: 5000, strict: true });
    const server = setupServer(...createHandlers(app));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const headers = { authorization: 'Bearer t', 'content-type': 'application/json' };
      const created = await fetch('https://widgets.example.com/api/widgets', { method: 'POST', headers, body: JSON.stringify({ name: 'inproc' }) });
      expect((await created.json()).ready).toBe(false);
      app.control.clock.advance(5000);
      const listed = await fetch('https://widgets.example.com/api/widgets', { headers });
      expect((await listed.json())[0].ready).toBe(true);
      app.control.faults.add({ api: 'lyve', status: 503, times: 1 });
      expect((await fetch('https://api.lyvecloud.seagate.com/v2/service-accounts', { headers })).status).toBe(503);
      expect(app.control.journal.list({ api: 'lyve' })).toEqual([expect.objectContaining({ status: 503, forcedBy: 'fault' })]);
      expect(app.control.dumpState('widgets')).toEqual({ widgets: [expect.objectContaining({ name: 'inproc' })] });
      const other = app.control.forSession('other');
      expect(other.journal.list()).toEqual([]);
      app.control.reset();
      expect(app.control.dumpState('widgets')).toEqual({ widgets: [] });
    } finally {
      server.close();
    }
  });
});
