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
  if (!best) return { fields: { message: 'message' }, defaults, source: 'no JSON error body in the spec, so { message }' };
  const fields: DerivedErrors['fields'] = {};
  mapFields(document, best.schema, [], fields);
  // A shape with no field for the message would answer every error without saying why: add one
  // where the schema allows it.
  if (!Object.values(fields).includes('message') && best.schema.additionalProperties !== false) fields.message = 'message';
  const template = sampleOf(document, best.schema) as Json;
  const more = best.count > 1 ? ` (and ${best.count - 1} more)` : '';
  return { template, fields, defaults, source: `the error body of ${best.where}${more}` };
}

/**
 * Which properties take samock's message, code and status, by dotted path: the top level, and
 * one object below it (`{ error: { code, message } }`, a common shape) when it holds them.
 */
function mapFields(document: OpenApiDocument, schema: Json, path: string[], fields: DerivedErrors['fields']): void {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(properties)) {
    const property = resolveRef(document, properties[name]) ?? {};
    const types = Array.isArray(property.type) ? (property.type as string[]) : typeof property.type === 'string' ? [property.type] : [];
    const type = types.find((t) => t !== 'null');
    const full = [...path, name].join('.');
    if (path.length === 0 && (type === 'object' || (type === undefined && property.properties))) {
      mapFields(document, property, [name], fields);
      continue;
    }
    if (MESSAGE_NAMES.includes(name) && (type === undefined || type === 'string')) fields[full] = 'message';
    else if (CODE_NAMES.includes(name) && !(typeof property.format === 'string' && property.format.startsWith('uri')))
      fields[full] = type === 'integer' || type === 'number' ? 'status' : 'codeOrStatus';
    else if (STATUS_NAMES.includes(name)) fields[full] = type === 'string' ? 'statusText' : 'status';
  }
}
