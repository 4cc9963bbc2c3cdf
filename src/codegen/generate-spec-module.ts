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
  const document = withoutProse(parse(readFileSync(specFile, 'utf8')) as unknown);
  prepareSpec(document, displayName); // fails here, at generation, if the document is not OpenAPI 3.1
  return [
    `// Generated from ${displayName} by \`npm run types:generate\`. Do not edit.`,
    `import { prepareSpec } from '${prepareFrom}';`,
    '',
    `/** ${displayName}, parsed when the package was built. */`,
    `export const spec = prepareSpec(JSON.parse(${JSON.stringify(JSON.stringify(document))}), '${displayName}');`,
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
