import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createMock, type OpenApiDocument } from 'samock';
import { loadConfig, loadSpec, writeSpecModule } from 'samock/server';
import { CLI } from '../helpers.js';

const exec = promisify(execFile);
const RUN = [...CLI.slice(0, -1), resolve(CLI.at(-1)!)];
// Inside the repository (git-ignored), so vitest's aliases resolve the modules' 'samock' imports.
const TMP = resolve('test/.spec-module-tmp');
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const spec = (maxLength: number, extraPath = '') => `openapi: 3.1.0
info: { title: Things, version: '1' }
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              additionalProperties: false
              properties:
                name: { type: string, maxLength: ${maxLength} }
      responses:
        '201': { description: Created }
        '400': { description: Bad request }
${extraPath}`;

const INDEX = `import { defineApi, defineErrors } from 'samock';
import { spec } from './spec.mjs';
export const things = defineApi({
  id: 'things',
  title: 'Things',
  spec,
  createStore: () => ({}),
  errors: defineErrors({ body: ({ message }) => ({ message }), defaults: { 400: { message: 'bad' }, 500: { message: 'broke' } } }),
  routes: { createThing: () => ({ status: 201, body: { ok: true } }) },
});
`;
const CONFIG = `import { defineConfig } from 'samock';
import { things } from './things/index.mjs';
export default defineConfig({ apis: [things], contracts: { things: () => import('./things/contract.mjs') } });
`;
const CONTRACT = `import { defineContract } from 'samock/contracts';
import { spec } from './spec.mjs';
export const contract = defineContract({ api: 'things', spec, checks: [] });
`;

let dir: string;
beforeEach(() => {
  dir = join(TMP, `case-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(join(dir, 'things'), { recursive: true });
  writeFileSync(join(dir, 'things/spec.yaml'), spec(5));
  writeFileSync(join(dir, 'things/index.mjs'), INDEX);
  writeFileSync(join(dir, 'things/contract.mjs'), CONTRACT);
  // A config file of its own per case: ESM caches modules by URL, and each case edits the spec.
  writeFileSync(join(dir, 'samock.config.mjs'), CONFIG);
});

const create = async (config: Awaited<ReturnType<typeof loadConfig>>, name: string) => {
  const headers = { 'content-type': 'application/json' };
  return (await createMock(config).app.handle({ method: 'POST', path: '/things', query: {}, headers, rawBody: JSON.stringify({ name }) })).status;
};

describe('samock spec-module writes a spec as a module that bundles for browsers', () => {
  it('never writes over a file that is not the module of this very spec, nor from a file that is no spec', () => {
    writeFileSync(join(dir, 'things/index.yaml'), spec(5));
    expect(() => writeSpecModule(join(dir, 'things/index.yaml'))).toThrow(/index\.mjs exists and is not the spec module of index\.yaml/);
    expect(readFileSync(join(dir, 'things/index.mjs'), 'utf8')).toBe(INDEX);
    writeSpecModule(join(dir, 'things/spec.yaml'));
    writeFileSync(join(dir, 'things/spec.json'), JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: {} }));
    expect(() => writeSpecModule(join(dir, 'things/spec.json'))).toThrow(/spec\.mjs exists and is not the spec module of spec\.json/);
    writeFileSync(join(dir, 'things/notes.txt'), spec(5));
    expect(() => writeSpecModule(join(dir, 'things/notes.txt'))).toThrow(/a spec file ends in \.yaml, \.yml or \.json/);
  });

  it('writes spec.mjs beside the spec, holding what loadSpec reads, with no Node import and no hidden field in its JSON', async () => {
    const out = writeSpecModule(join(dir, 'things/spec.yaml'));
    expect(out).toBe(join(dir, 'things/spec.mjs'));
    const text = readFileSync(out, 'utf8');
    expect(text.match(/^import .*$/gm)).toEqual(["import { generatedSpec } from 'samock';"]);
    const { spec: generated } = (await import(pathToFileURL(out).href)) as { spec: OpenApiDocument };
    expect(JSON.parse(JSON.stringify(generated))).toEqual(loadSpec(join(dir, 'things/spec.yaml')));
    expect(Object.keys(generated)).toEqual(Object.keys(loadSpec(join(dir, 'things/spec.yaml'))));
  });

  it('is served as generated while the spec file is unchanged, with no note', async () => {
    writeSpecModule(join(dir, 'things/spec.yaml'));
    const notes: string[] = [];
    const config = await loadConfig(join(dir, 'samock.config.mjs'), { warn: (line) => notes.push(line) });
    expect(config.notes).toEqual([]);
    expect(notes).toEqual([]);
    expect(await create(config, 'abcde')).toBe(201);
    expect(await create(config, 'abcdef')).toBe(400); // maxLength 5
  });

  it('serves a spec edited since its module was generated as edited, and says to regenerate', async () => {
    writeSpecModule(join(dir, 'things/spec.yaml'));
    writeFileSync(join(dir, 'things/spec.yaml'), spec(10));
    const notes: string[] = [];
    const config = await loadConfig(join(dir, 'samock.config.mjs'), { warn: (line) => notes.push(line) });
    expect(config.notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /API "things": .*things\/spec\.yaml changed since .*things\/spec\.mjs was generated; serving the spec as it is now \(its validators compiled at start-up\)\. Regenerate the module: npx samock spec-module /,
    );
    expect(notes[0]).toMatch(/npx samock spec-module .*things\/spec\.yaml$/);
    expect(await create(config, 'abcdef')).toBe(201); // maxLength 10 now
    // The suite imported the stale module; verify runs it against the spec as served.
    expect((await config.contractOf('things'))?.spec).toBe(config.apis[0]!.spec);
  });

  it('stops start-up with one line when the edited spec no longer parses, or no longer matches the routes', async () => {
    writeSpecModule(join(dir, 'things/spec.yaml'));
    writeFileSync(join(dir, 'things/spec.yaml'), 'openapi: 3.1.0\npaths: [unclosed');
    const broken = (await loadConfig(join(dir, 'samock.config.mjs')).catch((error: unknown) => error)) as Error;
    expect(broken.name).toBe('ConfigError');
    expect(broken.message).toMatch(/^Config .*samock\.config\.mjs: API "things": its spec changed since its spec module was generated, and now fails: /);
    expect(broken.message).not.toContain('\n');

    const extra = `  /others:\n    get:\n      operationId: listOthers\n      responses:\n        '200': { description: OK }\n`;
    writeFileSync(join(dir, 'things/spec.yaml'), spec(5, extra));
    const mismatch = (await loadConfig(join(dir, 'samock.config.mjs')).catch((error: unknown) => error)) as Error;
    expect(mismatch.name).toBe('ConfigError');
    expect(mismatch.message).toMatch(/Failed to define the things API: .*No resolver for: listOthers\./);
  });

  it('from the CLI: writes each spec given, and refuses a missing file or a spec samock cannot serve with one line, exit 1', async () => {
    const ok = await exec('node', [...RUN, 'spec-module', 'things/spec.yaml'], { cwd: dir });
    expect(ok.stdout.trim()).toBe('Wrote things/spec.mjs');
    writeFileSync(join(dir, 'swagger.yaml'), 'swagger: "2.0"\npaths: {}\n');
    for (const file of ['nothing.yaml', 'swagger.yaml']) {
      const failed = (await exec('node', [...RUN, 'spec-module', file], { cwd: dir }).catch((error: unknown) => error)) as {
        code: number;
        stderr: string;
      };
      expect(failed.code).toBe(1);
      expect(failed.stderr.trim().split('\n')).toHaveLength(1);
      expect(failed.stderr).toMatch(/^samock spec-module: /);
    }
    expect(existsSync(join(dir, 'swagger.mjs'))).toBe(false);
  });
});
