import type { CodeOptions, Format } from 'ajv';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { formatNames, fullFormats } from 'ajv-formats/dist/formats.js';
import type { JsonSchema, OpenApiDocument } from '../core/openapi.js';
import { precompiledOf } from './precompiled.js';

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
  const ajv = new Ajv2020({
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

const rfc3339 = fullFormats['date-time'] as { validate: (value: string) => boolean };

/**
 * ajv-formats' formats, without its plugin: that adds the non-standard formatMaximum family of
 * keywords, which no OpenAPI schema uses, and with them ajv's draft-07 build (a second Ajv class
 * and meta-schema in every browser bundle). Generated validators read these very objects.
 */
export const FORMATS: Record<string, Format> = Object.fromEntries(
  formatNames.map((name) => [name, name === 'date-time' ? { type: 'string', validate: isStorableDateTime } : fullFormats[name]]),
);

/**
 * RFC 3339, and an instant whose UTC year has four digits. samock keeps instants in UTC
 * and answers them as `…Z`: `9999-12-31T23:59:59-23:59` is year 10000 in UTC, which
 * toISOString writes as `+010000-…`, a value no spec's `date-time` accepts back.
 */
export function isStorableDateTime(value: string): boolean {
  if (!rfc3339.validate(value)) return false;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= MIN_STORABLE_MS && ms <= MAX_STORABLE_MS;
}

const MIN_STORABLE_MS = Date.parse('0000-01-01T00:00:00.000Z');
const MAX_STORABLE_MS = Date.parse('9999-12-31T23:59:59.999Z');

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
