import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { prepareSpec } from '../core/prepare-spec.js';

/**
 * The text of a generated `spec.ts`: the spec's YAML parsed at build time and kept as a
 * JSON string, so no YAML parser or file system is needed at run time (browsers, any
 * bundler), and a browser bundle holds only the specs of the APIs it imports. The prose
 * (`description` and `summary` texts) is left out: nothing reads it at run time, and it was
 * three quarters of a spec's bytes in a browser bundle; specs/*.yaml keep it.
 * `prepareFrom` is the module the generated file imports `prepareSpec` from.
 */
export function generateSpecModule(specFile: URL, displayName: string, prepareFrom: string): string {
  const document = parsedWithoutProse(specFile, displayName);
  return [
    `// Generated from ${displayName} by \`npm run types:generate\`. Do not edit.`,
    `import { prepareSpec } from '${prepareFrom}';`,
    '',
    `/** ${displayName}, parsed when the package was built. */`,
    `export const spec = prepareSpec(JSON.parse(${JSON.stringify(JSON.stringify(document))}), '${displayName}');`,
    '',
  ].join('\n');
}

/** The spec as its module holds it: parsed, prose left out (fails, at generation, if it is not OpenAPI 3.1). */
export function parsedWithoutProse(specFile: URL, displayName: string): unknown {
  const document = withoutProse(parse(readFileSync(specFile, 'utf8')) as unknown);
  prepareSpec(document, displayName);
  return document;
}

/**
 * A vendor's `spec.ts`: the spec (as above), marked with where it came from (so a spec edited
 * without regenerating is noticed) and with its generated validators (`validators.ts`).
 * `specPath` is the YAML relative to the module.
 */
export function generateVendorSpecModule(specFile: URL, displayName: string, specPath: string, samockFrom: string): string {
  const document = parsedWithoutProse(specFile, displayName);
  const sha256 = createHash('sha256').update(readFileSync(specFile)).digest('hex');
  return [
    `// Generated from ${displayName} by \`npm run types:generate\`. Do not edit.`,
    `import { generatedSpec } from '${samockFrom}';`,
    `import { validators } from './validators.js';`,
    '',
    `/** ${displayName}, parsed when the package was built, with the validators generated from it. */`,
    `export const spec = generatedSpec(`,
    `  JSON.parse(${JSON.stringify(JSON.stringify(document))}),`,
    `  { file: '${specPath}', sha256: '${sha256}', module: import.meta.url, regenerate: 'npm run types:generate' },`,
    `  validators,`,
    `);`,
    '',
  ].join('\n');
}

/** Values that are data, not schema or prose: kept as written, whatever keys they hold. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);

function withoutProse(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProse);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'description' || key === 'summary') && typeof child === 'string') continue;
    out[key] = DATA_KEYS.has(key) ? child : withoutProse(child);
  }
  return out;
}
