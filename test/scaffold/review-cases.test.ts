import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createMock } from 'samock';
import { loadConfig } from 'samock/server';
import { hasFailures, verify } from '../../src/contracts/verify.js';
import { initApi } from '../../src/scaffold/init-api.js';
import { serve } from '../../src/serve.js';
import { CLI } from '../helpers.js';

const exec = promisify(execFile);
const RUN = [...CLI.slice(0, -1), resolve(CLI.at(-1)!)];
const spec = (name: string) => resolve('test/scaffold/review', name);
// Inside the repository (git-ignored), so vitest's aliases resolve the generated modules' 'samock' imports.
const TMP = resolve(`test/.scaffold-tmp/review-${process.pid}`);
const fresh = (name: string) => {
  const dir = join(TMP, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const get = (config: Awaited<ReturnType<typeof loadConfig>>, path: string, headers: Record<string, string> = {}) =>
  createMock(config).app.handle({ method: 'GET', path, query: {}, headers });

describe('init-api writes only code it means to, whatever the spec holds', () => {
  it('escapes a path with a line break and a title ending in one: the modules load and run nothing from the spec', async () => {
    const cwd = fresh('hostile');
    await initApi({ id: 'class', spec: spec('hostile.yaml'), cwd, types: false });
    const config = await loadConfig(join(cwd, 'samock.config.mjs'));
    expect((globalThis as { samockInjected?: boolean }).samockInjected).toBeUndefined();
    expect(config.apis[0]!.title).toBe('Hostile API\n');
    // A reserved word as the id gets an export name that is not one.
    expect(readFileSync(join(cwd, 'mocks/class/index.mjs'), 'utf8')).toMatch(/export const classApi = defineApi/);
  });

  it("refuses a vendor's id, exit 2, and a spec that would not compile, leaving no folder", async () => {
    const cwd = fresh('refused');
    await expect(initApi({ id: 'lyve', spec: spec('keyed.yaml'), cwd })).rejects.toMatchObject({ exitCode: 2, message: /"lyve" is the id of a vendor/ });
    await expect(initApi({ id: 'dangling', spec: spec('dangling-ref.yaml'), cwd })).rejects.toThrow(
      /cannot be served: Failed to compile the dangling spec's schema/,
    );
    expect(existsSync(join(cwd, 'mocks/dangling'))).toBe(false);
  });

  it('of two runs with one id at once, exactly one scaffolds', async () => {
    const cwd = fresh('race');
    const runs = await Promise.allSettled(Array.from({ length: 4 }, () => initApi({ id: 'keyed', spec: spec('keyed.yaml'), cwd, types: false })));
    expect(runs.filter((run) => run.status === 'fulfilled')).toHaveLength(1);
    expect(readdirSync(join(cwd, 'mocks'))).toEqual(['keyed']);
  });
});

describe('init-api follows the spec: security, nested error bodies, non-JSON bodies, unfit parameters', () => {
  it('requires the bearer token the spec requires, and answers errors in the nested { error: { code, message } } shape', async () => {
    const cwd = fresh('secured');
    const result = await initApi({ id: 'notes', spec: spec('secured.yaml'), cwd, types: false });
    const config = await loadConfig(join(cwd, 'samock.config.mjs'));
    const refused = await get(config, '/api/v1/notes');
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ error: { code: 'UNAUTHORIZED', message: 'The request has no Authorization: Bearer <token> header.' } });
    expect((await get(config, '/api/v1/notes', { authorization: 'Bearer t' })).status).toBe(200);
    expect((await get(config, '/api/v1/notes', { authorization: 'Bearer expired' })).status).toBe(401);
    expect(result.mountPath).toBe('/api/v1');

    // The upload documents only octet-stream: said, and left out of the contract.
    expect(result.notes.join('\n')).toMatch(/JSON request bodies only; no JSON body is documented for upload, so samock answers them 415/);
    const contract = readFileSync(join(result.folder, 'notes.contract.mjs'), 'utf8');
    expect(contract).toMatch(/POST \/uploads: not checked, samock takes JSON request bodies only/);
    // noteId's pattern (look-aheads) beats the sampler: flagged where it is used and in the notes.
    expect(contract).toMatch(/EDIT: the path parameter noteId is not valid against its schema/);
    expect(result.notes.join('\n')).toMatch(/getNote's path parameter noteId in notes\.contract\.mjs/);
  });

  it('checks an API key header the spec requires, and its contract sends one and passes', async () => {
    const cwd = fresh('keyed');
    await initApi({ id: 'keyed', spec: spec('keyed.yaml'), cwd, types: false });
    const config = await loadConfig(join(cwd, 'samock.config.mjs'));
    const refused = await get(config, '/things');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ message: 'The request has none of the credentials the spec accepts: an x-api-key header.' });
    expect((await get(config, '/things', { 'x-api-key': 'k' })).status).toBe(200);
    const { server } = await serve({ apis: config.apis, port: 0, strict: true });
    try {
      const run = await verify({ api: 'keyed', known: config.apis, contractOf: (id) => config.contractOf(id), baseUrl: server.url, token: 'samock-verify' });
      expect(hasFailures(run)).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('prints a verify command with the base URL the API is mounted at', async () => {
    const cwd = fresh('hint');
    const { stdout } = await exec('node', [...RUN, 'init-api', 'notes', '--spec', spec('secured.yaml')], { cwd });
    expect(stdout).toMatch(/--base-url http:\/\/127\.0\.0\.1:4010\/api\/v1\n/);
  });
});

describe('init-api from the second review: alternatives of security, enum error codes, allOf, JSON:API errors', () => {
  it("admits any scheme the spec names (an operation's own API key too), and answers with the error code enum's values", async () => {
    const cwd = fresh('shop');
    const result = await initApi({ id: 'shop', spec: spec('shop.yaml'), cwd, types: false });
    const config = await loadConfig(join(cwd, 'samock.config.mjs'));
    const { app } = createMock({ ...config, strict: true });
    const del = (headers: Record<string, string>) => app.handle({ method: 'DELETE', path: '/shop/v2/items/ABC-1234', query: {}, headers });
    expect((await del({ 'x-shop-key': 'k' })).status).toBe(204);
    expect((await del({ authorization: 'Bearer t' })).status).toBe(204); // which operation takes which is not checked (said in auth.mjs)
    const refused = await del({});
    expect(refused.status).toBe(401); // strict: the body must match the spec, so no 500
    expect(refused.body).toMatchObject({ error: { code: 'unauthorized' } });
    // Item is allOf [NewItem (sku pattern), { sku: string }]: the default meets both.
    const created = await app.handle({
      method: 'POST',
      path: '/shop/v2/items',
      query: {},
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      rawBody: JSON.stringify({ sku: 'ABC-1234' }),
    });
    expect(created.status).toBe(201);
    expect((created.body as { sku: string }).sku).toMatch(/^[A-Z]{3}-[0-9]{4}$/);
    expect(result.notes.join('\n')).not.toMatch(/createItem's 201 answer/);
  });

  it('fills the first item of a JSON:API errors array, and writes no auth.mjs when a scheme (a query key) cannot be checked', async () => {
    const cwd = fresh('jsonapi');
    const result = await initApi({ id: 'jsonapi', spec: spec('jsonapi.yaml'), cwd, types: false });
    expect(existsSync(join(result.folder, 'auth.mjs'))).toBe(false);
    expect(result.notes.join('\n')).toMatch(/Credentials not checked: the spec also accepts qkey \(apiKey in query\)/);
    const config = await loadConfig(join(cwd, 'samock.config.mjs'));
    expect((await get(config, '/things')).status).toBe(200);
    const missing = await get(config, '/things', { prefer: 'code=404' });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ errors: [{ status: '404', title: 'Not Found.', detail: 'Not Found.' }] });
  });
});
