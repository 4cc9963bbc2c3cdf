import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMock } from 'samock';
import { loadConfig, type LoadedConfig } from 'samock/server';
import { hasFailures, verify } from '../../src/contracts/verify.js';
import { serverPrefix } from '../../src/core/route-table.js';
import { initApi, type InitApiResult } from '../../src/scaffold/init-api.js';
import { serve } from '../../src/serve.js';
import { createSchemaCompiler } from '../../src/validation/ajv.js';
import { CLI } from '../helpers.js';

const exec = promisify(execFile);
/** The CLI from the sources, run in a folder of its own (inside the repository, so tsx resolves). */
const RUN = [...CLI.slice(0, -1), resolve(CLI.at(-1)!)];
const SPEC = resolve('test/scaffold/widgets.yaml');
// Inside the repository (and git-ignored), so vitest's aliases resolve the generated modules' 'samock' imports.
const TMP = resolve('test/.scaffold-tmp');
const fresh = (name: string) => {
  const dir = join(TMP, `${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('samock init-api scaffolds an API that serves and verifies green at once', () => {
  let cwd: string;
  let result: InitApiResult;
  let config: LoadedConfig;

  beforeAll(async () => {
    cwd = fresh('good');
    result = await initApi({ id: 'widgets', spec: SPEC, cwd });
    config = await loadConfig(join(cwd, 'samock.config.mjs'));
  });

  it('writes the folder, the copied spec, generated types and a config', () => {
    const folder = join(cwd, 'mocks', 'widgets');
    expect(result.folder).toBe(folder);
    for (const name of ['spec.yaml', 'spec.mjs', 'index.mjs', 'routes.mjs', 'errors.mjs', 'widgets.contract.mjs', 'types.d.ts'])
      expect(existsSync(join(folder, name))).toBe(true);
    // The API's modules import no Node-only entry, so the same config bundles for setupWorker.
    for (const name of ['spec.mjs', 'index.mjs', 'routes.mjs', 'errors.mjs'])
      expect(readFileSync(join(folder, name), 'utf8')).not.toMatch(/from '(samock\/server|samock\/contracts|node:[^']*)'/);
    expect(config.notes).toEqual([]);
    expect(readFileSync(join(folder, 'types.d.ts'), 'utf8')).toMatch(/export interface operations/);
    expect(readFileSync(join(cwd, 'samock.config.mjs'), 'utf8')).toMatch(/import \{ widgets \} from '\.\/mocks\/widgets\/index\.mjs'/);
    expect(config.apis.map((api) => api.id)).toEqual(['widgets']);
  });

  it('answers each operation with its lowest documented 2xx and a schema-valid body (createMock)', async () => {
    const { app } = createMock(config);
    const api = config.apis[0]!;
    const compiler = createSchemaCompiler('widgets', api.spec);
    const schema = (name: string) => compiler.compile({ $ref: `#/components/schemas/${name}` }, name);
    const call = (method: string, path: string, query: Record<string, string> = {}, body?: unknown) =>
      app.handle({
        method,
        path: `/v1${path}`,
        query,
        headers: { authorization: 'Bearer t', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        rawBody: body === undefined ? undefined : JSON.stringify(body),
      });

    const list = await call('GET', '/widgets', { limit: '5' });
    expect(list.status).toBe(200);
    const items = (list.body as { items: unknown[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => schema('Widget')(item))).toBe(true);

    const created = await call('POST', '/widgets', {}, { name: 'sprocket' });
    expect(created.status).toBe(201); // 201 is below the 202 the spec also documents
    expect(created.body).toMatchObject({ name: 'sprocket', color: 'blue' }); // the spec's example

    const got = await call('GET', '/widgets/00000000-0000-4000-8000-000000000000');
    expect(got.status).toBe(200);
    expect(schema('Widget')(got.body)).toBe(true);

    expect((await call('DELETE', '/widgets/00000000-0000-4000-8000-000000000000')).status).toBe(204);

    // The pipeline validates requests; errors take the spec's { code, message } shape.
    const refused = await call('GET', '/widgets', { limit: '1' });
    expect(refused.status).toBe(400);
    const error = refused.body as Record<string, unknown>;
    expect(Object.keys(error).sort()).toEqual(['code', 'message']);
    expect(schema('Error')(error)).toBe(true);
    const missing = await call('GET', '/nothing');
    expect(missing.status).toBe(404);
  });

  it('its contract suite passes against a served instance (verify with the config)', async () => {
    const { server } = await serve({ apis: config.apis, port: 0, strict: true });
    try {
      const contract = await config.contractOf('widgets');
      expect(contract?.checks).toHaveLength(4);
      const run = await verify({
        api: 'widgets',
        known: config.apis,
        contractOf: (id) => config.contractOf(id),
        baseUrl: server.url + serverPrefix(config.apis[0]!),
        token: 'samock-verify',
      });
      const results = run.targets[0]!.reports[0]!.results;
      expect(results.map((r) => `${r.name}: ${r.status}${r.reason ? ` (${r.reason})` : ''}`)).toEqual([
        'GET /widgets answers 200: passed',
        'POST /widgets answers 201: passed',
        'GET /widgets/{widgetId} answers 200: passed',
        'DELETE /widgets/{widgetId} answers 204: passed',
      ]);
      expect(hasFailures(run)).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('leaves an existing config alone and says what to add to it', async () => {
    const result2 = await initApi({ id: 'gizmos', spec: SPEC, cwd });
    expect(result2.config).toBeUndefined();
    expect(result2.configLines?.[0]).toBe("import { gizmos } from './mocks/gizmos/index.mjs';");
    expect(result2.notes.join('\n')).toMatch(/samock\.config\.mjs exists and was left alone/);
    expect(readFileSync(join(cwd, 'samock.config.mjs'), 'utf8')).not.toMatch(/gizmos/);
  });
});

describe('the error shape and answers follow the spec', () => {
  it('a spec without JSON error bodies gets { message }; a JSON spec is copied as spec.json; examples that break the schema give way', async () => {
    const cwd = fresh('plain');
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Plain', version: '1' },
      paths: {
        '/things/{n}': {
          get: {
            operationId: 'getThing',
            parameters: [{ name: 'n', in: 'path', required: true, schema: { type: 'integer', minimum: 10 } }],
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'object', required: ['n'], properties: { n: { type: 'integer', minimum: 10 } } },
                    example: { n: 'not a number' },
                  },
                },
              },
              '404': { description: 'none' },
            },
          },
        },
      },
    };
    writeFileSync(join(cwd, 'plain.json'), JSON.stringify(spec));
    await initApi({ id: 'plain', spec: 'plain.json', cwd, dir: 'apis' });
    expect(existsSync(join(cwd, 'apis/plain/spec.json'))).toBe(true);
    const config = await loadConfig(join(cwd, 'samock.config.mjs'));
    const { app } = createMock(config);
    const answer = await app.handle({ method: 'GET', path: '/things/12', query: {}, headers: {} });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ n: 10 });
    const missing = await app.handle({ method: 'GET', path: '/things/1', query: {}, headers: {} });
    expect(missing.body).toEqual({ message: expect.any(String) });
  });
});

describe('bad input is refused with one message, no stack', () => {
  const cwd = resolve(TMP, 'refusals');
  beforeAll(() => {
    mkdirSync(join(cwd, 'mocks', 'taken'), { recursive: true });
    writeFileSync(join(cwd, 'broken.yaml'), 'openapi: [3.1.0\n');
    writeFileSync(join(cwd, 'empty.yaml'), 'openapi: 3.1.0\ninfo: { title: E, version: "1" }\npaths: {}\n');
    writeFileSync(
      join(cwd, 'anonymous.yaml'),
      'openapi: 3.1.0\ninfo: { title: A, version: "1" }\npaths:\n  /x:\n    get:\n      responses: { "200": { description: ok } }\n',
    );
  });

  it.each([
    [['taken', '--spec', SPEC], 1, /mocks\/taken already exists/],
    [['bad id!', '--spec', SPEC], 2, /the API id must be 1–64 letters/],
    [['ok'], 2, /needs --spec/],
    [['ok', '--spec', 'missing.yaml'], 1, /the spec .*missing\.yaml does not exist/],
    [['ok', '--spec', 'broken.yaml'], 1, /Failed to load the spec .*broken\.yaml/],
    [['ok', '--spec', 'empty.yaml'], 1, /has no operations/],
    [['ok', '--spec', 'anonymous.yaml'], 1, /GET \/x has no operationId/],
  ])('init-api %j exits %i', async (args, code, message) => {
    const failure = (await exec('node', [...RUN, 'init-api', ...args], { cwd }).catch((error: unknown) => error)) as { code: number; stderr: string };
    expect(failure.code).toBe(code);
    expect(failure.stderr).toMatch(message);
    expect(failure.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(cwd, 'mocks', 'ok'))).toBe(false);
  });

  it('the CLI scaffolds too, and prints what it wrote', async () => {
    const dir = fresh('cli');
    const { stdout } = await exec('node', [...RUN, 'init-api', 'widgets', '--spec', SPEC], { cwd: dir });
    expect(stdout).toMatch(/Scaffolded mocks\/widgets\//);
    expect(stdout).toMatch(/Created samock\.config\.mjs/);
  });
});
