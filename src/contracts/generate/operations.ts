import type { JsonSchema, OpenApiDocument, ParameterObject } from '../../core/openapi.js';
import { HTTP_METHODS } from '../../core/openapi.js';
import { isJsonMediaType, type OperationValidators } from '../../validation/operation-validators.js';
import { resolveRef } from '../../scaffold/sample.js';
import { compileSpecOperations } from '../spec-checker.js';

/** How an operation's credentials are sent, from its security requirement. */
export interface Credential {
  /** Lower-case header name: `authorization` for bearer schemes, the key's header for `apiKey`. */
  header: string;
  /** Value for a token: `Bearer <token>`, or the token itself for an API-key header. */
  value(token: string): string;
}

/** What the generator needs to know of one operation: the spec's view, resolved once. */
export interface OperationModel {
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/service-accounts/{serviceAccountId}`. */
  path: string;
  parameters: ParameterObject[];
  body?: { schema: JsonSchema; required: boolean; mediaType: string };
  /** Undefined when the operation needs no credentials (`security: []`, or none at all). */
  credential?: Credential;
  validators: OperationValidators;
  /** Statuses the spec documents, as written (`200`, `4XX`, `default`). */
  documented: string[];
}

const BEARER: Credential = { header: 'authorization', value: (token) => `Bearer ${token}` };

/** Every operation of the spec with its parameters resolved, its JSON body and its credential. */
export function operationModels(apiId: string, spec: OpenApiDocument): OperationModel[] {
  const compiled = compileSpecOperations(apiId, spec);
  const models: OperationModel[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const parameters = new Map<string, ParameterObject>();
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolveRef(spec, raw) as ParameterObject | undefined;
        if (parameter?.name && parameter.in) parameters.set(`${parameter.in}:${parameter.name.toLowerCase()}`, parameter);
      }
      const content = (resolveRef(spec, operation.requestBody) as { content?: Record<string, { schema?: JsonSchema }>; required?: boolean } | undefined) ?? {};
      const mediaType = Object.keys(content.content ?? {}).find(isJsonMediaType);
      const schema = mediaType ? content.content![mediaType]!.schema : undefined;
      models.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        parameters: [...parameters.values()].filter((p) => p.in !== 'cookie'),
        ...(schema && mediaType && { body: { schema, required: content.required === true, mediaType } }),
        credential: credentialOf(spec, operation.security ?? spec.security),
        validators: compiled.get(operation.operationId)!.validators,
        documented: Object.keys(operation.responses ?? {}),
      });
    }
  }
  return models;
}

function credentialOf(spec: OpenApiDocument, security: Record<string, string[]>[] | undefined): Credential | undefined {
  // `security: []`, or an alternative that is `{}`: the operation may be called without credentials.
  if (!security || security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0)) return undefined;
  const schemes = (spec.components?.securitySchemes ?? {}) as Record<string, { type?: string; scheme?: string; in?: string; name?: string }>;
  for (const name of Object.keys(security[0]!)) {
    const scheme = schemes[name];
    if (scheme?.type === 'apiKey' && scheme.in === 'header' && scheme.name) return { header: scheme.name.toLowerCase(), value: (token) => token };
    if ((scheme?.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') || scheme?.type === 'oauth2' || scheme?.type === 'openIdConnect') return BEARER;
  }
  return BEARER;
}

/** A path template's parameter names, in order: `/a/{x}/b/{y}` → x, y. */
export const pathNames = (template: string) => [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);

/**
 * The operations the generator chains: a create (POST on a collection) and the operations on
 * the item below it (`{collection}/{id}` and deeper), which take the id its answer gives.
 */
export interface ResourceChain {
  create: OperationModel;
  /** The item path's own parameter, filled from the create's answer. */
  idParameter: string;
  itemOperations: OperationModel[];
  list?: OperationModel;
  read?: OperationModel;
  remove?: OperationModel;
}

/**
 * A create: a POST on a collection, or a PUT on one (TrueFoundry's create-or-update by
 * `manifest.name`), with operations on the item below it.
 */
const mayCreate = (model: OperationModel) => model.method === 'POST' || (model.method === 'PUT' && !model.path.endsWith('}'));

export function resourceChains(models: OperationModel[]): ResourceChain[] {
  const chains: ResourceChain[] = [];
  for (const create of models.filter(mayCreate)) {
    const collection = create.path.replace(/\/+$/, '');
    const itemPrefix = `${collection}/{`;
    const items = models.filter((m) => m.path.startsWith(itemPrefix));
    const idParameter = items.map((m) => /^\{([^}]+)\}/.exec(m.path.slice(itemPrefix.length - 1))?.[1]).find(Boolean);
    if (!idParameter) continue;
    const itemPath = `${itemPrefix}${idParameter}}`;
    chains.push({
      create,
      idParameter,
      itemOperations: items,
      list: models.find((m) => m.method === 'GET' && m.path === create.path),
      read: models.find((m) => m.method === 'GET' && m.path === itemPath),
      remove: models.find((m) => m.method === 'DELETE' && m.path === itemPath) ?? parentRemove(models, collection),
    });
  }
  return chains;
}

/**
 * A DELETE one level up that takes only an id (wavefront deletes a service account with
 * `DELETE /account/{id}`, not under `/account/serviceaccount`): without it the run's creates
 * would be left behind. Its one path parameter gets the create's id.
 */
function parentRemove(models: OperationModel[], collection: string): OperationModel | undefined {
  const parent = collection.slice(0, collection.lastIndexOf('/'));
  if (!parent) return undefined;
  return models.find((m) => m.method === 'DELETE' && pathNames(m.path).length === 1 && new RegExp(`^${escapeRegExp(parent)}/\\{[^}/]+\\}$`).test(m.path));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a request to this operation creates something named: its name-like fields get the run's prefix. */
export const namesWhatItCreates = (model: OperationModel) => mayCreate(model) && model.body !== undefined;
