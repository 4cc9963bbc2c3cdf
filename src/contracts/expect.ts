import { isDeepStrictEqual } from 'node:util';
import type { ContractResponse } from './define-contract.js';

/** A failed expectation: its message names the request, the expected and the actual. */
/**
 * Why a check failed: an `expectation` the check states (which, in an inferred check, may just
 * be samock's guess), an answer that breaks the `spec`, or a request that never got an answer
 * (`transport`). Only the first can prove an inferred check's guess wrong.
 */
export type FailureKind = 'expectation' | 'spec' | 'transport';

export class ContractFailure extends Error {
  constructor(
    message: string,
    readonly expected?: unknown,
    readonly actual?: unknown,
    readonly kind: FailureKind = 'expectation',
  ) {
    super(message);
    this.name = 'ContractFailure';
  }
}

/** Fields whose values are credentials: reports show that they are there, never what they are. */
const SECRET_FIELDS = /^(secret|accessKey|token|accessToken|key|password|tokenID)$/i;

export function describeBody(body: unknown): string {
  if (body === undefined) return '(empty)';
  const text = JSON.stringify(body, (key, value: unknown) =>
    SECRET_FIELDS.test(key) && typeof value === 'string' ? `«redacted, ${value.length} chars»` : value,
  );
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

export function expectStatus(response: ContractResponse, expected: number): void {
  if (response.status !== expected) {
    throw new ContractFailure(
      `${response.request}: expected status ${expected}, got ${response.status}; body ${describeBody(response.body)}`,
      expected,
      response.status,
    );
  }
}

export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new ContractFailure(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`, expected, actual);
  }
}

export function expectTrue(condition: unknown, what: string, actual?: unknown): asserts condition {
  if (!condition) throw new ContractFailure(`${what}${actual === undefined ? '' : `; got ${describeBody(actual)}`}`, true, actual);
}

/** Fails when any string in `secrets` appears anywhere in the response body. */
export function expectNoSecrets(response: ContractResponse, secrets: Record<string, string>): void {
  const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '');
  for (const [name, value] of Object.entries(secrets)) {
    if (value && text.includes(value)) {
      throw new ContractFailure(
        `${response.request}: expected no ${name} in the response, but it is there: ${describeBody(response.body)}`,
        'absent',
        'present',
      );
    }
  }
}
