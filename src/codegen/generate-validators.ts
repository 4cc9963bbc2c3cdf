import { _ } from 'ajv';
import * as standalone from 'ajv/dist/standalone/index.js';
import type { ApiDefinition } from '../core/define-api.js';
import type { JsonSchema, OpenApiDocument } from '../core/openapi.js';
import { prepareSpec } from '../core/prepare-spec.js';
import { buildRouteTable } from '../core/route-table.js';
import { parsedWithoutProse } from './generate-spec-module.js';
import { createAjv, prepareSchema, type SchemaCompiler } from '../validation/ajv.js';

type Mode = 'plain' | 'coercing';

/**
 * The text of a generated `validators.ts`: every validator start-up would compile for the
 * spec, as ajv standalone code, keyed by the label the kernel compiles it under. The kernel
 * records what it compiles (buildRouteTable with a recording compiler), so the set cannot
 * drift from what run time asks for; a label it does not find is compiled as before.
 * `samockFrom` is where the module imports `validatorRuntime` from.
 */
export function generateValidatorsModule(apiId: string, spec: OpenApiDocument, displayName: string, samockFrom: string): string {
  const recorded: Record<Mode, Map<string, JsonSchema>> = { plain: new Map(), coercing: new Map() };
  const record =
    (mode: Mode) =>
    (schema: JsonSchema, label: string): never => {
      if (!recorded[mode].has(label)) recorded[mode].set(label, schema);
      // Never called: a recorded validator only stands in while the table is built.
      return (() => true) as never;
    };
  const recorder: SchemaCompiler = { compile: record('plain'), compileCoercing: record('coercing'), compileFirstError: () => (() => true) as never };
  const api = { id: apiId, spec, routes: {} } as unknown as ApiDefinition;
  buildRouteTable([api], () => recorder);

  const sections: string[] = [];
  const tables: string[] = [];
  for (const mode of ['plain', 'coercing'] as const) {
    const entries = [...recorded[mode]];
    if (entries.length === 0) {
      tables.push(`  ${mode}: {},`);
      continue;
    }
    const ajv = createAjv(apiId, spec, { coerce: mode === 'coercing' }, { source: true, esm: true, lines: false, formats: _`formats` });
    const exports: Record<string, string> = {};
    // One validator per distinct schema: many labels share one (every `$ref: Problem` answer).
    const indexBySchema = new Map<string, number>();
    const indexOfLabel = entries.map(([label, schema]) => {
      const prepared = prepareSchema(schema, apiId) as JsonSchema;
      const key = JSON.stringify(prepared);
      const known = indexBySchema.get(key);
      if (known !== undefined) return known;
      const index = indexBySchema.size;
      indexBySchema.set(key, index);
      const id = `https://samock.local/${apiId}/precompiled/${mode}/${index}`;
      try {
        ajv.addSchema({ ...prepared, $id: id });
      } catch (error) {
        throw new Error(`Failed to compile the ${apiId} spec's schema at ${label}: ${(error as Error).message}`);
      }
      exports[`${mode}${index}`] = id;
      return index;
    });
    // Each mode's code in a block of its own: the two share ajv's generated names (validate20, …).
    const code = runtimeImports(standaloneCode(ajv, exports), apiId)
      .replace(/^"use strict";/, '')
      .replace(/export const (\w+) = /g, 'const $1 = ');
    const names = entries.map(([label], at) => `    ${JSON.stringify(label)}: ${mode}${indexOfLabel[at]},`);
    sections.push(`const ${mode} = (() => {\n${code}\nreturn {\n${names.join('\n')}\n};\n})();`);
    tables.push(`  ${mode},`);
  }
  return [
    `// Generated from ${displayName} by \`npm run types:generate\`. Do not edit.`,
    '// ajv standalone code: the validators start-up would otherwise compile, so it compiles none.',
    '// @ts-nocheck',
    '/* eslint-disable */',
    `import { validatorRuntime as runtime, type PrecompiledValidators } from '${samockFrom}';`,
    '',
    'const formats = runtime.formats;',
    ...sections,
    '',
    `export const validators: PrecompiledValidators = {\n${tables.join('\n')}\n};`,
    '',
  ].join('\n');
}

/** A vendor's `validators.ts`, from the document exactly as its `spec.ts` holds it, prepared as at run time. */
export function generateVendorValidators(apiId: string, specFile: URL, displayName: string): string {
  return generateValidatorsModule(apiId, prepareSpec(parsedWithoutProse(specFile, displayName), displayName), displayName, 'samock/toolkit');
}

/** The control plane's validators (src/control/control-validators.ts): its route table compiles none at start-up either. */
export function generateControlValidators(specFile: URL): string {
  const displayName = 'specs/control.yaml';
  return generateValidatorsModule('control', prepareSpec(parsedWithoutProse(specFile, displayName), displayName), displayName, '../validation/runtime.js');
}

const RUNTIME = new Set(['equal', 'ucs2length', 'uri', 'validation_error']);

/** ajv's standalone code `require`s its runtime helpers; here they come from samock's runtime. */
function runtimeImports(code: string, apiId: string): string {
  return code.replace(/require\("([^"]+)"\)(\.default)?/g, (whole, module: string) => {
    const name = /^ajv\/dist\/runtime\/(\w+)$/.exec(module)?.[1];
    if (!name || !RUNTIME.has(name)) throw new Error(`The ${apiId} validators need ${module}, which samock's validator runtime does not provide (${whole}).`);
    return `runtime.${name}`;
  });
}

type StandaloneCode = (ajv: unknown, refs: Record<string, string>) => string;

/** ajv's standalone module is CommonJS with a default export: Node and tsx present it one or two `default`s deep. */
function standaloneCode(ajv: unknown, refs: Record<string, string>): string {
  let value: unknown = standalone;
  for (let depth = 0; depth < 2 && value && typeof value === 'object' && 'default' in value; depth++) value = value.default;
  return (value as StandaloneCode)(ajv, refs);
}
