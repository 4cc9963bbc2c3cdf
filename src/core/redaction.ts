import { previewValue, type Issue, type PreviewHide } from '../validation/issues.js';
import type { JsonSchema, OpenApiDocument, OperationObject, ParameterObject } from './openapi.js';

/**
 * Secrets leave the mock only in the one answer that issues them: never in the journal,
 * `check-client` output (CI logs) or a strict-mode 500. What is a secret is decided by
 * where a value sat in the request or response — the Authorization header, an API-key
 * header, a credential field, a token-bearing path parameter — not by what it looks like:
 * `Authorization: MySecretToken123` (no scheme) is as secret as a well-formed bearer token.
 */

/** Field, header and parameter names that hold credentials. Broad on purpose: over-redacting costs nothing. */
export const CREDENTIAL_NAME = /secret|token|passw|credential|key|authoriz|cookie|signature/i;

export const REDACTED = '«redacted»';

/** Where one operation's requests carry credentials; computed once when routes compile. */
export interface CredentialLocations {
  /** Lower-case header names. */
  headers: Set<string>;
  /** Path parameter names. */
  path: Set<string>;
  /** Query parameter names. */
  query: Set<string>;
  /**
   * The body schema declares a credential field (Lyve's token exchange): the whole body is
   * credential material, since a client that gets its shape wrong puts the secret anywhere.
   */
  body: boolean;
  /** A response schema declares a credential field (a create's one-time secret): a response of the wrong shape is secret whole. */
  response: boolean;
}

const ALWAYS_SECRET_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'x-auth-token', 'x-api-key'];

export function credentialLocations(spec: OpenApiDocument, operation: OperationObject, parameters: ParameterObject[]): CredentialLocations {
  const where: CredentialLocations = { headers: new Set(ALWAYS_SECRET_HEADERS), path: new Set(), query: new Set(), body: false, response: false };
  for (const scheme of Object.values(spec.components?.securitySchemes ?? {}) as { type?: string; in?: string; name?: string }[]) {
    if (scheme.type !== 'apiKey' || !scheme.name) continue;
    if (scheme.in === 'header') where.headers.add(scheme.name.toLowerCase());
    if (scheme.in === 'query') where.query.add(scheme.name);
  }
  for (const parameter of parameters) {
    if (!isCredential(parameter.name, parameter.schema)) continue;
    if (parameter.in === 'header') where.headers.add(parameter.name.toLowerCase());
    if (parameter.in === 'path') where.path.add(parameter.name);
    if (parameter.in === 'query') where.query.add(parameter.name);
  }
  const content = operation.requestBody?.content ?? {};
  where.body = Object.values(content).some((media) => declaresCredential(media.schema, spec, new Set()));
  where.response = Object.values(operation.responses ?? {}).some((response) =>
    Object.values(response.content ?? {}).some((media) => declaresCredential(media.schema, spec, new Set())),
  );
  return where;
}

function isCredential(name: string, schema?: JsonSchema): boolean {
  return CREDENTIAL_NAME.test(name) || schema?.format === 'password' || schema?.writeOnly === true;
}

/** Does a schema (following component refs) declare a property that holds a credential? */
function declaresCredential(schema: unknown, spec: OpenApiDocument, seen: Set<unknown>): boolean {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return false;
  seen.add(schema);
  const node = schema as Record<string, unknown>;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/schemas/')) {
    return declaresCredential(spec.components?.schemas?.[node.$ref.slice('#/components/schemas/'.length)], spec, seen);
  }
  for (const [name, child] of Object.entries((node.properties as Record<string, JsonSchema> | undefined) ?? {})) {
    if (isCredential(name, child) || declaresCredential(child, spec, seen)) return true;
  }
  for (const key of ['items', 'additionalProperties', 'allOf', 'anyOf', 'oneOf'] as const) {
    const child = node[key];
    if (Array.isArray(child) ? child.some((c) => declaresCredential(c, spec, seen)) : declaresCredential(child, spec, seen)) return true;
  }
  return false;
}

/** Shorter values are not scrubbed from text: "t" would garble every message. Located values are redacted whatever their length. */
const MIN_SCRUBBED_LENGTH = 4;
const MAX_SECRETS = 64;

/** Every credential value a request carries, found by where it sits. */
export function requestSecrets(
  where: CredentialLocations | undefined,
  headers: Record<string, string | undefined>,
  params: Record<string, string>,
  query: Record<string, string | string[]>,
  body: unknown,
): string[] {
  const secrets: string[] = [];
  const add = (value: string | undefined) => {
    if (value === undefined) return;
    const trimmed = value.trim();
    secrets.push(trimmed);
    // "Bearer abc": the credential alone also appears in messages.
    const space = trimmed.search(/\s/);
    if (space !== -1) secrets.push(trimmed.slice(space).trim());
  };
  for (const name of where?.headers ?? ALWAYS_SECRET_HEADERS) add(headers[name]);
  for (const name of where?.path ?? []) add(params[name]);
  for (const name of where?.query ?? []) {
    const value = query[name];
    for (const item of Array.isArray(value) ? value : [value]) add(item);
  }
  collectSecrets(body, where?.body ?? false, secrets, 0);
  return usable(secrets);
}

/**
 * Credential fields of a response body (a create's one-time secret, an issued token); all
 * of it when the operation answers credentials and this body does not have the documented
 * shape, so they cannot be told apart.
 */
export function responseSecrets(where: CredentialLocations | undefined, body: unknown): string[] {
  const secrets: string[] = [];
  collectSecrets(body, (where?.response ?? false) && !isPlainObject(body), secrets, 0);
  return usable(secrets);
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function collectSecrets(value: unknown, secret: boolean, into: string[], depth: number): void {
  if (into.length >= MAX_SECRETS || depth > 64) return;
  if (typeof value === 'string') {
    if (secret) into.push(value);
    return;
  }
  if (value === null || typeof value !== 'object') {
    if (secret && (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')) into.push(String(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectSecrets(item, secret, into, depth + 1);
    return;
  }
  for (const [key, child] of Object.entries(value)) collectSecrets(child, secret || CREDENTIAL_NAME.test(key), into, depth + 1);
}

function usable(secrets: string[]): string[] {
  // Longest first, so a value that contains another is scrubbed whole.
  return [...new Set(secrets.filter((s) => s.length >= MIN_SCRUBBED_LENGTH))].sort((a, b) => b.length - a.length);
}

/**
 * Issues as the journal and error answers may show them: `actual` redacted at every
 * credential location (a credential header, a credential field anywhere on the pointer,
 * a credential path or query parameter), credential fields masked inside echoed objects,
 * and every known secret scrubbed from what is left (messages included).
 */
export function redactIssues(issues: Issue[], secrets: readonly string[] = [], where?: CredentialLocations): Issue[] {
  if (issues.length === 0) return issues;
  const hide: PreviewHide = { string: (text) => scrub(text, secrets), key: (key) => CREDENTIAL_NAME.test(key), replacement: REDACTED };
  return issues.map((issue) => {
    const redacted: Issue = { ...issue, message: scrub(issue.message, secrets) };
    // null (a missing credential) hides nothing.
    if (issue.actual !== undefined) redacted.actual = issue.actual !== null && isCredentialPointer(issue, where) ? REDACTED : previewValue(issue.actual, hide);
    if (issue.expected !== undefined) redacted.expected = previewValue(issue.expected, hide);
    return redacted;
  });
}

function isCredentialPointer(issue: Issue, where: CredentialLocations | undefined): boolean {
  const segments = issue.pointer.split('/').slice(1);
  if (issue.location === 'header') return where?.headers.has(segments[0] ?? '') === true || CREDENTIAL_NAME.test(issue.pointer);
  if (issue.location === 'path' && where?.path.has(segments[0] ?? '')) return true;
  if (issue.location === 'query' && where?.query.has(segments[0] ?? '')) return true;
  if (issue.location === 'body' && where?.body) return true;
  if (issue.location === 'response' && where?.response && issue.pointer === '') return true;
  return segments.some((segment) => CREDENTIAL_NAME.test(segment));
}

function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

/** Rebuilds a matched path from its template with credential-bearing parameters masked. */
export function redactPath(
  path: string,
  template: string | undefined,
  params: Record<string, string>,
  credentialParams: ReadonlySet<string> = new Set(),
): string {
  const secret = (name: string) => credentialParams.has(name) || CREDENTIAL_NAME.test(name);
  if (!template || !Object.keys(params).some(secret)) return path;
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => (secret(name) ? REDACTED : encodeURIComponent(params[name] ?? '')));
}
