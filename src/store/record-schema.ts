import type { StandardSchemaV1 } from '@standard-schema/spec';

/**
 * The Standard Schema @msw/data asks for, for records samock builds itself.
 * Requests were already validated against the spec before a resolver runs, and
 * records are assembled field by field from validated input, so the store's own
 * check only guards the record's basic form; the TypeScript type does the rest.
 */
export function recordSchema<T extends object>(name: string): StandardSchemaV1<T, T> {
  return {
    '~standard': {
      version: 1,
      vendor: 'samock',
      validate: (value) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? { value: value as T }
          : { issues: [{ message: `A ${name} record must be an object.` }] },
    },
  };
}
