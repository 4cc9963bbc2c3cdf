import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { prepareSpec } from '../core/prepare-spec.js';

/**
 * The text of a generated `spec.ts`: the spec's YAML parsed at build time and kept as a
 * JSON string, so no YAML parser or file system is needed at run time (browsers, any
 * bundler), and a browser bundle holds only the specs of the APIs it imports.
 * `prepareFrom` is the module the generated file imports `prepareSpec` from.
 */
export function generateSpecModule(specFile: URL, displayName: string, prepareFrom: string): string {
  const document = parse(readFileSync(specFile, 'utf8')) as unknown;
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
