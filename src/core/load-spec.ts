import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import type { OpenApiDocument } from './openapi.js';
import { prepareSpec } from './prepare-spec.js';

/** Parses an OpenAPI 3.1 document's text (YAML, or JSON with `JSON.parse`) and prepares it (see parse-spec.ts). */
export function parseSpec(text: string, name = 'spec', parser: (text: string) => unknown = parse): OpenApiDocument {
  return prepareSpec(parser(text), name);
}

/** Reads an OpenAPI document from a file (Node only; see parse-spec.ts for the rest). */
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

