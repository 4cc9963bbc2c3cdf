import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { OpenApiDocument } from './openapi.js';
import { prepareSpec } from './prepare-spec.js';

/** Parses an OpenAPI 3.1 document's text (YAML, or JSON with `JSON.parse`) and prepares it (see prepare-spec.ts). */
export function parseSpec(text: string, name = 'spec', parser: (text: string) => unknown = parse): OpenApiDocument {
  return prepareSpec(parser(text), name);
}

/**
 * Reads an OpenAPI 3.1 document from a YAML or JSON file (Node only). The built-in vendors
 * do not need it: their specs are parsed when the package is built (mocks/<id>/spec.ts).
 */
export function loadSpec(file: string | URL): OpenApiDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Failed to load the spec ${String(file)}: ${(error as Error).message}`);
  }
  const isJson = String(file).toLowerCase().endsWith('.json');
  try {
    return parseSpec(text, String(file), isJson ? JSON.parse : parse);
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.startsWith('Failed to load the spec') ? message : `Failed to load the spec ${String(file)}: ${message}`);
  }
}
