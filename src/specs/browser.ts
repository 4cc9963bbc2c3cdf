/// <reference types="vite/client" />
import type { OpenApiDocument } from '../core/openapi.js';
import { parseSpec } from '../core/parse-spec.js';

/**
 * The specs bundled into a browser build (the `#spec-source` import's `browser`
 * condition): Vite inlines every specs/*.yaml as text, so a new spec needs no line here.
 */
const texts = import.meta.glob<string>('../../specs/*.yaml', { eager: true, query: '?raw', import: 'default' });

export function specDocument(id: string): OpenApiDocument {
  const text = texts[`../../specs/${id}.yaml`];
  if (text === undefined) throw new Error(`No spec "${id}" is bundled: expected specs/${id}.yaml.`);
  return parseSpec(text, `specs/${id}.yaml`);
}
