import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ApiDefinition } from '../../src/core/define-api.js';
import type { Contract } from '../../src/contracts/define-contract.js';
import { runContract } from '../../src/contracts/runner.js';
import { CLI, startTestServer } from '../helpers.js';

/** One way a server can differ from its vendor, and the check that must catch it. */
export interface Drift {
  what: string;
  api: ApiDefinition;
  /** The start of the guarding check's name. */
  check: string;
  /** What its failure reason must say (the request, the expected and the actual). */
  reason: RegExp;
}

export interface DriftOptions {
  readyAfterMs?: number;
  /** Fails when a report prints a credential: failures name positions and redact bodies. */
  leaksCredential: (reason: string) => boolean;
}

/**
 * Shows a contract suite can fail: each drifted server fails exactly its guarding
 * check, and `samock verify` against the first drift exits 1 naming that check.
 */
export function describeDrifts(contract: Contract, drifts: Drift[], { readyAfterMs, leaksCredential }: DriftOptions): void {
  describe(`the ${contract.api} contract suite fails against a drifted server, naming the check, the expected and the actual`, () => {
    it.each(drifts)('reports the drift: $what', async ({ api, check, reason }) => {
      // strict off: a drifted server must be free to send what its spec forbids.
      const mock = await startTestServer({ apis: [api], strict: false, ...(readyAfterMs !== undefined && { readyAfterMs }) });
      try {
        const report = await runContract(contract, { baseUrl: mock.base, token: 'drift' }, (c) => c.name.startsWith(check));
        expect(report.results).toHaveLength(1);
        expect(report.results[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(reason) });
        expect(leaksCredential(report.results[0]!.reason ?? '')).toBe(false);
      } finally {
        await mock.close();
      }
    });

    it(`makes \`samock verify --api ${contract.api}\` exit non-zero and print the failed check`, async () => {
      const first = drifts[0]!;
      const mock = await startTestServer({ apis: [first.api], strict: false, ...(readyAfterMs !== undefined && { readyAfterMs }) });
      try {
        const run = promisify(execFile)('node', [...CLI, 'verify', '--api', contract.api, '--base-url', mock.base, '--token', 't']);
        const failure = await run.then(
          () => undefined,
          (error: { code: number; stdout: string }) => error,
        );
        expect(failure?.code).toBe(1);
        expect(failure?.stdout).toContain(`✗ ${first.check}`);
        expect(failure?.stdout).toMatch(/\d+ passed, [1-9]\d* failed, \d+ skipped/);
      } finally {
        await mock.close();
      }
    }, 60_000);
  });
}
