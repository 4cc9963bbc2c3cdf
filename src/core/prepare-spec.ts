import type { OpenApiDocument } from './openapi.js';

/**
 * Checks a parsed OpenAPI 3.1 document and inlines its non-schema `$ref`s (path items,
 * parameters, responses, request bodies), so the router and validator see plain objects. Schema
 * `$ref`s are left for ajv, which resolves them against the components. No parser and no
 * file system here: browsers use it too (the generated `spec.ts` modules call it).
 */
export function prepareSpec(parsed: unknown, name = 'spec'): OpenApiDocument {
  const document = parsed as OpenApiDocument;
  if (!document || typeof document !== 'object' || !String(document.openapi ?? '').startsWith('3.1')) {
    throw new Error(`Failed to load the spec ${name}: expected an OpenAPI 3.1 document.`);
  }
  return inlineComponentRefs(document, name);
}

const INLINED = /^#\/components\/(parameters|responses|requestBodies)\/([^/]+)$/;

function inlineComponentRefs(document: OpenApiDocument, name: string): OpenApiDocument {
  const resolve = (value: unknown, depth: number): unknown => {
    if (depth > 50) throw new Error(`Failed to load the spec ${name}: $ref nesting is too deep (a cycle?).`);
    if (Array.isArray(value)) return value.map((item) => resolve(item, depth + 1));
    if (!value || typeof value !== 'object') return value;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') {
      const match = INLINED.exec(ref);
      if (match) {
        const section = document.components?.[match[1] as 'parameters'] as Record<string, unknown> | undefined;
        const target = section?.[decodeURIComponent(match[2]!)];
        if (!target) throw new Error(`Failed to load the spec ${name}: ${ref} points at nothing.`);
        return resolve(target, depth + 1);
      }
      return value;
    }
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      // Schemas stay as they are: ajv resolves their $refs, and inlining could loop.
      out[key] = key === 'schema' || key === 'schemas' ? child : resolve(child, depth + 1);
    }
    return out;
  };
  if (!document.paths || typeof document.paths !== 'object') return document;
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries(document.paths as Record<string, unknown>)) {
    paths[path] = resolve(pathItemOf(document, path, item, name), 0);
  }
  return { ...document, paths: paths as OpenApiDocument['paths'] };
}

const PATH_ITEM_REF = /^#\/components\/pathItems\/([^/]+)$/;

/**
 * A path item as it is, or the `#/components/pathItems/*` one it `$ref`s (OpenAPI 3.1), with
 * the referring object's own fields (a summary, say) kept beside it. A `$ref` to anywhere else
 * (another file, another path) is refused: samock reads one document and routes what it names.
 */
function pathItemOf(document: OpenApiDocument, path: string, item: unknown, name: string): unknown {
  const seen = new Set<string>();
  while (item && typeof item === 'object' && typeof (item as { $ref?: unknown }).$ref === 'string') {
    const { $ref: ref, ...siblings } = item as { $ref: string } & Record<string, unknown>;
    const match = PATH_ITEM_REF.exec(ref);
    if (!match) {
      throw new Error(
        `Failed to load the spec ${name}: the path ${path} is a $ref to ${ref}; samock reads path items inline or from #/components/pathItems/<name> only.`,
      );
    }
    if (seen.has(ref)) throw new Error(`Failed to load the spec ${name}: the path ${path} is a $ref cycle through ${ref}.`);
    seen.add(ref);
    const components = document.components as { pathItems?: Record<string, unknown> } | undefined;
    const target = components?.pathItems?.[decodeURIComponent(match[1]!).replace(/~1/g, '/').replace(/~0/g, '~')];
    if (!target || typeof target !== 'object')
      throw new Error(`Failed to load the spec ${name}: the path ${path} is a $ref to ${ref}, which points at nothing.`);
    item = { ...target, ...siblings };
  }
  return item;
}
