/** A document that is valid JSON Schema-wise but inconsistent (duplicate ids, dangling references). */
export class StateError extends Error {
  constructor(
    message: string,
    readonly pointer: string,
  ) {
    super(message);
    this.name = 'StateError';
  }
}

export const isoTime = (ms: number): string => new Date(ms).toISOString();
export const msOf = (iso: string | undefined, fallback: number): number => (iso === undefined ? fallback : Date.parse(iso));
