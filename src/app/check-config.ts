import type { ApiDefinition } from '../core/define-api.js';

/**
 * What TypeScript checks, checked again at run time for JavaScript callers and config files:
 * a mistake stops `createApp` / `createMock` / `serve` with one message that names it,
 * never a TypeError from deep inside.
 */
export function checkAppConfig(config: unknown, caller: string): void {
  const fail = (problem: string): never => {
    throw new Error(`${caller}: ${problem}.`);
  };
  if (!config || typeof config !== 'object') fail('pass an options object with `apis`, e.g. { apis: [lyve] } (lyve from samock/vendors/lyve)');
  const { apis, ...numbers } = config as { apis?: unknown } & Record<string, unknown>;
  if (!Array.isArray(apis) || apis.length === 0) {
    fail('`apis` must be a non-empty list of API definitions: [lyve] from samock/vendors/lyve, vendors from samock/vendors, or your own defineApi(...)');
  }
  const seen = new Map<string, number>();
  (apis as unknown[]).forEach((api, index) => {
    if (typeof api === 'string')
      fail(`apis[${index}] is the id ${JSON.stringify(api)}: pass the definition itself (import { ${api} } from 'samock/vendors/${api}')`);
    const definition = api as Partial<ApiDefinition> | null;
    const lacks = !definition || typeof definition !== 'object' ? ['everything'] : missingParts(definition);
    if (lacks.length) fail(`apis[${index}] is not an API definition (made by defineApi): it lacks ${lacks.join(', ')}`);
    const id = definition!.id!;
    const earlier = seen.get(id);
    if (earlier !== undefined) fail(`apis[${earlier}] and apis[${index}] both have the id "${id}"; each API needs its own`);
    seen.set(id, index);
  });
  const check = (name: string, min: number, integer = true) => {
    const value = numbers[name];
    if (value === undefined) return;
    if (typeof value !== 'number' || !(integer ? Number.isSafeInteger(value) : Number.isFinite(value)) || value < min) {
      fail(`${name} must be ${integer ? 'a whole number' : 'a number'} ≥ ${min}, got ${JSON.stringify(value)}`);
    }
  };
  check('readyAfterMs', 0);
  check('seed', Number.MIN_SAFE_INTEGER);
  check('journalCap', 1);
  check('maxSessions', 1);
  check('sessionIdleMs', 0);
}

function missingParts(definition: Partial<ApiDefinition>): string[] {
  const missing: string[] = [];
  if (typeof definition.id !== 'string') missing.push('an id');
  if (!definition.spec || typeof definition.spec !== 'object' || !definition.spec.paths) missing.push('a spec with paths');
  if (typeof definition.createStore !== 'function') missing.push('createStore');
  if (!definition.routes || typeof definition.routes !== 'object') missing.push('routes');
  if (!definition.errors || typeof definition.errors.body !== 'function') missing.push('errors');
  return missing;
}
