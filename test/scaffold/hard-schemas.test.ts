import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMock } from 'samock';
import type { Contract } from 'samock/contracts';
import { loadConfig, type LoadedConfig } from 'samock/server';
import { initApi, type InitApiResult } from '../../src/scaffold/init-api.js';
import { createSchemaCompiler } from '../../src/validation/ajv.js';

// Inside the repository (and git-ignored), so vitest's aliases resolve the generated modules' 'samock' imports.
const cwd = resolve(`test/.scaffold-tmp/hard-${process.pid}`);
afterAll(() => (process.env.KEEP ? undefined : rmSync(cwd, { recursive: true, force: true })));

describe('init-api defaults follow pattern, lengths and uniqueItems, and flag what they cannot make valid', () => {
  let result: InitApiResult;
  let config: LoadedConfig;
  beforeAll(async () => {
    result = await initApi({ id: 'codes', spec: resolve('test/scaffold/hard-schemas.yaml'), cwd, types: false });
    config = await loadConfig(join(cwd, 'samock.config.mjs'));
  });

  it('answers a create with a default that matches its patterns and holds distinct items, and the contract sends a valid body', async () => {
    const { app } = createMock(config);
    // The contract's own check, run with a stand-in caller that keeps the request it is given.
    const { contract } = (await import(pathToFileURL(join(result.folder, 'codes.contract.mjs')).href)) as { contract: Contract };
    let sent: { body?: unknown } | undefined;
    await contract.checks[0]!.run({
      call: (_operation: string, request: { body?: unknown }) => {
        sent = request;
        return Promise.resolve({ status: 201, request: 'POST /codes', body: {}, headers: {} });
      },
    } as never);
    const body = sent!.body as { code: string; slug: string; tags: string[] };
    expect(body.code).toMatch(/^[A-Z]{3}-\d{4}$/);
    expect(body.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(body.slug.length).toBeGreaterThanOrEqual(4);
    expect(new Set(body.tags).size).toBe(3);
    const created = await app.handle({
      method: 'POST',
      path: '/codes',
      query: {},
      headers: { 'content-type': 'application/json' },
      rawBody: JSON.stringify(body),
    });
    expect(created.status).toBe(201);
    const compiler = createSchemaCompiler('codes', config.apis[0]!.spec);
    expect(compiler.compile({ $ref: '#/components/schemas/Code' }, 'Code')(created.body)).toBe(true);
  });

  it('says which answer it could not make valid, and marks it EDIT in routes.mjs', () => {
    expect(result.notes.join('\n')).toMatch(/no default samock could make fit the schema for: getOdd's 200 answer in routes\.mjs\./);
    expect(result.notes.join('\n')).not.toMatch(/createCode/);
    expect(readFileSync(join(result.folder, 'routes.mjs'), 'utf8')).toMatch(/GET \/odd — 200, schema default \(EDIT: not valid against its schema\)/);
  });
});
