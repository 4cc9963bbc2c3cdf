import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, serve, type LoadedConfig, type RunningServer } from 'samock/server';
import { hasFailures, verify } from 'samock/contracts';

/** README "Your own API": examples/own-api served beside lyve from its config, and verified by its own suite. */
describe('the worked example examples/own-api', () => {
  let config: LoadedConfig;
  let server: RunningServer;
  beforeAll(async () => {
    config = await loadConfig('examples/own-api/samock.config.mjs');
    ({ server } = await serve({ apis: config.apis, port: 0, strict: true, readyAfterMs: 30_000 }));
  });
  afterAll(() => server.close());

  it('ships gadgets/spec.mjs generated from its spec.yaml as it is (run `samock spec-module` after editing it)', () => {
    expect(config.notes).toEqual([]);
  });

  it('serves gadgets beside lyve on one port', async () => {
    expect(config.apis.map((api) => api.id)).toEqual(['lyve', 'gadgets']);
    expect((await fetch(`${server.url}/gadgets`)).status).toBe(200);
    expect((await fetch(`${server.url}/v2/service-accounts`, { headers: { authorization: 'Bearer t' } })).status).toBe(200);
  });

  it('passes its own contract suite: 201 on create, 409 on a duplicate name, ready on the clock, 404 in its shape', async () => {
    const result = await verify({ api: 'gadgets', known: config.apis, contractOf: (id) => config.contractOf(id), baseUrl: server.url, token: 't' });
    const results = result.targets[0]!.reports[0]!.results;
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['a create answers 201 with a gadget that is not ready yet', 'passed'],
      ['a second create with the same name answers 409 Conflict', 'passed'],
      ['a gadget becomes ready once the clock passes the delay', 'passed'],
      ['an unknown gadget answers 404 NotFound', 'passed'],
    ]);
    expect(hasFailures(result)).toBe(false);
  });

  it('gives one success to concurrent creates of one name', async () => {
    const create = () =>
      fetch(`${server.url}/gadgets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'raced' }) }).then(
        (r) => r.status,
      );
    const statuses = await Promise.all(Array.from({ length: 20 }, create));
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
  });

  it('dumps its state and loads it into another session; a document with a duplicate name is refused and changes nothing', async () => {
    const json = { 'content-type': 'application/json' };
    const session = (name: string) => ({ ...json, 'x-samock-session': name });
    await fetch(`${server.url}/gadgets`, { method: 'POST', headers: session('state-a'), body: JSON.stringify({ name: 'kept' }) });
    const dumped = await fetch(`${server.url}/__control/state/gadgets`, { headers: session('state-a') });
    expect(dumped.status).toBe(200);
    const document = (await dumped.json()) as { gadgets: { name: string }[] };
    expect(document.gadgets.map((g) => g.name)).toEqual(['kept']);
    const put = (body: unknown) => fetch(`${server.url}/__control/state/gadgets`, { method: 'PUT', headers: session('state-b'), body: JSON.stringify(body) });
    expect((await put(document)).status).toBeLessThan(300);
    const listed = (await (await fetch(`${server.url}/gadgets`, { headers: session('state-b') })).json()) as { name: string }[];
    expect(listed.map((g) => g.name)).toEqual(['kept']);
    const twice = { gadgets: [document.gadgets[0], { ...document.gadgets[0], id: 'other' }] };
    const refused = await put(twice);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ status: 400, detail: 'Two gadgets are named "kept".', pointer: '/gadgets/1/name' });
    const after = (await (await fetch(`${server.url}/gadgets`, { headers: session('state-b') })).json()) as unknown[];
    expect(after).toHaveLength(1);
  });
});
