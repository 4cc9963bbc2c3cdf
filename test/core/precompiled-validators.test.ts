import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from 'samock';
import { vendors } from 'samock/vendors';
import { buildRouteTable } from '../../src/core/route-table.js';

afterEach(() => vi.restoreAllMocks());

describe('validators generated at build time (mocks/<id>/validators.ts)', () => {
  it('start-up with all five vendors compiles no schema', () => {
    const compile = vi.spyOn(Ajv2020.prototype, 'compile');
    const table = buildRouteTable(vendors);
    expect(table.operations.length).toBeGreaterThan(40);
    expect(compile).not.toHaveBeenCalled();
  });

  it('the control plane (specs/control.yaml) has generated validators too: an app with it on compiles no schema', () => {
    const compile = vi.spyOn(Ajv2020.prototype, 'compile');
    const app = createApp({ apis: vendors, controlPlane: { enabled: true } });
    expect(app.mounts().length).toBe(5);
    expect(compile).not.toHaveBeenCalled();
  });

  it("the standalone server answers its APIs and control plane without loading ajv's compiler, and loads it for a state document", async () => {
    // A child process: this test file has ajv loaded already.
    const script = [
      "import { createRequire } from 'node:module';",
      "const { serve } = await import('./src/serve.ts');",
      "const { vendors } = await import('./mocks/index.ts');",
      'const { server } = await serve({ apis: vendors, port: 0 });',
      "const ajvLoaded = () => Object.keys(createRequire(process.cwd() + '/x.js').cache).some((k) => /ajv[\\\\/]dist[\\\\/](2020|core)\\.js$/.test(k));",
      "const clock = await fetch(server.url + '/__control/clock');",
      "const list = await fetch(server.url + '/v2/service-accounts', { headers: { authorization: 'Bearer t' } });",
      'const statuses = [clock.status, list.status];',
      'const before = ajvLoaded();',
      "const dump = await (await fetch(server.url + '/__control/state/lyve')).text();",
      "const put = await fetch(server.url + '/__control/state/lyve', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: dump });",
      'console.log(JSON.stringify({ statuses, before, put: put.status, after: ajvLoaded() }));',
      'await server.close();',
    ].join('\n');
    const { stdout } = await promisify(execFile)('node', ['--import', 'tsx', '--input-type=module', '-e', script]);
    expect(JSON.parse(stdout)).toEqual({ statuses: [200, 200], before: false, put: 200, after: true });
  });

  it('a spec that is not the generated object (edited, read again) is compiled at start-up instead', () => {
    const compile = vi.spyOn(Ajv2020.prototype, 'compile');
    const lyve = vendors.find((api) => api.id === 'lyve')!;
    // A copy holds the same document but not the generated validators, which belong to the original.
    buildRouteTable([{ ...lyve, spec: JSON.parse(JSON.stringify(lyve.spec)) as typeof lyve.spec }]);
    expect(compile.mock.calls.length).toBeGreaterThan(50);
  });

  it('refuse what the compiled ones refused: a bad body field, a query value below its minimum after coercion from text', async () => {
    const app = createApp({ apis: vendors });
    const lyve = (method: string, path: string, body?: unknown, query: Record<string, string> = {}) =>
      app.handle({
        method,
        path: `/v2${path}`,
        query,
        headers: { authorization: 'Bearer t', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        rawBody: body === undefined ? undefined : JSON.stringify(body),
      });
    const refused = await lyve('POST', '/service-accounts', { name: 'bad/name', permissions: [] });
    expect(refused.status).toBe(400);
    const journalled = JSON.stringify(refused.body);
    expect(journalled).toMatch(/InvalidArgument/);
    expect(journalled).toMatch(/name/); // the field, found by the generated validator
    const truefoundry = await app.handle({
      method: 'GET',
      path: '/api/svc/v1/virtual-accounts',
      query: { limit: '0' },
      headers: { authorization: 'Bearer t' },
    });
    expect(truefoundry.status).toBe(422); // minimum 1, coerced from text
    const valid = await app.handle({ method: 'GET', path: '/api/svc/v1/virtual-accounts', query: { limit: '5' }, headers: { authorization: 'Bearer t' } });
    expect(valid.status).toBe(200);
  });
});
