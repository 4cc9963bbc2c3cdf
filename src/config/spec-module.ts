import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { OpenApiDocument } from '../core/openapi.js';
import { prepareSpec } from '../core/prepare-spec.js';
import { specOriginOf } from '../core/spec-origin.js';

/** The spec module's name beside its spec: `spec.yaml` → `spec.mjs`. */
export const specModuleName = (specFile: string) => `${basename(specFile).replace(/\.(ya?ml|json)$/i, '')}.mjs`;

/**
 * The YAML parser, loaded only when a spec is read: `samock serve` checks
 * every spec module's hash at start-up, and with no edit it never parses YAML (≈ 20 ms of loading).
 */
const lazy = createRequire(import.meta.url);
const parse = (text: string): unknown => (lazy('yaml') as typeof import('yaml')).parse(text);
/** As loadSpec's parseSpec, with the parser above. */
const parseSpec = (text: string, name: string, parser: (text: string) => unknown): OpenApiDocument => prepareSpec(parser(text), name);

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The text of a spec module: the spec parsed once, so the API's `index.mjs` imports a plain
 * object and bundles for browsers (no YAML parser, no file system). The spec file stays the
 * source; the module records its hash so `samock serve --config` notices an edit.
 */
export function renderSpecModule(specPath: string, samockImport = 'samock', command = `npx samock spec-module ${basename(specPath)}`): string {
  const bytes = readFileSync(specPath);
  const text = bytes.toString('utf8');
  const isJson = specPath.toLowerCase().endsWith('.json');
  // Parsed and checked as loadSpec does, so a module is never written from a spec samock refuses.
  try {
    parseSpec(text, specPath, isJson ? JSON.parse : parse);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/:$/, '');
    throw new Error(message.includes(specPath) ? message : `${specPath}: ${message}`);
  }
  const document: unknown = isJson ? JSON.parse(text) : parse(text);
  const file = basename(specPath);
  return `// Generated from ${file} by \`samock spec-module\`: do not edit. ${file} stays the source; after editing it, run
//   ${command}
// (until then \`samock serve|verify --config\` read ${file} itself and say so; browsers get this copy).
import { generatedSpec } from ${JSON.stringify(samockImport).replace(/"/g, "'")};

export const spec = generatedSpec(JSON.parse(${JSON.stringify(JSON.stringify(document))}), {
  file: ${JSON.stringify(file).replace(/"/g, "'")},
  sha256: '${hashOf(bytes)}',
  module: import.meta.url,
});
`;
}

/** Writes the spec module beside the spec (or at `out`), atomically; answers its path. */
export function writeSpecModule(specPath: string, options: { out?: string; samockImport?: string; cwd?: string } = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const spec = resolve(cwd, specPath);
  if (!/\.(ya?ml|json)$/i.test(spec)) throw new Error(`${specPath}: a spec file ends in .yaml, .yml or .json.`);
  const out = resolve(cwd, options.out ?? join(dirname(spec), specModuleName(spec)));
  // Only ever over a module generated from this very spec: never over a hand-written file, nor
  // over the module of spec.json when this is spec.yaml.
  if (existsSync(out) && !readFileSync(out, 'utf8').startsWith(`// Generated from ${basename(spec)} by \`samock spec-module\``)) {
    throw new Error(`${relative(cwd, out) || out} exists and is not the spec module of ${basename(spec)}; move it, or rename the spec.`);
  }
  if (dirname(out) !== dirname(spec)) throw new Error(`the spec module must sit beside its spec (${relative(cwd, dirname(spec)) || '.'}${sep}).`);
  const shown = relative(cwd, spec) || basename(spec);
  const text = renderSpecModule(spec, options.samockImport, `npx samock spec-module ${shown.split(sep).join('/')}`);
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, out);
  return out;
}

export interface FreshSpec {
  /** The document to serve: the module's, or the spec file's when it changed since. */
  spec: OpenApiDocument;
  /** Set when the spec file changed since its module was generated. */
  stale?: { specFile: string; moduleFile: string; regenerate?: string };
}

/**
 * A generated spec module's document, or its spec file read again when the file changed since
 * the module was written (a spec edited without regenerating is served as edited). A module
 * loaded from elsewhere than a file (a bundle) or whose spec file is gone is taken as it is.
 */
export function freshSpec(spec: OpenApiDocument): FreshSpec {
  const origin = specOriginOf(spec);
  if (!origin || !origin.module.startsWith('file:')) return { spec };
  const moduleFile = fileURLToPath(origin.module);
  const specFile = join(dirname(moduleFile), origin.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(specFile);
  } catch {
    return { spec };
  }
  if (hashOf(bytes) === origin.sha256) return { spec };
  const text = bytes.toString('utf8');
  return {
    spec: parseSpec(text, specFile, specFile.toLowerCase().endsWith('.json') ? JSON.parse : parse),
    stale: { specFile, moduleFile, regenerate: origin.regenerate },
  };
}
