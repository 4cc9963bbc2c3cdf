import type { OpenApiDocument } from '../../core/openapi.js';
import { mergeAllOf, resolveRef } from '../../scaffold/sample.js';

type Json = Record<string, unknown>;

/** One rule broken in an otherwise valid value: what was broken, where, and the value that breaks it. */
export interface Mutation {
  rule: string;
  /** JSON pointer of the broken place ('' for the value itself). */
  pointer: string;
  value: unknown;
}

const FORMAT_BREAKERS: Record<string, string> = {
  'date-time': '2024-13-45T99:99:99',
  date: '2024-02-31x',
  uuid: 'not-a-uuid',
  email: 'not-an-email',
  uri: 'not a uri',
  url: 'not a url',
  ipv4: '999.1.1.1',
  hostname: '-bad-.host-',
};
const PATTERN_BREAKERS = ['', ' ', '#!', 'é\u0000', '..', 'A B', '-', '__'];

/**
 * Every way to break one rule of `schema` in the valid `value`, at the value itself and in the
 * properties and items it holds: wrong type, missing required property, pattern, length, bounds,
 * enum, format, item counts and uniqueness, an extra property where the schema forbids one.
 * Candidates only: the caller keeps those the spec's validator rejects (a pattern that also
 * accepts the breaker, say, is dropped there).
 */
export function mutationsOf(document: OpenApiDocument, schema: unknown, value: unknown): Mutation[] {
  const out: Mutation[] = [];
  walk(document, schema, value, [], (rule, path, replacement, remove) =>
    out.push({ rule, pointer: pointerOf(path), value: remove ? deleteAt(value, path) : setAt(value, path, replacement) }),
  );
  return out;
}

type Emit = (rule: string, path: (string | number)[], replacement: unknown, remove?: boolean) => void;

function walk(document: OpenApiDocument, schema: unknown, value: unknown, path: (string | number)[], emit: Emit, depth = 0): void {
  let s = resolveRef(document, schema);
  if (!s || typeof s !== 'object' || depth > 8) return;
  if (Array.isArray(s.allOf) && s.allOf.length) s = mergeAllOf(document, s);
  if (Array.isArray(s.enum)) {
    emit('enum', path, 'samock-not-in-enum');
    if (s.enum.every((item) => typeof item === 'string')) emit('enum', path, 12345);
    return;
  }
  if ('const' in s) {
    emit('const', path, typeof s.const === 'string' ? `${s.const}-not` : 'samock-not-the-constant');
    return;
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];
  if (types.length > 0) {
    const wrong = wrongTypeFor(types);
    if (wrong !== undefined) emit('type', path, wrong);
  }
  if (typeof value === 'string') stringMutations(s, value, path, emit);
  else if (typeof value === 'number') numberMutations(s, value, types, path, emit);
  else if (Array.isArray(value)) {
    const items = value as unknown[];
    if (typeof s.minItems === 'number' && s.minItems > 0) emit('minItems', path, items.slice(0, s.minItems - 1));
    if (typeof s.maxItems === 'number' && items.length > 0)
      emit('maxItems', path, [...items, ...Array.from({ length: s.maxItems + 1 - items.length }, () => items[0])]);
    if (s.uniqueItems === true && items.length > 0) emit('uniqueItems', path, [items[0], items[0], ...items.slice(1)]);
    if (items.length > 0) walk(document, s.items, items[0], [...path, 0], emit, depth + 1);
  } else if (value && typeof value === 'object') {
    const record = value as Json;
    for (const name of (s.required as string[] | undefined) ?? []) if (name in record) emit('required', [...path, name], undefined, true);
    if (s.additionalProperties === false || s.unevaluatedProperties === false) emit('additionalProperties', [...path, 'samockUnexpected'], 1);
    const properties = (s.properties ?? {}) as Json;
    for (const [name, property] of Object.entries(properties)) if (name in record) walk(document, property, record[name], [...path, name], emit, depth + 1);
  }
}

/** A value of a JSON type that none of `types` allows (12345 for a string, a string for a number…). */
function wrongTypeFor(types: string[]): unknown {
  const candidates: [unknown, string[]][] = [
    [12345, ['integer', 'number']],
    ['samock-wrong-type', ['string']],
    [true, ['boolean']],
    [['samock'], ['array']],
    [{ samock: 1 }, ['object']],
  ];
  return candidates.find(([, allowedAs]) => !allowedAs.some((type) => types.includes(type)))?.[0];
}

function stringMutations(s: Json, value: string, path: (string | number)[], emit: Emit): void {
  if (typeof s.pattern === 'string') {
    let regex: RegExp | undefined;
    try {
      regex = new RegExp(s.pattern, 'u');
    } catch {
      regex = undefined;
    }
    const breaker =
      regex && PATTERN_BREAKERS.map((b) => (b.length === 0 ? b : value.slice(0, Math.max(0, value.length - b.length)) + b)).find((b) => !regex.test(b));
    if (breaker !== undefined) emit('pattern', path, breaker);
  }
  if (typeof s.minLength === 'number' && s.minLength > 0) emit('minLength', path, value.slice(0, s.minLength - 1));
  if (typeof s.maxLength === 'number') emit('maxLength', path, value.padEnd(s.maxLength + 1, value.slice(-1) || 'x'));
  const breaker = typeof s.format === 'string' ? FORMAT_BREAKERS[s.format] : undefined;
  if (breaker !== undefined) emit('format', path, breaker);
}

function numberMutations(s: Json, value: number, types: string[], path: (string | number)[], emit: Emit): void {
  if (typeof s.minimum === 'number') emit('minimum', path, s.minimum - 1);
  if (typeof s.maximum === 'number') emit('maximum', path, s.maximum + 1);
  if (typeof s.exclusiveMinimum === 'number') emit('exclusiveMinimum', path, s.exclusiveMinimum);
  if (typeof s.exclusiveMaximum === 'number') emit('exclusiveMaximum', path, s.exclusiveMaximum);
  if (types.includes('integer') && !types.includes('number')) emit('type', path, value + 0.5);
}

const pointerOf = (path: (string | number)[]) => path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function setAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return (root as unknown[]).map((item, index) => (index === head ? setAt(item, rest, replacement) : item));
  const record = (root ?? {}) as Json;
  return { ...record, [head!]: setAt(record[head as string], rest, replacement) };
}

function deleteAt(root: unknown, path: (string | number)[]): unknown {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    if (Array.isArray(root)) return (root as unknown[]).filter((_, index) => index !== head);
    const { [head as string]: _removed, ...kept } = root as Json;
    return kept;
  }
  if (Array.isArray(root)) return (root as unknown[]).map((item, index) => (index === head ? deleteAt(item, rest) : item));
  return { ...(root as Json), [head!]: deleteAt((root as Json)[head as string], rest) };
}
