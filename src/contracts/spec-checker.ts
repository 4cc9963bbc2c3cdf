import type { OpenApiDocument } from '../core/openapi.js';
import { HTTP_METHODS } from '../core/openapi.js';
import { createSchemaCompiler } from '../validation/ajv.js';
import type { Issue } from '../validation/issues.js';
import { compileOperationValidators, type OperationValidators } from '../validation/operation-validators.js';

export interface SpecOperation {
  operationId: string;
  method: string;
  /** The spec's path, relative to the API's server URL, e.g. `/service-accounts/{serviceAccountId}`. */
  path: string;
  validators: OperationValidators;
}

/** Every operation of a spec with its compiled response validators, by operationId. */
export function compileSpecOperations(apiId: string, spec: OpenApiDocument): Map<string, SpecOperation> {
  const compiler = createSchemaCompiler(apiId, spec);
  const operations = new Map<string, SpecOperation>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        validators: compileOperationValidators(compiler, `${apiId}.${operation.operationId}`, operation, item.parameters),
      });
    }
  }
  return operations;
}

export type { Issue };
