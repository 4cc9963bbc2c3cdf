import type { ValidateFunction } from 'ajv';

/**
 * Validators generated at build time (ajv standalone code) for one spec, by the label the
 * kernel compiles each schema under (`lyve.createServiceAccount request body`): `plain` for
 * bodies and responses, `coercing` for parameters. Start-up then compiles nothing.
 */
export interface PrecompiledValidators {
  plain: Record<string, ValidateFunction>;
  coercing: Record<string, ValidateFunction>;
}

// Symbol.for: the spec module and the kernel may come from two copies of samock (a user's
// config and the CLI); the mark must read the same in both. A symbol stays out of JSON.
const VALIDATORS = Symbol.for('samock.precompiledValidators');

/**
 * Marks a spec document with the validators generated from it. They belong to this very
 * object: a spec replaced (edited since, read again) has none, and is compiled at start-up.
 */
export function attachValidators<Spec extends object>(spec: Spec, validators: PrecompiledValidators): Spec {
  Object.defineProperty(spec, VALIDATORS, { value: validators, enumerable: false });
  return spec;
}

export function precompiledOf(spec: object): PrecompiledValidators | undefined {
  const found = (spec as Record<symbol, unknown>)[VALIDATORS] as PrecompiledValidators | undefined;
  return found && typeof found === 'object' && found.plain && found.coercing ? found : undefined;
}
