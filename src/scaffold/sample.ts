import fc from 'fast-check';
import type { OpenApiDocument } from '../core/openapi.js';
import type { Json } from './read-spec.js';

/** Follows a `#/components/schemas/…` (or any local) `$ref` of the document. */
export function resolveRef(document: OpenApiDocument, schema: unknown): Json | undefined {
  let current = schema as Json | undefined;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) return undefined;
    let target: unknown = document;
    for (const part of ref.slice(2).split('/')) {
      target = (target as Json | undefined)?.[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))];
    }
    current = target as Json | undefined;
  }
  return current;
}

const FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  duration: 'P1D',
  uuid: '00000000-0000-4000-8000-000000000000',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  'uri-reference': 'https://example.com',
  iri: 'https://example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  byte: 'AAAA',
  password: 'secret',
  regex: '.*',
  'json-pointer': '/a',
};

/**
 * A value valid against `schema` (a default, not an example): required properties only, the
 * first of an enum, a sample of a format, lengths and bounds respected, `$ref`s followed.
 */
export function sampleOf(document: OpenApiDocument, schema: unknown, depth = 0): unknown {
  const s = resolveRef(document, schema);
  if (!s || typeof s !== 'object' || depth > 12) return null;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  if ('default' in s) return s.default;
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if ('example' in s) return s.example;
  if (Array.isArray(s.allOf) && s.allOf.length) return sampleOf(document, mergeAllOf(document, s), depth + 1);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = s[key] as unknown[] | undefined;
    if (Array.isArray(options) && options.length) {
      const nonNull = options.find((option) => resolveRef(document, option)?.type !== 'null') ?? options[0];
      return sampleOf(document, nonNull, depth + 1);
    }
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];
  const type = types.find((t) => t !== 'null') ?? types[0] ?? (s.properties ? 'object' : s.items ? 'array' : undefined);
  switch (type) {
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, unknown>;
      const result: Json = {};
      for (const name of (s.required as string[] | undefined) ?? []) {
        result[name] = name in properties ? sampleOf(document, properties[name], depth + 1) : 'string';
      }
      return result;
    }
    case 'array': {
      const count = typeof s.minItems === 'number' ? s.minItems : 0;
      const items = Array.from({ length: count }, () => sampleOf(document, s.items, depth + 1));
      return s.uniqueItems === true ? distinct(items) : items;
    }
    case 'string':
      return sampleString(s);
    case 'integer':
    case 'number':
      return sampleNumber(s, type === 'integer');
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return type === undefined ? {} : null;
  }
}

function sampleString(s: Json): string {
  let value = FORMATS[String(s.format)] ?? 'string';
  const min = typeof s.minLength === 'number' ? s.minLength : 0;
  const max = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
  if (value.length < min) value = value.padEnd(min, 'x');
  if (value.length > max) value = value.slice(0, max);
  return typeof s.pattern === 'string' ? (matching(s.pattern, value, min, max) ?? value) : value;
}

/**
 * A string the pattern accepts, within the lengths: the format's sample when it matches, else
 * the shortest of a few that fast-check draws from the regex (a fixed seed: the same scaffold
 * every run). Undefined when none fits (the caller's answer is then flagged as invalid).
 */
function matching(pattern: string, preferred: string, min: number, max: number): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  if (regex.test(preferred)) return preferred;
  const fits = (text: string) => text.length >= min && text.length <= max && regex.test(text);
  try {
    const drawn = fc.sample(fc.stringMatching(regex), { seed: 42, numRuns: 200 }).filter(fits);
    return drawn.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  } catch {
    return undefined;
  }
}

/** `uniqueItems` with `minItems` > 1: the same default repeated is made distinct (strings and numbers). */
function distinct(items: unknown[]): unknown[] {
  return items.map((item, index) => {
    if (index === 0) return item;
    if (typeof item === 'string') return `${item.slice(0, Math.max(0, item.length - String(index).length))}${index}`;
    if (typeof item === 'number') return item + index;
    return item;
  });
}

function sampleNumber(s: Json, integer: boolean): number {
  const num = (key: string) => (typeof s[key] === 'number' ? s[key] : undefined);
  const step = num('multipleOf') ?? (integer ? 1 : undefined);
  let value = num('minimum') ?? (num('exclusiveMinimum') !== undefined ? num('exclusiveMinimum')! + (step ?? 1) : undefined);
  const maximum = num('maximum') ?? (num('exclusiveMaximum') !== undefined ? num('exclusiveMaximum')! - (step ?? 1) : undefined);
  value ??= maximum !== undefined && maximum < 1 ? maximum : 1;
  if (step) value = Math.ceil(value / step) * step;
  return integer ? Math.ceil(value) : value;
}

/**
 * An `allOf` as one schema, so a value meets every part at once: keywords merged (a later part's
 * win), `required` joined, and a property two parts both describe sampled against both (a
 * pattern in one and a bare `type: string` in the other still gives a value the pattern accepts).
 */
export function mergeAllOf(document: OpenApiDocument, schema: Json): Json {
  const parts = [...(schema.allOf as unknown[]).map((part) => resolveRef(document, part) ?? {}), { ...schema, allOf: undefined }];
  const merged: Json = {};
  const properties: Record<string, unknown[]> = {};
  const required = new Set<string>();
  for (const part of parts) {
    const flat = Array.isArray(part.allOf) ? mergeAllOf(document, part) : part;
    for (const [key, value] of Object.entries(flat)) {
      if (value === undefined || key === 'allOf') continue;
      if (key === 'properties') for (const [name, property] of Object.entries(value as Json)) (properties[name] ??= []).push(property);
      else if (key === 'required') for (const name of value as string[]) required.add(name);
      else merged[key] = value;
    }
  }
  if (Object.keys(properties).length) {
    merged.properties = Object.fromEntries(
      Object.entries(properties).map(([name, list]) => [name, list.length === 1 ? list[0] : mergeAllOf(document, { allOf: list })]),
    );
    merged.type ??= 'object';
  }
  if (required.size) merged.required = [...required];
  return merged;
}
