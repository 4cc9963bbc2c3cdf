import fc from 'fast-check';
import type { OpenApiDocument } from '../../core/openapi.js';
import { mergeAllOf, resolveRef, sampleOf } from '../../scaffold/sample.js';

type Json = Record<string, unknown>;

/** Longest string drawn where the schema sets no maxLength: long enough for edges, short enough to send 10,000 of. */
const OPEN_MAX_LENGTH = 40;
const OPEN_MAX_ITEMS = 4;
const MAX_DEPTH = 10;
/** Bounds a schema may set beyond anything worth sending 10,000 times: drawn up to here, not to the schema's limit. */
const MAX_DRAWN_ITEMS = 1_000;
const MAX_DRAWN_LENGTH = 10_000;

const dates = () => fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
/** Values for the formats ajv-formats checks; anything else is drawn as a plain string. */
const FORMATS: Record<string, () => fc.Arbitrary<string>> = {
  'date-time': () => dates().map((d) => d.toISOString()),
  date: () => dates().map((d) => d.toISOString().slice(0, 10)),
  time: () => dates().map((d) => d.toISOString().slice(11, 19) + 'Z'),
  uuid: () => fc.uuid(),
  email: () => fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/), fc.domain()).map(([user, domain]) => `${user}@${domain}`),
  'idn-email': () => FORMATS.email!(),
  uri: () => fc.webUrl(),
  url: () => fc.webUrl(),
  hostname: () => fc.domain(),
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
};

/**
 * Values valid against `schema` (a JSON Schema of the spec, `$ref`s followed), with the edges
 * drawn often: lengths and bounds at their limits, every enum value, optional properties absent.
 * Drawn values are not checked here: the request builder checks each against the spec's own
 * validator and keeps a known-valid sample where a draw misses (a pattern and a length together,
 * say), so no draw is ever filtered away and generation cannot stall.
 */
export function arbitraryFor(document: OpenApiDocument, schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const s = resolveRef(document, schema);
  if (!s || typeof s !== 'object' || depth > MAX_DEPTH) return fc.constant(sampleOf(document, schema));
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum) && s.enum.length) return fc.constantFrom(...(s.enum as unknown[]));
  if (Array.isArray(s.allOf) && s.allOf.length) return arbitraryFor(document, mergeAllOf(document, s), depth + 1);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = s[key];
    if (Array.isArray(options) && options.length) return fc.oneof(...options.map((option) => arbitraryFor(document, option, depth + 1)));
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitraryFor(document, { ...s, type }, depth + 1)));
  const type = types[0] ?? (s.properties ? 'object' : s.items ? 'array' : undefined);
  switch (type) {
    case 'object':
      return objectArbitrary(document, s, depth);
    case 'array':
      return arrayArbitrary(document, s, depth);
    case 'string':
      return stringArbitrary(s);
    case 'integer':
    case 'number':
      return numberArbitrary(s, type === 'integer');
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      // No type: anything goes; a few plain JSON values.
      return fc.constantFrom<unknown>('samock', 1, true, null);
  }
}

function objectArbitrary(document: OpenApiDocument, s: Json, depth: number): fc.Arbitrary<unknown> {
  const properties = (s.properties ?? {}) as Record<string, unknown>;
  const required = new Set(((s.required as string[] | undefined) ?? []).filter((name) => typeof name === 'string'));
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    const resolved = resolveRef(document, property);
    // readOnly properties are the server's to set; a client never sends them.
    if (resolved?.readOnly === true && !required.has(name)) continue;
    model[name] = arbitraryFor(document, property, depth + 1);
  }
  // A required property the schema does not describe: any string.
  for (const name of required) model[name] ??= fc.constant('samock');
  return fc.record(model, { requiredKeys: [...required].filter((name) => name in model) });
}

function arrayArbitrary(document: OpenApiDocument, s: Json, depth: number): fc.Arbitrary<unknown> {
  const minLength = typeof s.minItems === 'number' ? Math.max(0, s.minItems) : 0;
  const maxLength = Math.max(minLength, typeof s.maxItems === 'number' ? s.maxItems : minLength + OPEN_MAX_ITEMS);
  // More items than a request should carry: the spec's own sample (the validator check judges it).
  if (minLength > MAX_DRAWN_ITEMS) return fc.constant(sampleOf(document, s));
  const item = arbitraryFor(document, s.items ?? {}, depth + 1);
  // uniqueItems: duplicates dropped after the draw, not avoided during it. fast-check's
  // uniqueArray retries until it has minLength distinct items, and never stops when the items'
  // schema has fewer values than that (an enum of two, minItems 3); a short array here is
  // caught by the request builder's validator check like any other miss.
  return s.uniqueItems === true ? fc.array(item, { minLength, maxLength }).map(withoutDuplicates) : fc.array(item, { minLength, maxLength });
}

function withoutDuplicates(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value) ?? 'undefined';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function stringArbitrary(s: Json): fc.Arbitrary<string> {
  const min = typeof s.minLength === 'number' ? Math.max(0, Math.ceil(s.minLength)) : 0;
  const max = Math.min(typeof s.maxLength === 'number' ? Math.floor(s.maxLength) : Math.max(min, OPEN_MAX_LENGTH), Math.max(min, MAX_DRAWN_LENGTH));
  // No length fits, or only lengths too long to draw: one value; the validator check judges it.
  if (min > max) return fc.constant('');
  if (min > MAX_DRAWN_LENGTH) return fc.constant('a'.repeat(min));
  if (typeof s.pattern === 'string') {
    let regex: RegExp | undefined;
    try {
      regex = new RegExp(s.pattern, 'u');
    } catch {
      regex = undefined;
    }
    if (regex) {
      const fit = (text: string) => (text.length > max ? text.slice(0, max) : text);
      // The longest edge: a draw repeated up to maxLength (`^[a-z0-9 _-]+$` still matches; where
      // the pattern does not, the request builder's validator check drops it).
      const longest = (text: string) => (text.length === 0 || text.length >= max ? fit(text) : text.repeat(Math.ceil(max / text.length)).slice(0, max));
      return fc.oneof(
        { arbitrary: fc.stringMatching(regex, { size: 'small' }).map(fit), weight: 3 },
        { arbitrary: fc.stringMatching(regex, { size: 'small' }).map(longest), weight: 1 },
      );
    }
  }
  const format = typeof s.format === 'string' ? FORMATS[s.format] : undefined;
  if (format) return format();
  const text = fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: max });
  // The edges: exactly the shortest and the longest allowed.
  return fc.oneof(
    { arbitrary: text, weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: min }), weight: 1 },
    { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: max, maxLength: max }), weight: 1 },
  );
}

/** How far from the other bound (or zero) a number is drawn where the schema sets no bound. */
const OPEN_RANGE = 1_000_000;

function numberArbitrary(s: Json, integer: boolean): fc.Arbitrary<number> {
  const num = (key: string) => (typeof s[key] === 'number' && Number.isFinite(s[key]) ? s[key] : undefined);
  const step = num('multipleOf');
  const unit = integer ? 1 : 0.001;
  const exclusiveMin = num('exclusiveMinimum');
  const exclusiveMax = num('exclusiveMaximum');
  const lower = [num('minimum'), exclusiveMin !== undefined ? exclusiveMin + unit : undefined].filter((b): b is number => b !== undefined);
  const upper = [num('maximum'), exclusiveMax !== undefined ? exclusiveMax - unit : undefined].filter((b): b is number => b !== undefined);
  // An open side is drawn up to OPEN_RANGE beyond the other side's bound (a minimum of 5e9 has
  // no maximum below it), not at a fixed ±1e6.
  let min = lower.length ? Math.max(...lower) : undefined;
  let max = upper.length ? Math.min(...upper) : undefined;
  min ??= Math.min(max ?? 0, 0) - OPEN_RANGE;
  max ??= Math.max(min, 0) + OPEN_RANGE;
  if (integer) {
    min = Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER);
    max = Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER);
  }
  // No value fits (minimum above maximum, or no integer between them): a value the validator
  // check refuses, so the spec's sample takes its place; never a throw from fast-check.
  if (min > max) return fc.constant(min);
  if (step && step > 0) {
    const low = Math.ceil(min / step);
    const high = Math.floor(max / step);
    if (low > high || !Number.isSafeInteger(low) || !Number.isSafeInteger(high)) return fc.constant(min);
    return fc.integer({ min: low, max: high }).map((k) => k * step);
  }
  const any = integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return fc.oneof({ arbitrary: any, weight: 3 }, { arbitrary: fc.constant(min), weight: 1 }, { arbitrary: fc.constant(max), weight: 1 });
}
