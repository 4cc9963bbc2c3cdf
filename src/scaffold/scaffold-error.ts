/** A scaffold that cannot be made: the CLI prints its message alone (no stack). */
export class ScaffoldError extends Error {
  constructor(
    message: string,
    /** 2: a usage error (a missing flag, a bad id); 1: anything else. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'ScaffoldError';
  }
}
