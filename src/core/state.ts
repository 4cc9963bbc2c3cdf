import type { ApiContext } from './define-api.js';
import type { JsonSchema } from './openapi.js';

/**
 * How an API's state is read and written by the control plane
 * (`GET`/`PUT /__control/state/{api}`): a JSON document of its records.
 */
export interface ApiState<Store> {
  /** JSON Schema of the document; may `$ref` the API spec's components (`#/components/schemas/…`). */
  schema: JsonSchema;
  /**
   * The store as a document. Secrets are left out and credentials that authenticate appear
   * only as hashes — except where the vendor itself lists them again (Wavefront's tokenIDs).
   */
  dump(store: Store, ctx: ApiContext<Store>): unknown;
  /** A new store holding exactly the document's records (already valid against `schema`). */
  load(document: unknown, tools: Omit<ApiContext<Store>, 'store'>): Promise<Store>;
}

/** A document that is valid JSON Schema-wise but inconsistent (duplicate ids, dangling references). */
export class StateError extends Error {
  constructor(message: string, readonly pointer: string) {
    super(message);
    this.name = 'StateError';
  }
}

export const isoTime = (ms: number): string => new Date(ms).toISOString();
export const msOf = (iso: string | undefined, fallback: number): number => (iso === undefined ? fallback : Date.parse(iso));
