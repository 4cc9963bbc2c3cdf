import fc from 'fast-check';
import type { OpenApiDocument, ParameterObject } from '../../core/openapi.js';
import { sampleOf } from '../../scaffold/sample.js';
import { mutationsOf } from './mutations.js';
import { namesWhatItCreates, type OperationModel } from './operations.js';
import { arbitraryFor } from './schema-arbitrary.js';

/** One request, as sent: everything a curl line needs. */
export interface GeneratedRequest {
  operationId: string;
  method: string;
  /** The path under the base URL, its parameters filled in and encoded. */
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  /** The body's text, as sent. */
  body?: string;
  /** An invalid request: the one rule it breaks (`body /name: pattern`, `credentials: missing`). */
  breaks?: string;
  /** A valid request's parsed body (for read-back and clean-up). */
  value?: unknown;
}

/** Where the generator draws from besides the spec: ids earlier answers gave, the run's token and names. */
export interface DrawContext {
  document: OpenApiDocument;
  token: string;
  /** Sent with every request (a samock session). */
  headers: Record<string, string>;
  /** Values seen in earlier answers, by parameter name (ids of created resources). */
  known(parameter: string): string[];
  /** A fresh name with the run's prefix, for the `name`-like fields of a create. */
  freshName(): string;
}

type Parts = { path: Record<string, string>; query: Record<string, string | string[]>; headers: Record<string, string>; body: unknown };

const NAME_FIELD = /^(name|displayName|identifier)$/;

/**
 * Schema-valid requests for the operation: parameters and body drawn from their schemas (path ids
 * from earlier answers when there are some), each checked by the spec's own validators; a part
 * that misses (patterns and lengths together, say) is replaced by a known-valid sample. Undefined
 * when not even the sample is valid (the caller says so).
 */
export function validRequests(model: OperationModel, ctx: DrawContext): fc.Arbitrary<GeneratedRequest> | undefined {
  const fallback = fallbackParts(model, ctx);
  if (!fallback) return undefined;
  return partsArbitrary(model, ctx).map((drawn) => {
    return build(model, ctx, named(model, repair(model, drawn, fallback), ctx));
  });
}

/**
 * Requests that break exactly one rule of the spec: a valid request with one part changed (wrong
 * type, missing required, pattern, length, bounds, enum, format, extra property; a required
 * parameter missing), malformed JSON, the wrong content type, no body where one is required,
 * missing or bad credentials. Every candidate is checked against the spec's validators: one the
 * spec would still accept is never sent as "invalid".
 */
export function invalidRequests(model: OperationModel, ctx: DrawContext): fc.Arbitrary<GeneratedRequest> | undefined {
  const fallback = fallbackParts(model, ctx);
  if (!fallback) return undefined;
  return fc.tuple(partsArbitrary(model, ctx), fc.nat()).map(([drawn, pick]) => {
    // Named like a valid create before one rule is broken: a server that wrongly accepts it
    // stores a name the clean-up knows, never one that could be a real account's.
    const parts = named(model, repair(model, drawn, fallback), ctx);
    const candidates = brokenVariants(model, ctx, parts);
    return candidates[pick % candidates.length]!;
  });
}

function partsArbitrary(model: OperationModel, ctx: DrawContext): fc.Arbitrary<Parts> {
  const byPlace = (place: ParameterObject['in']) => model.parameters.filter((p) => p.in === place && !isCredentialHeader(model, p));
  const values = (list: ParameterObject[], always: boolean) =>
    fc.record(Object.fromEntries(list.map((p) => [p.name, parameterArbitrary(p, ctx)])), {
      requiredKeys: list.filter((p) => always || p.required).map((p) => p.name),
    }) as fc.Arbitrary<Record<string, string | string[]>>;
  return fc.record({
    path: values(byPlace('path'), true) as fc.Arbitrary<Record<string, string>>,
    query: values(byPlace('query'), false),
    headers: values(byPlace('header'), false) as fc.Arbitrary<Record<string, string>>,
    body: model.body ? linkedBody(model, ctx) : fc.constant(undefined),
  });
}

/**
 * The body, with fields that name other resources (`permissions` ↔ `{permissionId}`) mostly
 * filled from ids earlier answers gave: a create that references nothing that exists is refused
 * (404), and would never reach the operations after it.
 */
function linkedBody(model: OperationModel, ctx: DrawContext): fc.Arbitrary<unknown> {
  const body = arbitraryFor(ctx.document, model.body!.schema);
  return fc.tuple(body, fc.nat(), fc.integer({ min: 0, max: 4 })).map(([value, pick, chance]) => {
    if (chance === 0 || !value || typeof value !== 'object' || Array.isArray(value)) return value;
    const linked: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [field, current] of Object.entries(linked)) {
      const known = ctx.known(`${stem(field)}id`).concat(ctx.known(`${stem(field)}Id`), ctx.known(`${stem(field)}ID`));
      if (known.length === 0) continue;
      const id = known[pick % known.length]!;
      if (typeof current === 'string') linked[field] = id;
      else if (Array.isArray(current) && current.every((item) => typeof item === 'string')) linked[field] = [id];
    }
    return linked;
  });
}

/** `permissions`, `permissionIds`, `permission_id` → `permission`. */
const stem = (field: string) =>
  field
    .replace(/_?ids?$/i, '')
    .replace(/s$/, '')
    .replace(/_/g, '');

function parameterArbitrary(parameter: ParameterObject, ctx: DrawContext): fc.Arbitrary<string | string[]> {
  const drawn = arbitraryFor(ctx.document, parameter.schema ?? { type: 'string' }).map((value) => (Array.isArray(value) ? value.map(text) : text(value)));
  if (parameter.in !== 'path') return drawn;
  // Mostly ids that exist (the operation does something): ones earlier answers gave, else the
  // spec's examples (an organization the server knows); sometimes drawn ones (it answers 404).
  const known = ctx.known(parameter.name);
  const existing = known.length ? known : examplesOf(parameter);
  return existing.length ? fc.oneof({ arbitrary: fc.constantFrom(...existing), weight: 4 }, { arbitrary: drawn, weight: 1 }) : drawn;
}

/** A parameter's examples, wherever the spec puts them (`example`, `examples`, its schema's). */
function examplesOf(parameter: ParameterObject): string[] {
  const p = parameter as ParameterObject & { example?: unknown; examples?: Record<string, { value?: unknown }> };
  const schema = (parameter.schema ?? {}) as { example?: unknown; examples?: unknown[] };
  const values = [
    ...(p.example !== undefined ? [p.example] : []),
    ...Object.values(p.examples ?? {}).map((example) => example?.value),
    ...(schema.example !== undefined ? [schema.example] : []),
    ...(Array.isArray(schema.examples) ? schema.examples : []),
  ];
  return values.filter((value) => typeof value === 'string' || typeof value === 'number').map(String);
}

/** Path values a URL cannot carry: empty names another route, `.` and `..` are removed by URL normalisation. */
const UNSENDABLE_SEGMENT = new Set(['', '.', '..']);

const text = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** A sample of every part that the spec's validators accept, or undefined when there is none. */
function fallbackParts(model: OperationModel, ctx: DrawContext): Parts | undefined {
  const sample = (p: ParameterObject) => text(sampleOf(ctx.document, p.schema ?? { type: 'string' }));
  const pick = (place: ParameterObject['in'], all: boolean) =>
    Object.fromEntries(model.parameters.filter((p) => p.in === place && (all || p.required) && !isCredentialHeader(model, p)).map((p) => [p.name, sample(p)]));
  const parts: Parts = {
    path: pick('path', true),
    query: pick('query', false),
    headers: pick('header', false),
    body: model.body ? sampleOf(ctx.document, model.body.schema) : undefined,
  };
  return paramIssues(model, parts) || bodyIssues(model, parts.body) ? undefined : parts;
}

/** The drawn parts, with each part the validators refuse replaced by the fallback's. */
function repair(model: OperationModel, drawn: Parts, fallback: Parts): Parts {
  const parts: Parts = { ...drawn, path: { ...drawn.path }, query: { ...drawn.query }, headers: { ...drawn.headers } };
  for (const [name, value] of Object.entries(parts.path))
    if (UNSENDABLE_SEGMENT.has(value.toLowerCase().replace(/%2e/g, '.'))) parts.path[name] = fallback.path[name]!;
  for (const place of ['path', 'query', 'headers'] as const) {
    if (paramIssues(model, { ...fallback, [place]: parts[place] })) (parts as Record<string, unknown>)[place] = fallback[place];
  }
  if (model.body && bodyIssues(model, parts.body)) parts.body = fallback.body;
  return parts;
}

function paramIssues(model: OperationModel, parts: Parts): boolean {
  const headers = Object.fromEntries(Object.entries(parts.headers).map(([name, value]) => [name.toLowerCase(), value]));
  return model.validators.params({ path: { ...parts.path }, query: { ...parts.query }, headers }).issues.length > 0;
}

function bodyIssues(model: OperationModel, body: unknown): boolean {
  if (!model.body) return false;
  if (body === undefined) return model.body.required;
  return model.validators.body.issues(structuredClone(body), 0).length > 0;
}

/** A write that creates (POST; PUT on a collection): its body's name-like fields get the run's prefix. */
function named(model: OperationModel, parts: Parts, ctx: DrawContext): Parts {
  if (!(model.method === 'POST' || namesWhatItCreates(model)) || !isPlainObject(parts.body)) return parts;
  return { ...parts, body: withRunName(model, parts.body, ctx) };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * The body's name-like fields carry the run's prefix, so that what the run creates can be told
 * and cleaned up: top-level ones, and those one object down (TrueFoundry's `manifest.name`,
 * which is also the key its create-or-update overwrites by: a drawn name could be a real account's).
 */
function withRunName(model: OperationModel, body: Record<string, unknown>, ctx: DrawContext): Record<string, unknown> {
  let named = renamed(body, (candidate) => !bodyIssues(model, candidate), ctx);
  for (const [key, inner] of Object.entries(named)) {
    if (!isPlainObject(inner)) continue;
    const innerNamed = renamed(inner, (candidate) => !bodyIssues(model, { ...named, [key]: candidate }), ctx);
    named = { ...named, [key]: innerNamed };
  }
  return named;
}

function renamed(object: Record<string, unknown>, valid: (candidate: Record<string, unknown>) => boolean, ctx: DrawContext): Record<string, unknown> {
  let named = object;
  for (const field of Object.keys(named).filter((key) => NAME_FIELD.test(key) && typeof named[key] === 'string')) {
    const fresh = ctx.freshName();
    const drawn = named[field] as string;
    const candidates = [fresh, fresh.toLowerCase(), fresh.replace(/[^A-Za-z0-9]/g, ''), fresh.toLowerCase().replace(/[^a-z0-9]/g, '')];
    // A pattern with a fixed start (`sa::…`): keep the drawn start, then the name.
    for (const keep of [2, 4, 6]) candidates.push(drawn.slice(0, keep) + fresh.toLowerCase().replace(/[^a-z0-9]/g, ''));
    const found = candidates.map((candidate) => ({ ...named, [field]: candidate })).find(valid);
    if (found) named = found;
  }
  return named;
}

function isCredentialHeader(model: OperationModel, parameter: ParameterObject): boolean {
  return parameter.in === 'header' && (parameter.name.toLowerCase() === model.credential?.header || parameter.name.toLowerCase() === 'content-type');
}

function build(
  model: OperationModel,
  ctx: DrawContext,
  parts: Parts,
  change: Partial<Pick<GeneratedRequest, 'body' | 'breaks'>> & { headers?: Record<string, string | undefined> } = {},
): GeneratedRequest {
  const path = model.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(parts.path[name] ?? ''));
  const query: [string, string][] = [];
  for (const [name, value] of Object.entries(parts.query)) for (const item of Array.isArray(value) ? value : [value]) query.push([name, item]);
  const headers: Record<string, string> = { accept: 'application/json', ...ctx.headers, ...parts.headers };
  if (model.credential) headers[model.credential.header] = model.credential.value(ctx.token);
  let body: string | undefined;
  if (model.body && parts.body !== undefined) {
    headers['content-type'] = model.body.mediaType;
    body = JSON.stringify(parts.body);
  }
  const request: GeneratedRequest = {
    operationId: model.operationId,
    method: model.method,
    path,
    query,
    headers,
    ...(body !== undefined && { body, value: parts.body }),
  };
  for (const [name, value] of Object.entries(change.headers ?? {})) {
    if (value === undefined) delete request.headers[name];
    else request.headers[name] = value;
  }
  if ('body' in change) {
    if (change.body === undefined) {
      delete request.body;
      delete request.headers['content-type'];
    } else request.body = change.body;
    delete request.value;
  }
  if (change.breaks) request.breaks = change.breaks;
  return request;
}

/** Every single-rule break of this valid request that the spec's validators indeed refuse. */
function brokenVariants(model: OperationModel, ctx: DrawContext, parts: Parts): GeneratedRequest[] {
  const out: GeneratedRequest[] = [];
  if (model.body) {
    for (const mutation of mutationsOf(ctx.document, model.body.schema, parts.body))
      if (bodyIssues(model, mutation.value))
        out.push(build(model, ctx, { ...parts, body: mutation.value }, { breaks: `body ${mutation.pointer || '/'}: ${mutation.rule}` }));
    out.push(build(model, ctx, parts, { body: '{"samock": ', breaks: 'body: malformed JSON' }));
    if (parts.body !== undefined)
      out.push(build(model, ctx, parts, { headers: { 'content-type': 'text/plain' }, breaks: 'content-type: text/plain for a JSON body' }));
    if (model.body.required) out.push(build(model, ctx, parts, { body: undefined, breaks: 'body: missing (required)' }));
  }
  for (const place of ['query', 'header', 'path'] as const) {
    const key = place === 'header' ? 'headers' : place;
    for (const parameter of model.parameters.filter((p) => p.in === place && !isCredentialHeader(model, p))) {
      const current = parts[key][parameter.name];
      if (parameter.required && place !== 'path' && current !== undefined) {
        const { [parameter.name]: _gone, ...rest } = parts[key];
        out.push(build(model, ctx, { ...parts, [key]: rest }, { breaks: `${place} ${parameter.name}: missing (required)` }));
      }
      if (current === undefined || Array.isArray(current)) continue;
      for (const mutation of mutationsOf(ctx.document, parameter.schema ?? {}, typedParameter(parameter, current))) {
        if (mutation.pointer !== '' || mutation.value === undefined || mutation.value === null) continue;
        const broken = { ...parts, [key]: { ...parts[key], [parameter.name]: text(mutation.value) } };
        // A path parameter cannot be empty or a dot segment (the URL would name another route).
        if (place === 'path' && UNSENDABLE_SEGMENT.has(text(mutation.value))) continue;
        if (paramIssues(model, broken)) out.push(build(model, ctx, broken, { breaks: `${place} ${parameter.name}: ${mutation.rule}` }));
      }
    }
  }
  if (model.credential) {
    out.push(build(model, ctx, parts, { headers: { [model.credential.header]: undefined }, breaks: 'credentials: missing' }));
    // samock's reserved token that no server accepts (permissive samock refuses it too).
    out.push(build(model, ctx, parts, { headers: { [model.credential.header]: model.credential.value('invalid') }, breaks: 'credentials: an invalid token' }));
  }
  return out;
}

/** A parameter's text as its schema's type, so that type mutations apply (`5` for an integer). */
function typedParameter(parameter: ParameterObject, value: string): unknown {
  const type = (parameter.schema as { type?: unknown } | undefined)?.type;
  if ((type === 'integer' || type === 'number') && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** The operation's plainest valid request: required parameters and body only, from samples (a list without filters). */
export function minimalRequest(model: OperationModel, ctx: DrawContext): GeneratedRequest {
  const parts = fallbackParts(model, ctx) ?? { path: {}, query: {}, headers: {}, body: undefined };
  return build(model, ctx, parts);
}
