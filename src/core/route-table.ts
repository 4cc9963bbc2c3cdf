import { createSchemaCompiler, type SchemaCompiler } from '../validation/ajv.js';
import { compileOperationValidators, type OperationValidators } from '../validation/operation-validators.js';
import type { ApiDefinition } from './define-api.js';
import { HTTP_METHODS, type ParameterObject } from './openapi.js';
import { credentialLocations, CREDENTIAL_NAME, REDACTED, type CredentialLocations } from './redaction.js';

/** One operation of one API, compiled once at start-up. */
export interface CompiledOperation {
  api: ApiDefinition;
  operationId: string;
  method: string;
  /** The spec's path template with the API's server prefix, e.g. `/v2/service-accounts/{serviceAccountId}`. */
  template: string;
  requiresAuth: boolean;
  validators: OperationValidators;
  /** Where its requests carry credentials: what the journal must never keep. */
  credentials: CredentialLocations;
}

interface Node {
  literal: Map<string, Node>;
  param?: { name: string; node: Node };
  operations?: Map<string, CompiledOperation>;
  allow?: string;
  template?: string;
  /** Path parameters of this template that carry credentials. */
  credentialParams?: Set<string>;
}

export type RouteMatch =
  | { kind: 'found'; operation: CompiledOperation; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string; api: ApiDefinition; template: string; params: Record<string, string>; credentialParams: ReadonlySet<string> }
  | { kind: 'not-found' };

export interface RouteTable {
  match(method: string, path: string): RouteMatch;
  /**
   * A path no template matched, with every segment masked that sits where some template
   * has a credential-bearing parameter (a Wavefront token id one segment too deep, say).
   */
  redactUnmatched(path: string): string;
  /**
   * The API a path no route matched still belongs to: the one whose routes share the
   * longest leading literal segments with it (`/v2/nope` is Lyve's, `/api/org/v1/nope`
   * LakeSail's), or none when no API, or more than one, does (`/nope`, `/api/nope`).
   */
  ownerOf(path: string): ApiDefinition | undefined;
  operations: CompiledOperation[];
  /** Each API's schema compiler, for other documents that `$ref` its components (state dumps). */
  compilers: Map<string, SchemaCompiler>;
}

/**
 * The path prefix of an API's first server URL: `https://host/v2` → `/v2`,
 * `{protocol}://{host}:{port}/api/v1` → `/api/v1`, `/api/v1` → `/api/v1`.
 */
export function serverPrefix(api: ApiDefinition): string {
  const server = api.spec.servers?.[0];
  // Every variable takes its default first (OpenAPI requires one), as a client would send it:
  // a variable may stand for the scheme or the host, so the URL's parts are known only then.
  const url = (server?.url ?? '').replace(/\{([^}]*)\}/g, (_, name: string) => server?.variables?.[name]?.default ?? '');
  // Then the path: without scheme and authority (a scheme left empty still has its `//host`), query and fragment.
  const path = url
    .replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*/i, '')
    .replace(/^:\/\/[^/?#]*/, '')
    .replace(/[?#].*$/, '');
  return path.replace(/\/+$/, '');
}

/**
 * Compiles every API's paths into one segment trie; their paths must not collide.
 * `makeCompiler` is for the build-time validator generator, which records what is compiled.
 */
export function buildRouteTable(
  apis: ApiDefinition[],
  makeCompiler: (apiId: string, spec: ApiDefinition['spec']) => SchemaCompiler = createSchemaCompiler,
): RouteTable {
  const root: Node = { literal: new Map() };
  const operations: CompiledOperation[] = [];
  const compilers = new Map<string, SchemaCompiler>();
  /** Per template with a credential parameter: its segments (null for a parameter) and where the credential sits. */
  const credentialSegments: { segments: (string | null)[]; index: number }[] = [];
  /** Every template served, with its API and methods: for the overlap check across APIs. */
  const served: ServedTemplate[] = [];
  for (const api of apis) {
    const compiler = makeCompiler(api.id, api.spec);
    compilers.set(api.id, compiler);
    const prefix = serverPrefix(api);
    for (const [path, item] of Object.entries(api.spec.paths ?? {})) {
      const template = prefix + path;
      if (typeof (item as { $ref?: unknown }).$ref === 'string') {
        throw new Error(`Failed to register ${api.id}: its path ${path} is a $ref the spec was not prepared for (load it with loadSpec or prepareSpec).`);
      }
      // Only the HTTP methods are operations (as defineApi counts them); a path item with none
      // (only `servers`, `parameters` or `x-…` extensions) has nothing to serve.
      if (!HTTP_METHODS.some((method) => item[method])) continue;
      const node = insert(root, template, api.id);
      node.operations ??= new Map();
      const credentialParams = (node.credentialParams ??= new Set());
      node.template = template;
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const operationId = operation.operationId!;
        const key = method.toUpperCase();
        if (node.operations.has(key)) {
          throw new Error(`Failed to register ${api.id}: ${key} ${template} is already served by ${node.operations.get(key)!.api.id}.`);
        }
        const security = operation.security ?? api.spec.security ?? [];
        const parameters: ParameterObject[] = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
        const credentials = credentialLocations(api.spec, operation, parameters);
        for (const name of credentials.path) credentialParams.add(name);
        node.operations.set(key, {
          api,
          operationId,
          method: key,
          template,
          // An empty requirement object ({}) in the list means "anonymous is fine".
          requiresAuth: security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0),
          validators: compileOperationValidators(compiler, `${api.id}.${operationId}`, operation, item.parameters),
          credentials,
        });
        operations.push(node.operations.get(key)!);
      }
      node.allow = [...node.operations.keys()].join(', ');
      served.push({ api, template, segments: splitPath(template), methods: HTTP_METHODS.filter((method) => item[method]).map((m) => m.toUpperCase()) });
      const segments = splitPath(template).map((segment) => (/^\{.+\}$/.test(segment) ? null : segment));
      splitPath(template).forEach((segment, index) => {
        const name = /^\{(.+)\}$/.exec(segment)?.[1];
        if (name && (credentialParams.has(name) || CREDENTIAL_NAME.test(name))) credentialSegments.push({ segments, index });
      });
    }
  }
  refuseOverlaps(served);
  const literals = new Set(
    operations.flatMap((op) =>
      splitPath(op.template)
        .filter((segment) => !/^\{.+\}$/.test(segment))
        .map((segment) => segment.toLowerCase()),
    ),
  );
  const redactUnmatched = (path: string): string => {
    const parts = path.split('/');
    // parts[0] is the empty string before the leading slash; empty segments are skipped as the router skips them.
    const positions = parts.flatMap((part, i) => (part === '' ? [] : [i]));
    // Where a template has a credential parameter and the path follows its literals.
    for (const { segments, index } of credentialSegments) {
      if (positions.length <= index) continue;
      const prefixMatches = segments.slice(0, index).every((literal, k) => literal === null || literal === safeDecode(parts[positions[k]!]!));
      if (prefixMatches) parts[positions[index]!] = REDACTED;
    }
    // Near misses (`/apiToken/…`, `/api/v1/apitoken/…`, one segment too many): after a segment
    // that names a credential, every segment that is not a word of the served routes is masked.
    const named = positions.findIndex((i) => CREDENTIAL_NAME.test(safeDecode(parts[i]!)));
    if (named !== -1) {
      for (const i of positions.slice(named + 1)) if (!literals.has(safeDecode(parts[i]!).toLowerCase())) parts[i] = REDACTED;
    }
    return parts.join('/');
  };
  // Each template's leading literal segments (up to its first parameter), with its API.
  const prefixes = operations.map((op) => ({ api: op.api, literals: splitPath(op.template).slice(0, firstParam(op.template)) }));
  const ownerOf = (path: string): ApiDefinition | undefined => {
    const segments = splitPath(path).map(safeDecode);
    let best = 0;
    let owners = new Set<ApiDefinition>();
    for (const { api, literals } of prefixes) {
      let shared = 0;
      while (shared < literals.length && shared < segments.length && literals[shared] === segments[shared]) shared++;
      if (shared === 0 || shared < best) continue;
      if (shared > best) owners = new Set();
      best = shared;
      owners.add(api);
    }
    return owners.size === 1 ? [...owners][0] : undefined;
  };
  return { match: (method, path) => match(root, method, path), redactUnmatched, ownerOf, operations, compilers };
}

interface ServedTemplate {
  api: ApiDefinition;
  template: string;
  segments: string[];
  methods: string[];
}

/**
 * Refuses two APIs whose templates a request could match both of: the same number of
 * segments, and at each one equal literals or a parameter on either side
 * (`/api/v1/notes/special` and `/api/v1/notes/{noteId}`). The trie would silently hand such
 * a request to one of them (literals win), so one API would answer for the other.
 *
 * Regardless of method: 405 answers are per path, so an API with only `POST /notes/special`
 * would answer `GET /notes/special` with its own 405 where the other API serves
 * `GET /notes/{noteId}`, and a client of either could not tell. The methods are named when
 * they overlap too, since that is the case that takes requests away outright.
 *
 * Within one API, overlaps are the spec's own design (`/accounts/me` beside `/accounts/{id}`)
 * and stay allowed: literals win, as the API's authors meant.
 */
function refuseOverlaps(served: ServedTemplate[]): void {
  const bySize = new Map<number, ServedTemplate[]>();
  for (const entry of served) {
    const group = bySize.get(entry.segments.length) ?? [];
    for (const other of group) {
      if (other.api === entry.api || !overlaps(other.segments, entry.segments)) continue;
      const shared = entry.methods.filter((method) => other.methods.includes(method));
      const what = shared.length
        ? `${shared.join(', ')} ${entry.template} overlaps ${other.api.id}'s ${shared.join(', ')} ${other.template}`
        : `${entry.template} (${entry.methods.join(', ')}) overlaps ${other.api.id}'s ${other.template} (${other.methods.join(', ')})`;
      throw new Error(
        `Failed to register ${entry.api.id}: its ${what}; a request can match both, and one API would answer for the other. ` +
          `Serve the two APIs under different server prefixes, or in separate samock servers.`,
      );
    }
    group.push(entry);
    bySize.set(entry.segments.length, group);
  }
}

const isParam = (segment: string) => /^\{.+\}$/.test(segment);

/** Could one request path match both templates (of the same length)? */
function overlaps(a: string[], b: string[]): boolean {
  return a.every((segment, i) => segment === b[i] || isParam(segment) || isParam(b[i]!));
}

function firstParam(template: string): number {
  const index = splitPath(template).findIndex((segment) => /^\{.+\}$/.test(segment));
  return index === -1 ? Number.POSITIVE_INFINITY : index;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function insert(root: Node, template: string, apiId: string): Node {
  let node = root;
  for (const segment of splitPath(template)) {
    const param = /^\{(.+)\}$/.exec(segment);
    if (param) {
      if (node.param && node.param.name !== param[1]) {
        throw new Error(`Failed to register ${apiId}: ${template} names a parameter {${param[1]}} where another path names {${node.param.name}}.`);
      }
      node.param ??= { name: param[1]!, node: { literal: new Map() } };
      node = node.param.node;
    } else {
      let next = node.literal.get(segment);
      if (!next) node.literal.set(segment, (next = { literal: new Map() }));
      node = next;
    }
  }
  return node;
}

/** Trailing slashes are accepted everywhere (lyve's own samples send one). */
function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function match(root: Node, method: string, path: string): RouteMatch {
  const segments = splitPath(path);
  for (let i = 0; i < segments.length; i++) {
    const raw = segments[i]!;
    // Most segments hold no escapes: decoding them would only copy them.
    if (!raw.includes('%')) continue;
    try {
      segments[i] = decodeURIComponent(raw);
    } catch {
      return { kind: 'not-found' };
    }
  }
  const params: Record<string, string> = {};
  const node = walk(root, segments, 0, params);
  if (!node?.operations) return { kind: 'not-found' };
  const operation = node.operations.get(method) ?? (method === 'HEAD' ? node.operations.get('GET') : undefined);
  if (operation) return { kind: 'found', operation, params };
  const any = node.operations.values().next().value as CompiledOperation;
  return {
    kind: 'method-not-allowed',
    allow: node.allow!,
    api: any.api,
    template: node.template!,
    params,
    credentialParams: node.credentialParams ?? new Set(),
  };
}

/** Literal segments win over parameters; falls back to the parameter branch when a literal dead-ends. */
function walk(node: Node, segments: string[], index: number, params: Record<string, string>): Node | undefined {
  if (index === segments.length) return node.operations ? node : undefined;
  const segment = segments[index]!;
  const literal = node.literal.get(segment);
  const viaLiteral = literal && walk(literal, segments, index + 1, params);
  if (viaLiteral) return viaLiteral;
  if (!node.param) return undefined;
  const found = walk(node.param.node, segments, index + 1, params);
  if (found) params[node.param.name] = segment;
  return found;
}
