import type { CodeOptions } from 'ajv';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonSchema, OpenApiDocument } from '../core/openapi.js';
import { FORMATS } from './formats.js';
import { precompiledOf } from './precompiled.js';

export { FORMATS, isStorableDateTime } from './formats.js';

type Ajv2020Class = typeof Ajv2020;
let provided: Ajv2020Class | undefined;

/**
 * Gives the kernel ajv's compiler class. The msw adapters (createMock, startBrowserMocks) pass
 * the statically imported class, so a browser bundle has it; without one, Node loads it on the
 * first schema that has no generated validator. Start-up of the standalone server, whose specs
 * all have generated validators, then never loads ajv's compiler (≈ 20 ms of modules).
 */
export function provideSchemaCompilerClass(ajvClass: Ajv2020Class): void {
  provided ??= ajvClass;
}

function ajvClass(): Ajv2020Class {
  if (provided) return provided;
  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module');
  if (!nodeModule) {
    throw new Error(
      'samock needs to compile a schema at run time (it has no generated validator) but has no JSON Schema compiler here: ' +
        'in a browser, start the mocks with startBrowserMocks from samock/browser, which brings ajv along.',
    );
  }
  const loaded = nodeModule.createRequire(import.meta.url)('ajv/dist/2020.js') as { Ajv2020: Ajv2020Class };
  return (provided = loaded.Ajv2020);
}

/** OpenAPI 3.1 keywords that are not JSON Schema 2020-12 but are legal in a spec. */
const OPENAPI_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs'];

export interface SchemaCompiler {
  /** For bodies: exact types, no coercion; every violation is collected. */
  compile(schema: JsonSchema, label: string): ValidateFunction;
  /**
   * The same, stopping at the first violation: for large documents, where collecting every
   * violation could mean millions of error objects (a 16 MB array of wrong items).
   */
  compileFirstError(schema: JsonSchema, label: string): ValidateFunction;
  /** For path, query and header values, which arrive as strings. */
  compileCoercing(schema: JsonSchema, label: string): ValidateFunction;
}

/**
 * Compiles the schemas of one API's spec. Its `#/components/schemas/*` are
 * registered once under an id of their own, so every operation's validator
 * shares them. A schema that does not compile throws, naming the API and the
 * operation: start-up stops instead of treating the schema as "valid".
 */
export function createSchemaCompiler(apiId: string, spec: OpenApiDocument): SchemaCompiler {
  // Each Ajv instance is made on first need: with precompiled validators, start-up makes none.
  let plain: Ajv2020 | undefined;
  let coercing: Ajv2020 | undefined;
  let firstError: Ajv2020 | undefined;
  const precompiled = precompiledOf(spec);
  const compileWith = (ajv: Ajv2020, schema: JsonSchema, label: string) => {
    try {
      return ajv.compile(prepareSchema(schema, apiId) as JsonSchema);
    } catch (error) {
      throw schemaError(apiId, label, error);
    }
  };
  return {
    compile: (schema, label) => precompiled?.plain[label] ?? compileWith((plain ??= createAjv(apiId, spec, { coerce: false })), schema, label),
    compileCoercing: (schema, label) => precompiled?.coercing[label] ?? compileWith((coercing ??= createAjv(apiId, spec, { coerce: true })), schema, label),
    compileFirstError: (schema, label) => compileWith((firstError ??= createAjv(apiId, spec, { coerce: false, allErrors: false })), schema, label),
  };
}

/**
 * The Ajv instance samock validates one API's documents with: its component schemas
 * registered, the formats, the OpenAPI keywords. `code` is for the build-time generator
 * (ajv standalone), which must compile exactly as run time does.
 */
export function createAjv(apiId: string, spec: OpenApiDocument, mode: { coerce: boolean; allErrors?: boolean }, code?: CodeOptions): Ajv2020 {
  const base = schemaBase(apiId);
  const Ajv = ajvClass();
  const ajv = new Ajv({
    allErrors: mode.allErrors ?? true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    coerceTypes: mode.coerce ? 'array' : false,
    useDefaults: mode.coerce,
    ...(code ? { code } : {}),
  });
  for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  ajv.addVocabulary(OPENAPI_KEYWORDS);
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    try {
      ajv.addSchema({ ...(prepareSchema(schema, apiId) as JsonSchema), $id: base + name });
    } catch (error) {
      throw schemaError(apiId, `components.schemas.${name}`, error);
    }
  }
  return ajv;
}

const schemaBase = (apiId: string) => `https://samock.local/${apiId}/schemas/`;

function schemaError(apiId: string, label: string, error: unknown): Error {
  return new Error(
    `Failed to compile the ${apiId} spec's schema at ${label}: ${userRefs(apiId, (error as Error).message)}. ` +
      `Fix the schema in the ${apiId} API's spec; samock does not start with a schema it cannot enforce.`,
  );
}

/**
 * ajv's messages name schemas by the ids samock registered them under
 * (`https://samock.local/<api>/schemas/Nope`); the user wrote `#/components/schemas/Nope`.
 * "from id #" (the operation's own schema, which has no id) says nothing and is dropped.
 */
function userRefs(apiId: string, message: string): string {
  const base = schemaBase(apiId).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return message
    .replace(/ from id #(?=$|[\s.,;:])/g, '')
    .replace(/ from id (?=https:\/\/samock\.local\/)/g, ' in ')
    .replace(
      new RegExp(`${base}([^\\s"'#]*)(?:#([^\\s"']*))?`, 'g'),
      (_, name: string, pointer = '') => `#/components/schemas/${safeDecode(name)}${pointer === '/' ? '' : pointer}`,
    );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Rewrites component refs to registered ids and drops `x-` extensions (strict ajv rejects unknown keywords). */
export function prepareSchema(value: unknown, apiId: string): unknown {
  return prepare(value, schemaBase(apiId));
}

function prepare(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((item) => prepare(item, base));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('x-')) continue;
    if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
      // `#/components/schemas/A/properties/b` points into A: A's registered id, then a pointer in it.
      const [name, ...inside] = child.slice('#/components/schemas/'.length).split('/');
      out[key] = base + name + (inside.length ? `#/${inside.join('/')}` : '');
    } else if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
      // Property names are data, not keywords: keep `x-…` names, prepare their schemas.
      out[key] = Object.fromEntries(Object.entries(child as object).map(([name, schema]) => [name, prepare(schema, base)]));
    } else {
      out[key] = prepare(child, base);
    }
  }
  return out;
}
