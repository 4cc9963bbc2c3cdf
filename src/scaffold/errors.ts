import { STATUS_CODES } from 'node:http';
import type { OpenApiDocument } from '../core/openapi.js';
import { pickMedia } from './answers.js';
import type { Json, ScaffoldOperation } from './read-spec.js';
import { resolveRef, sampleOf } from './sample.js';

/** How one field of the error body is filled from samock's `{ status, code, message }`. */
export type ErrorField = 'message' | 'code' | 'status' | 'statusText' | 'codeOrStatus';

export interface DerivedErrors {
  /** The body every error starts from (the schema's other required fields), or undefined for `{ message }`. */
  template?: Json;
  /** Fields filled per error, by name. */
  fields: Record<string, ErrorField>;
  /** Per status, the code and message samock uses when it makes that status itself. */
  defaults: Record<number, { code?: string; message: string }>;
  /** Where the shape came from, for a comment. */
  source: string;
  /** The statuses the spec documents for errors (auth.mjs answers only those). */
  documented: number[];
}

const MESSAGE_NAMES = ['message', 'error', 'detail', 'title', 'description', 'error_description', 'errorMessage', 'msg'];
const CODE_NAMES = ['code', 'errorCode', 'error_code', 'type', 'reason'];
const STATUS_NAMES = ['status', 'statusCode', 'status_code', 'httpStatus'];

/** Statuses samock produces itself, whatever the spec documents. */
const PRODUCED = [400, 401, 403, 404, 405, 409, 413, 415, 429, 500, 503];

const codeOf = (status: number) =>
  (STATUS_CODES[status] ?? `Error ${status}`)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
const messageOf = (status: number) => `${STATUS_CODES[status] ?? `Error ${status}`}.`;

/** The spec's JSON error schema (its 4xx/5xx answers' most common one) and how to fill it. */
export function deriveErrors(document: OpenApiDocument, operations: ScaffoldOperation[]): DerivedErrors {
  const schemas = new Map<string, { schema: Json; count: number; where: string }>();
  const documented = new Set<number>();
  for (const operation of operations) {
    for (const [key, raw] of Object.entries(operation.responses)) {
      if (!/^[45](\d\d|XX)$/i.test(key) && key !== 'default') continue;
      if (/^\d+$/.test(key)) documented.add(Number(key));
      const picked = pickMedia(resolveRef(document, raw)?.content);
      const schema = picked && /json/i.test(picked.type) ? resolveRef(document, picked.media.schema) : undefined;
      if (!schema || !(schema.properties || schema.type === 'object')) continue;
      const id = JSON.stringify(schema);
      const entry = schemas.get(id) ?? { schema, count: 0, where: `${key} of ${operation.operationId}` };
      entry.count++;
      schemas.set(id, entry);
    }
  }
  const defaults: DerivedErrors['defaults'] = {};
  for (const status of [...new Set([...PRODUCED, ...documented])].sort((a, b) => a - b)) {
    defaults[status] = { code: codeOf(status), message: messageOf(status) };
  }
  const best = [...schemas.values()].sort((a, b) => b.count - a.count)[0];
  const statuses = [...documented].sort((a, b) => a - b);
  if (!best) return { fields: { message: 'message' }, defaults, source: 'no JSON error body in the spec, so { message }', documented: statuses };
  const fields: DerivedErrors['fields'] = {};
  const found: { codeEnum?: string[] } = {};
  mapFields(document, best.schema, [], fields, found);
  // An error code the schema limits to an enum takes, per status, the value that names it.
  if (found.codeEnum?.length) for (const [status, value] of Object.entries(defaults)) value.code = enumCodeFor(Number(status), found.codeEnum);
  // A shape with no field for the message would answer every error without saying why: add one
  // where the schema allows it.
  if (!Object.values(fields).includes('message') && best.schema.additionalProperties !== false) fields.message = 'message';
  const template = sampleOf(document, best.schema) as Json;
  const more = best.count > 1 ? ` (and ${best.count - 1} more)` : '';
  return { template, fields, defaults, source: `the error body of ${best.where}${more}`, documented: statuses };
}

/**
 * Which properties take samock's message, code and status, by dotted path: the top level, and
 * one object below it (`{ error: { code, message } }`, a common shape) when it holds them.
 */
function mapFields(document: OpenApiDocument, schema: Json, path: string[], fields: DerivedErrors['fields'], found: { codeEnum?: string[] }): void {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(properties)) {
    const property = resolveRef(document, properties[name]) ?? {};
    const types = Array.isArray(property.type) ? (property.type as string[]) : typeof property.type === 'string' ? [property.type] : [];
    const type = types.find((t) => t !== 'null');
    const full = [...path, name].join('.');
    if (path.length === 0 && (type === 'object' || (type === undefined && property.properties))) {
      mapFields(document, property, [name], fields, found);
      continue;
    }
    // `{ errors: [{ status, title, detail }] }` (JSON:API style): the first item is filled.
    const items = type === 'array' ? resolveRef(document, property.items) : undefined;
    if (path.length === 0 && items && (items.type === 'object' || items.properties)) {
      mapFields(document, items, [name, '0'], fields, found);
      continue;
    }
    if (MESSAGE_NAMES.includes(name) && (type === undefined || type === 'string')) fields[full] = 'message';
    else if (CODE_NAMES.includes(name) && !(typeof property.format === 'string' && property.format.startsWith('uri'))) {
      if (Array.isArray(property.enum) && property.enum.every((value) => typeof value === 'string')) found.codeEnum = property.enum;
      fields[full] = type === 'integer' || type === 'number' ? 'status' : 'codeOrStatus';
    } else if (STATUS_NAMES.includes(name)) fields[full] = type === 'string' ? 'statusText' : 'status';
  }
}

/** Words that name a status in error codes (`not_found`, `RESOURCE_CONFLICT`, `unauthenticated` …). */
const STATUS_WORDS: Record<number, string[]> = {
  400: ['badrequest', 'invalid', 'validation', 'malformed'],
  401: ['unauthorized', 'unauthenticated', 'authentication', 'unauthorised'],
  403: ['forbidden', 'permission', 'denied'],
  404: ['notfound', 'missing', 'unknown'],
  405: ['methodnotallowed', 'method'],
  409: ['conflict', 'exists', 'duplicate'],
  413: ['toolarge', 'payload', 'size'],
  415: ['unsupported', 'mediatype', 'contenttype'],
  422: ['unprocessable', 'validation', 'invalid'],
  429: ['ratelimit', 'toomany', 'throttl'],
  500: ['internal', 'server', 'unexpected'],
  503: ['unavailable', 'notready'],
};

/** The enum value naming this status, else the one for its class (4xx → a 400's), else the first. */
function enumCodeFor(status: number, values: string[]): string {
  const norm = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const pick = (code: number) => values.find((value) => (STATUS_WORDS[code] ?? []).some((word) => norm(value).includes(word)));
  return pick(status) ?? pick(status >= 500 ? 500 : 400) ?? values[0]!;
}
