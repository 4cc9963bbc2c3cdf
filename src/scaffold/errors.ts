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
  if (!best) return { fields: { message: 'message' }, defaults, source: 'the spec documents no JSON error body: { message }' };
  const properties = (best.schema.properties ?? {}) as Record<string, unknown>;
  const typeOf = (name: string) => {
    const type = resolveRef(document, properties[name])?.type;
    return Array.isArray(type) ? (type as string[]).find((t) => t !== 'null') : (type as string | undefined);
  };
  const fields: DerivedErrors['fields'] = {};
  for (const name of Object.keys(properties)) {
    const type = typeOf(name);
    if (MESSAGE_NAMES.includes(name) && (type === undefined || type === 'string')) fields[name] = 'message';
    else if (CODE_NAMES.includes(name)) fields[name] = type === 'integer' || type === 'number' ? 'status' : 'codeOrStatus';
    else if (STATUS_NAMES.includes(name)) fields[name] = type === 'string' ? 'statusText' : 'status';
  }
  const template = sampleOf(document, best.schema) as Json;
  return { template, fields, defaults, source: `the error body of ${best.where} (and ${best.count - 1} more)` };
}
