import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import type { OpenApiDocument } from './openapi.js';

/**
 * Reads an OpenAPI document and inlines its non-schema `$ref`s (parameters,
 * responses, request bodies), so the router and validator see plain objects.
 * Schema `$ref`s are left for ajv, which resolves them against the components.
 */
export function loadSpec(file: string | URL): OpenApiDocument {
  let text: string;
  try {
    const cached = jsonCacheOf(file);
    if (cached) return parseSpec(readFileSync(cached, 'utf8'), String(file), JSON.parse);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Failed to load the spec ${String(file)}: ${(error as Error).message}`);
  }
  return parseSpec(text, String(file));
}

/**
 * `npm run build` also writes each specs/<id>.yaml as dist/specs/<id>.json: parsing
 * five YAML specs cost ≈ 300 ms of start-up, JSON a tenth of that. The copy is used
 * only while it is at least as new as the YAML, so an edited spec is never shadowed.
 */
function jsonCacheOf(file: string | URL): URL | undefined {
  const url = typeof file === 'string' ? new URL(file, 'file:///') : file;
  const match = /^(.*\/)specs\/([^/]+)\.yaml$/.exec(url.pathname);
  if (!match) return undefined;
  const cache = new URL(`file://${match[1]}dist/specs/${match[2]}.json`);
  return existsSync(cache) && statSync(cache).mtimeMs >= statSync(url).mtimeMs ? cache : undefined;
}

export function parseSpec(text: string, name = 'spec', parser: (text: string) => unknown = parse): OpenApiDocument {
  const document = parser(text) as OpenApiDocument;
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
  return { ...document, paths: resolve(document.paths, 0) as OpenApiDocument['paths'] };
}
