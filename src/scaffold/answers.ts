import type { OpenApiDocument } from '../core/openapi.js';
import { createSchemaCompiler, type SchemaCompiler } from '../validation/ajv.js';
import { isJsonMediaType } from '../validation/operation-validators.js';
import { ScaffoldError, type Json, type ScaffoldOperation } from './read-spec.js';
import { resolveRef, sampleOf } from './sample.js';

export interface Answer {
  status: number;
  /** Absent for a response without content. */
  body?: unknown;
  /** Set for a non-JSON answer (its media type). */
  contentType?: string;
  /** Where the body came from, for a comment in routes.mjs. */
  source: 'example' | 'examples' | 'schema default' | 'no content';
  /** Set when neither the spec's examples nor the default are valid against the schema: the user must edit it. */
  invalid?: boolean;
}

/** The lowest documented 2xx (then `2XX`, then `default`, as 200). */
export function successStatus(operation: ScaffoldOperation): { status: number; key: string } {
  const keys = Object.keys(operation.responses);
  const twoxx = keys.filter((key) => /^2\d\d$/.test(key)).sort();
  if (twoxx[0]) return { status: Number(twoxx[0]), key: twoxx[0] };
  const range = keys.find((key) => key.toUpperCase() === '2XX');
  if (range) return { status: 200, key: range };
  if (keys.includes('default')) return { status: 200, key: 'default' };
  throw new ScaffoldError(`${operation.method.toUpperCase()} ${operation.path} (${operation.operationId}) documents no success response (2xx or default).`);
}

/** A media type's JSON one if it has one, else its first. */
export function pickMedia(content: unknown): { type: string; media: Json } | undefined {
  const entries = Object.entries((content ?? {}) as Record<string, Json>);
  const json = entries.find(([type]) => isJsonMediaType(type)) ?? entries[0];
  return json ? { type: json[0], media: json[1] ?? {} } : undefined;
}

/** Answers samock validates: a spec's example that breaks its own schema gives way to a default. */
export function answerFor(document: OpenApiDocument, operation: ScaffoldOperation, compiler: SchemaCompiler): Answer {
  const { status, key } = successStatus(operation);
  const response = resolveRef(document, operation.responses[key]) ?? {};
  const picked = pickMedia(response.content);
  if (!picked) return { status, source: 'no content' };
  const { type, media } = picked;
  const schema = media.schema;
  const valid = (value: unknown) => {
    if (schema === undefined) return true;
    try {
      return compiler.compile(schema as Json, `${operation.operationId} ${status}`)(value);
    } catch {
      return false;
    }
  };
  const candidates: Array<[Answer['source'], unknown]> = [];
  if ('example' in media) candidates.push(['example', media.example]);
  const examples = Object.values((media.examples ?? {}) as Record<string, unknown>);
  if (examples.length) candidates.push(['examples', resolveRef(document, examples[0])?.value]);
  candidates.push(['schema default', sampleOf(document, schema)]);
  const json = isJsonMediaType(type);
  // A non-JSON answer is sent as text: only a string value can be one.
  const fits = (value: unknown) => value !== undefined && valid(value) && (json || typeof value === 'string');
  const found = candidates.find(([, value]) => fits(value));
  const [source, body] = found ?? candidates.at(-1)!;
  return {
    status,
    body: json ? body : typeof body === 'string' ? body : JSON.stringify(body ?? ''),
    // A range (`*/*`, `text/*`) is no content type to answer with.
    contentType: json ? undefined : type.includes('*') ? 'application/octet-stream' : type,
    source,
    ...(found ? {} : { invalid: true }),
  };
}

export function schemaCompiler(document: OpenApiDocument): SchemaCompiler {
  return createSchemaCompiler('scaffold', document);
}

/** A request a contract check sends: parameters and body valid against the operation. */
export interface SampleRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  /** Set when the body samock made is not valid against the schema (not sent as a field). */
  invalidBody?: boolean;
  /** Parameters whose value samock could not make valid (not sent as a field). */
  invalidParams?: string[];
  /** `null`: send no bearer token (the API takes another credential, in `headers`). */
  token?: null;
}

const asParam = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? value.map(asParam).join(',') : JSON.stringify(value));

/** The request, and whether its body is valid against the operation's schema (a contract check sending an invalid one would fail). */
export function sampleRequest(document: OpenApiDocument, operation: ScaffoldOperation, compiler?: SchemaCompiler): SampleRequest {
  const request: SampleRequest = {};
  for (const raw of operation.parameters) {
    const parameter = resolveRef(document, raw) ?? raw;
    const where = parameter.in === 'path' ? 'params' : parameter.in === 'query' ? 'query' : parameter.in === 'header' ? 'headers' : undefined;
    if (!where || (where !== 'params' && parameter.required !== true)) continue;
    const name = String(parameter.name);
    if (where === 'headers' && ['authorization', 'content-type', 'accept'].includes(name.toLowerCase())) continue;
    const value = 'example' in parameter ? parameter.example : sampleOf(document, parameter.schema ?? { type: 'string' });
    (request[where] ??= {})[name] = asParam(value);
    if (compiler && parameter.schema !== undefined) {
      // As the kernel checks it: the text, coerced to the schema's type.
      let valid = false;
      try {
        const check = compiler.compileCoercing({ type: 'object', properties: { value: parameter.schema as Json } }, `${operation.operationId} ${name}`);
        valid = check({ value: asParam(value) });
      } catch {
        valid = false;
      }
      if (!valid) (request.invalidParams ??= []).push(`${String(parameter.in)} parameter ${name}`);
    }
  }
  const body = resolveRef(document, operation.requestBody);
  const picked = body ? pickMedia(body.content) : undefined;
  if (picked && isJsonMediaType(picked.type)) {
    request.body = sampleOf(document, picked.media.schema);
    if (compiler && picked.media.schema !== undefined) {
      let valid = false;
      try {
        valid = compiler.compile(picked.media.schema as Json, `${operation.operationId} request`)(request.body);
      } catch {
        valid = false;
      }
      if (!valid) return { ...request, invalidBody: true };
    }
  }
  return request;
}
