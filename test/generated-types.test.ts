import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vendors } from '../mocks/index.js';
import { generateTypes } from '../src/codegen/generate-types.js';

describe('types generated from the specs', () => {
  it.each(vendors.map((api) => api.id))('mocks/%s/types.ts matches its spec (run `npm run types:generate` if not)', async (id) => {
    const committed = readFileSync(new URL(`../mocks/${id}/types.ts`, import.meta.url), 'utf8');
    expect(await generateTypes(new URL(`../specs/${id}.yaml`, import.meta.url))).toBe(committed);
  });

  it('every registered API has a spec and a folder of the same id', () => {
    const specs = readdirSync(new URL('../specs/', import.meta.url)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace('.yaml', ''));
    for (const api of vendors) expect(specs).toContain(api.id);
  });
});
