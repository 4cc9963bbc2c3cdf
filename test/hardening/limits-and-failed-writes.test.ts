import { afterEach, describe, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import { createApp, type App } from '../../src/app/create-app.js';
import type { PlainRequest } from '../../src/core/http-types.js';
import { serve, type ServeOptions } from '../../src/serve.js';
import { indexedCollection } from '../../src/store/indexed-collection.js';
import { request, pick } from '../helpers.js';
import { casesOf, describeCases, jsonCreateOf } from '../registry/what-an-api-has.js';

/**
 * Items 3, 4 and 7 of the hardening issue: deep JSON answered 500 on every create (a stack
 * overflow while reporting the violation) and, in TrueFoundry, 500 *after* storing the
 * account, breaking every later list and dump; a state load answered 500 after swapping the
 * store in; a dump over 1 MiB could not be loaded back.
 */
const deep = (levels: number, inner = '1') => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
const send = (app: App, request: Partial<PlainRequest> & { path: string }) =>
  app.handle({ method: 'GET', query: {}, headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, ...request });
const tfList = async (app: App) => (await send(app, { path: '/api/svc/v1/virtual-accounts' })).body as { data: { name: string }[] };
const manifest = (name: string, extra: string) => `{"manifest":{"name":"${name}","type":"virtual-account","permissions":[],"extra":${extra}}}`;

/** Each API's create operation, with its path filled in; an API without one is skipped, saying so. */
const creates = casesOf(vendors, (id) => `${id} refuses hostile JSON before parsing it, in its own error shape`, jsonCreateOf);

describeCases(creates, ({ method, path }, api) => {
  it('answers a body nested 5,000 deep with 400 naming the limit and its flag, and stores nothing', async () => {
    const app = createApp({ apis: [api], strict: true });
    const before = JSON.stringify(app.control.dumpState(api.id));
    const response = await send(app, { method, path, rawBody: deep(5_000) });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('--max-json-depth');
    expect(response.headers['content-type']).not.toBe('application/problem+json');
    expect(JSON.stringify(app.control.dumpState(api.id))).toBe(before);
  });

  it('answers a string longer than the limit with 400 naming --max-string-length', async () => {
    const app = createApp({ apis: [api], strict: true });
    const response = await send(app, { method, path, rawBody: `{"name":"${'x'.repeat(70_000)}"}` });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('--max-string-length');
  });
});

describe('TrueFoundry upserts that cannot be stored', () => {
  it('refuse a manifest with a 2,000-level nested extra field (400) and leave the store as it was: lists and dumps keep working', async () => {
    const app = createApp({ apis: [truefoundry], strict: true });
    expect((await send(app, { method: 'PUT', path: '/api/svc/v1/virtual-accounts', rawBody: manifest('kept', '1') })).status).toBe(200);
    const refused = await send(app, { method: 'PUT', path: '/api/svc/v1/virtual-accounts', rawBody: manifest('deep', deep(2_000)) });
    expect(refused.status).toBe(400);
    expect((await tfList(app)).data.map((a) => a.name)).toEqual(['kept']);
    expect(() => JSON.stringify(app.control.dumpState('truefoundry'))).not.toThrow();
    // …also as an update of an existing account.
    expect((await send(app, { method: 'PUT', path: '/api/svc/v1/virtual-accounts', rawBody: manifest('kept', deep(2_000)) })).status).toBe(400);
    expect((await send(app, { method: 'GET', path: '/api/svc/v1/virtual-accounts' })).status).toBe(200);
  });

  it('a state load holding such a manifest is refused (400) and the old state stays, over HTTP and in-process', async () => {
    const { app, server } = await serve({ port: 0, apis: pick('truefoundry') });
    try {
      await request(`${server.url}/api/svc/v1/virtual-accounts`, {
        method: 'PUT',
        body: { manifest: { name: 'survivor', type: 'virtual-account', permissions: [] } },
      });
      const dump = app.control.dumpState('truefoundry') as { virtualAccounts: { manifest: Record<string, unknown> }[] };
      const hostile = JSON.stringify({
        ...dump,
        virtualAccounts: [{ ...dump.virtualAccounts[0], manifest: { ...dump.virtualAccounts[0]!.manifest, extra: '__DEEP__' } }],
      }).replace('"__DEEP__"', deep(2_000));
      const overHttp = await request(`${server.url}/__control/state/truefoundry`, { method: 'PUT', token: null, body: hostile });
      expect(overHttp.status).toBe(400);
      expect(overHttp.body.detail).toContain('--max-json-depth');
      // In-process there is no parser to stop it: the load itself must refuse before swapping.
      let nested: unknown = 1;
      for (let i = 0; i < 20_000; i++) nested = [nested];
      const inProcess = { ...dump, virtualAccounts: [{ ...dump.virtualAccounts[0], manifest: { ...dump.virtualAccounts[0]!.manifest, extra: nested } }] };
      await expect(app.control.loadState('truefoundry', inProcess)).rejects.toMatchObject({ status: 400 });
      expect((await request(`${server.url}/api/svc/v1/virtual-accounts`)).body.data.map((a: { name: string }) => a.name)).toEqual(['survivor']);
    } finally {
      await server.close();
    }
  });

  it('the store itself refuses a record that cannot be serialised, before indexing it', async () => {
    const store = indexedCollection<{ id: string; name: string; extra?: unknown }, 'name'>('thing', { unique: 'name' });
    await store.insert({ id: 'a', name: 'a' });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => store.insert({ id: 'b', name: 'b', extra: cyclic })).toThrow(/cannot be serialised/);
    expect(() => store.insert({ id: 'c', name: 'c', extra: 10n })).toThrow(/cannot be serialised/);
    await expect(store.update('a', (draft) => void (draft.extra = 10n))).rejects.toThrow(/cannot be serialised/);
    expect(store.all()).toEqual([expect.objectContaining({ id: 'a', name: 'a' })]);
    expect(store.all()[0]!.extra).toBeUndefined();
    expect(store.idOf('b')).toBeUndefined();
  });
});

describe('state loads have their own, larger limit', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });
  const start = async (options: Partial<ServeOptions> = {}) => {
    const { app, server } = await serve({ port: 0, apis: pick('lyve'), ...options });
    stop = () => server.close();
    return { app, url: server.url };
  };
  const lyveDocument = (count: number) => ({
    permissions: [
      {
        id: 'default-permission',
        name: 'default-all-buckets',
        description: '',
        type: 'all-buckets',
        actions: 'all-operations',
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ],
    serviceAccounts: Array.from({ length: count }, (_, i) => ({
      id: `acc-${i}`,
      name: `account-${i}`,
      description: 'x'.repeat(200),
      enabled: true,
      permissions: ['default-permission'],
      createdAt: '2026-01-01T00:00:00.000Z',
    })),
  });

  it('loads back a dump of 6,000 Lyve accounts (≈ 2 MiB, over the 1 MiB API body limit)', async () => {
    const first = await start();
    const loaded = await request(`${first.url}/__control/state/lyve`, { method: 'PUT', token: null, body: lyveDocument(6_000) });
    expect(loaded.status, JSON.stringify(loaded.body)).toBe(200);
    const dump = await fetch(`${first.url}/__control/state/lyve`).then((r) => r.text());
    expect(dump.length).toBeGreaterThan(1024 * 1024);
    const again = await request(`${first.url}/__control/state/lyve`, { method: 'PUT', token: null, body: dump });
    expect([again.status, again.body.loaded]).toEqual([200, { permissions: 1, serviceAccounts: 6_000, tokens: 0 }]);
  });

  it('answers a state document over --max-state-bytes with 413 naming the flag, and keeps the state', async () => {
    const small = await start({ limits: { maxStateBytes: 64 * 1024 } });
    await request(`${small.url}/v2/service-accounts`, { method: 'POST', body: { name: 'kept', permissions: ['default-permission'] } });
    const refused = await request(`${small.url}/__control/state/lyve`, { method: 'PUT', token: null, body: lyveDocument(400) });
    expect(refused.status).toBe(413);
    expect(refused.body.detail).toContain('--max-state-bytes');
    expect((await request(`${small.url}/v2/service-accounts`)).body).toHaveLength(1);
  });

  it('keeps the 1 MiB limit (and its flag in the answer) on API bodies', async () => {
    const mock = await start();
    const refused = await request(`${mock.url}/v2/service-accounts`, {
      method: 'POST',
      body: { name: 'big', description: 'y'.repeat(60_000), permissions: Array(20).fill('z'.repeat(60_000)) },
    });
    expect(refused.status).toBe(413);
    expect(refused.body.message).toContain('--max-body-bytes');
  });
});
