import * as equal from 'ajv/dist/runtime/equal.js';
import * as ucs2length from 'ajv/dist/runtime/ucs2length.js';
import * as uri from 'ajv/dist/runtime/uri.js';
import * as validationError from 'ajv/dist/runtime/validation_error.js';
import { FORMATS } from './formats.js';

export type { PrecompiledValidators } from './precompiled.js';

/** A CommonJS module's `default`, as Node (`{ default: { default: f } }`) and bundlers (`{ default: f }`) each present it. */
function unwrap(module: unknown): unknown {
  let value = module;
  // At most two levels: fast-uri's export is an object whose `default` is itself.
  for (let depth = 0; depth < 2 && value && typeof value === 'object' && 'default' in value; depth++) value = value.default;
  return value;
}

/**
 * What generated validators (ajv standalone code, see src/codegen/generate-validators.ts) call
 * at run time: ajv's small runtime helpers and samock's formats — never ajv's compiler.
 */
export const validatorRuntime = {
  formats: FORMATS,
  equal: unwrap(equal),
  ucs2length: unwrap(ucs2length),
  uri: unwrap(uri),
  validation_error: unwrap(validationError),
} as const;
