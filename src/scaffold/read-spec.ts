import { existsSync } from 'node:fs';
import { loadSpec } from '../core/load-spec.js';
import type { OpenApiDocument } from '../core/openapi.js';

export { ScaffoldError } from './scaffold-error.js';
import { ScaffoldError } from './scaffold-error.js';

export type Json = Record<string, unknown>;

export interface ScaffoldOperation {
  operationId: string;
  method: string;
  path: string;
  /** Path-item and operation parameters, the operation's winning (by name and place). */
  parameters: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
  /** The operation's own security requirements, when it states them. */
  security?: Json[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Reads the spec with loadSpec and lists its operations; refuses a spec samock could not serve as is. */
export function readScaffoldSpec(file: string): { document: OpenApiDocument; operations: ScaffoldOperation[] } {
  if (!existsSync(file)) throw new ScaffoldError(`the spec ${file} does not exist.`);
  let document: OpenApiDocument;
  try {
    document = loadSpec(file);
  } catch (error) {
    throw new ScaffoldError((error as Error).message.split('\n')[0]!);
  }
  const operations: ScaffoldOperation[] = [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
    if (!item || typeof item !== 'object') continue;
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation || typeof operation !== 'object') continue;
      const operationId = operation.operationId;
      if (typeof operationId !== 'string' || !operationId) {
        throw new ScaffoldError(`the spec ${file}: ${method.toUpperCase()} ${path} has no operationId; give every operation one (it names its resolver).`);
      }
      if (seen.has(operationId)) throw new ScaffoldError(`the spec ${file} has two operations with the operationId "${operationId}".`);
      seen.add(operationId);
      const byKey = new Map<string, Json>();
      for (const parameter of [...((item.parameters as Json[] | undefined) ?? []), ...((operation.parameters as Json[] | undefined) ?? [])]) {
        byKey.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
      }
      operations.push({
        operationId,
        method,
        path,
        parameters: [...byKey.values()],
        requestBody: operation.requestBody as Json | undefined,
        responses: (operation.responses as Record<string, Json> | undefined) ?? {},
        security: operation.security as Json[] | undefined,
      });
    }
  }
  if (operations.length === 0) throw new ScaffoldError(`the spec ${file} has no operations: there is nothing to mock.`);
  return { document, operations };
}
