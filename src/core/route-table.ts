import { createSchemaCompiler, type SchemaCompiler } from '../validation/ajv.js';
import { compileOperationValidators, type OperationValidators } from '../validation/operation-validators.js';
import type { ApiDefinition } from './define-api.js';
import { HTTP_METHODS } from './openapi.js';

/** One operation of one API, compiled once at start-up. */
export interface CompiledOperation {
  api: ApiDefinition;
  operationId: string;
  method: string;
  /** The spec's path template with the API's server prefix, e.g. `/v2/service-accounts/{serviceAccountId}`. */
  template: string;
  requiresAuth: boolean;
  validators: OperationValidators;
}

interface Node {
  literal: Map<string, Node>;
  param?: { name: string; node: Node };
  operations?: Map<string, CompiledOperation>;
  allow?: string;
  template?: string;
}

export type RouteMatch =
  | { kind: 'found'; operation: CompiledOperation; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string; api: ApiDefinition; template: string }
  | { kind: 'not-found' };

export interface RouteTable {
  match(method: string, path: string): RouteMatch;
  operations: CompiledOperation[];
  /** Each API's schema compiler, for other documents that `$ref` its components (state dumps). */
  compilers: Map<string, SchemaCompiler>;
}

/** The path prefix of an API's first server URL: `https://host/v2` → `/v2`. */
export function serverPrefix(api: ApiDefinition): string {
  const url = api.spec.servers?.[0]?.url ?? '';
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/\{[^}]*\}/g, '');
  return path.replace(/\/+$/, '');
}

/** Compiles every API's paths into one segment trie; their paths must not collide. */
export function buildRouteTable(apis: ApiDefinition[]): RouteTable {
  const root: Node = { literal: new Map() };
  const operations: CompiledOperation[] = [];
  const compilers = new Map<string, SchemaCompiler>();
  for (const api of apis) {
    const compiler = createSchemaCompiler(api.id, api.spec);
    compilers.set(api.id, compiler);
    const prefix = serverPrefix(api);
    for (const [path, item] of Object.entries(api.spec.paths ?? {})) {
      const template = prefix + path;
      const node = insert(root, template, api.id);
      node.operations ??= new Map();
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
        node.operations.set(key, {
          api,
          operationId,
          method: key,
          template,
          // An empty requirement object ({}) in the list means "anonymous is fine".
          requiresAuth: security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0),
          validators: compileOperationValidators(compiler, `${api.id}.${operationId}`, operation, item.parameters),
        });
        operations.push(node.operations.get(key)!);
      }
      node.allow = [...node.operations.keys()].join(', ');
    }
  }
  return { match: (method, path) => match(root, method, path), operations, compilers };
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
  const segments: string[] = [];
  for (const raw of splitPath(path)) {
    try {
      segments.push(decodeURIComponent(raw));
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
  return { kind: 'method-not-allowed', allow: node.allow!, api: any.api, template: node.template! };
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
