import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from '../helpers.js';
import { control, createAccount, createWidget, startTwoApis } from './helpers.js';
import { lyve } from '../../mocks/lyve/index.js';
import { createApp } from '../../src/app/create-app.js';

let mock: Awaited<ReturnType<typeof startTwoApis>>;
beforeAll(async () => {
  mock = await startTwoApis({ readyAfterMs: 60_000 });
});
afterAll(() => mock.close());
beforeEach(async () => {
  await mock.remote.reset();
  await mock.remote.faults.clear();
});

describe('virtual clock', () => {
  it('takes lyve readyState and widget readiness from not ready to ready in one advance, without sleeping', async () => {
    const account = (await createAccount(mock.lyve, 'clocked')).body;
    const widget = (await createWidget(mock.widgets, 'clocked')).body;
    expect((await request(`${mock.lyve}/service-accounts/${account.id}`)).body.readyState).toBe(false);
    expect(widget.ready).toBe(false);
    await mock.remote.clock.advance(60_000);
    expect((await request(`${mock.lyve}/service-accounts/${account.id}`)).body.readyState).toBe(true);
    expect((await request(`${mock.widgets}/widgets/${widget.id}`)).body.ready).toBe(true);
  });

  it('reads, freezes and unfreezes the clock', async () => {
    const frozen = await mock.remote.clock.freeze();
    expect(frozen.frozen).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await mock.remote.clock.get()).nowMs).toBe(frozen.nowMs);
    const advanced = await mock.remote.clock.advance(1000);
    expect(advanced.nowMs).toBe(frozen.nowMs + 1000);
    const running = await mock.remote.clock.unfreeze();
    expect(running.frozen).toBe(false);
    expect(running.nowMs).toBeGreaterThanOrEqual(advanced.nowMs);
  });
});

describe('Prefer header', () => {
  it("answers a documented status in each API's own shape with a realistic message", async () => {
    const lyve503 = await request(`${mock.lyve}/service-accounts`, { headers: { prefer: 'code=503' } });
    expect([lyve503.status, lyve503.body]).toEqual([
      503,
      { code: 'ServiceNotReady', message: 'The server is not ready to handle the request. Please retry the request later.' },
    ]);
    const lyve500 = await request(`${mock.lyve}/service-accounts`, { headers: { prefer: 'code=500' } });
    expect(lyve500.body.code).toBe('InternalError');
    const widget503 = await request(`${mock.widgets}/widgets`, { headers: { prefer: 'code=503' } });
    expect([widget503.status, widget503.body]).toEqual([503, { error: { status: 503, reason: 'Widget factory closed.' } }]);
  });

  it("answers the operation's own cause for a forced status, not the API-wide default (a permission's 404, the token exchange's 403)", async () => {
    const permission = await request(`${mock.lyve}/permissions/p1`, { headers: { prefer: 'code=404' } });
    expect([permission.status, permission.body.code]).toEqual([404, 'PermissionNotFound']);
    const create = await createAccount(mock.lyve, 'forced-404', { prefer: 'code=404' });
    expect([create.status, create.body.code]).toEqual([404, 'PermissionNotFound']);
    const token = await request(`${mock.lyve}/auth/token`, {
      method: 'POST',
      headers: { prefer: 'code=403' },
      body: { accountId: 'a', accessKey: 'k', secret: 's' },
    });
    expect([token.status, token.body.code]).toEqual([403, 'AuthenticationFailed']);
    const account = await request(`${mock.lyve}/service-accounts/x`, { headers: { prefer: 'code=404' } });
    expect([account.status, account.body.code]).toEqual([404, 'ServiceAccountNotFound']);
    await mock.remote.faults.add({ api: 'lyve', operation: 'getPermission', status: 404, times: 1 });
    expect((await request(`${mock.lyve}/permissions/${'default-permission'}`)).body.code).toBe('PermissionNotFound');
  });

  it('leaves state unchanged when it forces an error that has a cause in state', async () => {
    const forced = await createAccount(mock.lyve, 'forced', { prefer: 'code=409' });
    expect([forced.status, forced.body.code]).toEqual([409, 'ServiceAccountNameAlreadyExists']);
    expect((await request(`${mock.lyve}/service-accounts`)).body).toEqual([]);
    expect((await createAccount(mock.lyve, 'forced')).status).toBe(200);
  });

  it('refuses an undocumented status with 422 problem+json listing the documented ones', async () => {
    const response = await request(`${mock.lyve}/service-accounts`, { headers: { prefer: 'code=418' } });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body.documented).toEqual(['200', '400', '403', '500', '503']);
    expect(response.body.detail).toContain('lyve.listServiceAccounts');
  });

  it('delays the answer by delay=ms', async () => {
    const started = performance.now();
    const response = await request(`${mock.widgets}/widgets`, { headers: { prefer: 'delay=250' } });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('runs normally for the documented success code', async () => {
    expect((await createWidget(mock.widgets, 'normal', { prefer: 'code=201' })).status).toBe(201);
  });
});

describe('faults', () => {
  it('answers the vendor-shaped status for the matching operation, `times` times, then expires', async () => {
    const added = await control(`${mock.control}/faults`, { method: 'POST', body: { api: 'lyve', operation: 'listServiceAccounts', status: 503, times: 2 } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: expect.any(String), hits: 0, times: 2 });
    expect((await request(`${mock.lyve}/service-accounts`)).body.code).toBe('ServiceNotReady');
    expect((await request(`${mock.lyve}/permissions`)).status).toBe(200);
    expect((await request(`${mock.widgets}/widgets`)).status).toBe(200);
    expect((await request(`${mock.lyve}/service-accounts`)).status).toBe(503);
    expect((await request(`${mock.lyve}/service-accounts`)).status).toBe(200);
    expect(await mock.remote.faults.list()).toEqual([]);
  });

  it('applies an API-wide fault to every operation of that API only, in its shape', async () => {
    await mock.remote.faults.add({ api: 'widgets', status: 500 });
    expect((await request(`${mock.widgets}/widgets`)).body).toEqual({ error: { status: 500, reason: 'Widget factory on fire.' } });
    expect((await createWidget(mock.widgets, 'x')).status).toBe(500);
    expect((await request(`${mock.lyve}/service-accounts`)).status).toBe(200);
  });

  it('drops the connection for reset: true', async () => {
    await mock.remote.faults.add({ api: 'lyve', reset: true, times: 1 });
    await expect(fetch(`${mock.lyve}/service-accounts`, { headers: { authorization: 'Bearer t' } })).rejects.toThrow();
    expect((await request(`${mock.lyve}/service-accounts`)).status).toBe(200);
  });

  it('sends half a body for truncate: true', async () => {
    await mock.remote.faults.add({ api: 'widgets', truncate: true, times: 1 });
    await mock.remote.loadState('widgets', { widgets: [{ id: 'w1', name: 'abc', readyAt: '2026-01-01T00:00:00Z' }] });
    const response = await fetch(`${mock.widgets}/widgets`, { headers: { authorization: 'Bearer t' } }).catch((error: Error) => error);
    const outcome = response instanceof Error ? response : await response.text().catch((error: Error) => error);
    expect(outcome).toBeInstanceOf(Error);
  });

  it('delays matching requests by delayMs', async () => {
    await mock.remote.faults.add({ operation: 'getWidget', delayMs: 200 });
    const started = performance.now();
    expect((await request(`${mock.widgets}/widgets/none`)).status).toBe(404);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('hits only a share of requests with a probability', async () => {
    await mock.remote.faults.add({ api: 'widgets', status: 503, probability: 0.5 });
    const statuses = await Promise.all(Array.from({ length: 60 }, () => request(`${mock.widgets}/widgets`).then((r) => r.status)));
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(5);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(5);
  });

  it('lists faults with their hits, deletes one and clears all; refuses unknown operations and empty faults', async () => {
    const fault = await mock.remote.faults.add({ operation: 'getWidget', status: 503 });
    await request(`${mock.widgets}/widgets/x`);
    expect(await mock.remote.faults.list()).toEqual([expect.objectContaining({ id: fault.id, hits: 1 })]);
    expect((await control(`${mock.control}/faults/${fault.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await control(`${mock.control}/faults/${fault.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await control(`${mock.control}/faults`, { method: 'POST', body: { operation: 'noSuchOperation', status: 503 } })).status).toBe(404);
    expect((await control(`${mock.control}/faults`, { method: 'POST', body: { api: 'lyve' } })).status).toBe(400);
    expect((await control(`${mock.control}/faults`, { method: 'POST', body: { status: 200 } })).status).toBe(400);
  });
});

describe('the in-process control refuses what specs/control.yaml refuses over HTTP', () => {
  const local = () => createApp({ apis: [lyve] }).control;

  it('refuses a fractional or negative clock advance, leaving the clock where it was', () => {
    const control = local();
    const before = control.clock.get().nowMs;
    expect(() => control.clock.advance(1.5)).toThrow(/whole number/);
    expect(() => control.clock.advance(-1)).toThrow(/whole number/);
    expect(control.clock.get().nowMs - before).toBeLessThan(1000);
  });

  it.each([
    [{ status: 200 }, /status is out of range/],
    [{ delayMs: 1e6 }, /delayMs is out of range/],
    [{ status: 503, probability: 2 }, /probability is out of range/],
    [{ status: 503, times: 0 }, /times is out of range/],
    [{ status: 503, colour: 'red' }, /no field "colour"/],
  ])('refuses the fault %j and adds none', (spec, message) => {
    const control = local();
    expect(() => control.faults.add(spec as never)).toThrow(message);
    expect(control.faults.list()).toEqual([]);
  });

  it('refuses a journal limit below 1', () => {
    expect(() => local().journal.list({ limit: 0 })).toThrow(/limit must be a whole number ≥ 1/);
  });
});
