import { loadSpec } from '../core/load-spec.js';
import type { OpenApiDocument } from '../core/openapi.js';
import { specUrl } from '../paths.js';

/** specs/<id>.yaml from the package, in Node (the `#spec-source` import's default). */
export function specDocument(id: string): OpenApiDocument {
  return loadSpec(specUrl(id));
}
