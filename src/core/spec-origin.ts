import { attachValidators, type PrecompiledValidators } from '../validation/precompiled.js';
import type { OpenApiDocument } from './openapi.js';
import { prepareSpec } from './prepare-spec.js';

/** Where a generated spec module's document came from: the spec file beside it and its hash. */
export interface SpecOrigin {
  /** The spec file, relative to `module`: `spec.yaml`. */
  file: string;
  /** sha256 (hex) of the file's bytes when the module was generated. */
  sha256: string;
  /** The generated module's own URL (`import.meta.url`). */
  module: string;
  /** The command that regenerates the module (default: `npx samock spec-module <file>`). */
  regenerate?: string;
}

// Symbol.for, not a module-level WeakMap: a config imports `samock` from the user's
// node_modules while the CLI may run another copy, and both must read the same mark. A symbol
// key stays out of JSON, so dumps, the served spec and the generated types never see it.
const ORIGIN = Symbol.for('samock.specOrigin');

/**
 * The document of a generated spec module (`samock spec-module`, `init-api`, the vendors'
 * `spec.ts`): prepared as `loadSpec` would, with no parser and no file system, so it runs in
 * browsers too. Node's `samock serve|verify --config` read the spec file again when it changed
 * since, and say so. `validators`, generated from the same document, spare start-up compiling.
 */
export function generatedSpec(parsed: unknown, origin: SpecOrigin, validators?: PrecompiledValidators): OpenApiDocument {
  const spec = prepareSpec(parsed, origin.file);
  Object.defineProperty(spec, ORIGIN, { value: { ...origin }, enumerable: false });
  return validators ? attachValidators(spec, validators) : spec;
}

/** The origin `generatedSpec` marked the document with, if any. */
export function specOriginOf(spec: OpenApiDocument): SpecOrigin | undefined {
  const origin = (spec as unknown as Record<symbol, unknown>)[ORIGIN] as SpecOrigin | undefined;
  return origin && typeof origin.file === 'string' && typeof origin.sha256 === 'string' && typeof origin.module === 'string' ? origin : undefined;
}
