import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vendors } from '../mocks/index.js';
import { generateSpecModule, generateVendorSpecModule } from '../src/codegen/generate-spec-module.js';
import { generateVendorValidators } from '../src/codegen/generate-validators.js';
import { generateTypes } from '../src/codegen/generate-types.js';
import { missingRequiredFiles } from './registry/what-an-api-has.js';

const committed = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const specFile = (id: string) => new URL(`../specs/${id}.yaml`, import.meta.url);

describe('files generated from the specs (run `npm run types:generate` if one is stale)', () => {
  it.each(vendors.map((api) => api.id))('mocks/%s/types.ts matches its spec', async (id) => {
    expect(await generateTypes(specFile(id))).toBe(committed(`mocks/${id}/types.ts`));
  });

  it.each(vendors.map((api) => api.id))('mocks/%s/spec.ts holds its spec as parsed now', (id) => {
    expect(generateVendorSpecModule(specFile(id), `specs/${id}.yaml`, `../../specs/${id}.yaml`, 'samock/toolkit')).toBe(committed(`mocks/${id}/spec.ts`));
  });

  it.each(vendors.map((api) => api.id))('mocks/%s/validators.ts holds the validators start-up would compile for its spec', (id) => {
    expect(generateVendorValidators(id, specFile(id), `specs/${id}.yaml`)).toBe(committed(`mocks/${id}/validators.ts`));
  });

  it('src/control/control-spec.ts holds specs/control.yaml as parsed now', () => {
    expect(generateSpecModule(specFile('control'), 'specs/control.yaml', '../core/prepare-spec.js')).toBe(committed('src/control/control-spec.ts'));
  });

  it('every registered API has a spec and a folder of the same id', () => {
    const specs = readdirSync(new URL('../specs/', import.meta.url))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace('.yaml', ''));
    for (const api of vendors) expect(specs).toContain(api.id);
  });

  // Not optional: a registered API without its spec or generated files fails here (never skipped).
  it.each(vendors.map((api) => [api.id, api] as const))('%s has specs/<id>.yaml, mocks/<id>/types.ts and mocks/<id>/spec.ts', (id, api) => {
    expect(missingRequiredFiles(api), `missing for ${id} (run \`npm run types:generate\` for the generated ones)`).toEqual([]);
  });
});
