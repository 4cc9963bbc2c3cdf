import { afterAll, beforeAll, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import type { Check } from '../../src/contracts/define-contract.js';
import { loadContract } from '../../src/contracts/load-contract.js';
import { runContract, type ContractReport } from '../../src/contracts/runner.js';
import { specUrl } from '../spec-files.js';
import { startTestServer, type TestServer } from '../helpers.js';
import { casesOf, contractSuiteOf, describeCases } from '../registry/what-an-api-has.js';
import { startPrismProxy, type PrismProxy } from './prism-proxy.js';

/**
 * The independent judge: every registered API's contract suite, run through
 * `prism proxy specs/<api>.yaml <samock> --errors`, so each answer of the mock is also
 * checked by a validator we did not write. A new API is covered by the vendors; one
 * without contracts/<id>.contract.ts is listed as a skipped test saying so.
 *
 * Prism routes on the spec's paths without the server URL's path, and joins the
 * request path to the upstream's: the suite calls Prism at its root, and Prism
 * forwards to the mock's API base (`…/v2` for Lyve), see prism-proxy.ts.
 *
 * Not run through Prism, each listed below as a skipped test with its reason:
 * - checks marked `sendsInvalidRequests`: with `--errors` Prism refuses such a request
 *   itself (422, 401, 404/405, or 400 for malformed JSON) and the mock never sees it;
 * - checks that move the mock's clock through its control plane at the target's origin
 *   (`/__control`): Prism serves only the spec's paths, so it answers those calls 404.
 *
 * The APIs run one after the other: Prism takes ≈ 2 s to start and the machine has two
 * cores shared with the rest of the suite.
 */

/** Checks that call samock's control plane next to the API; no check flag says so, hence by name. */
const NEEDS_CONTROL_PLANE: Record<string, string[]> = {
  lyve: [
    'an account past its expirationDate answers 404 ServiceAccountExpired to enable and disable',
    'an expired account can still be read and deleted, and its name is free again',
  ],
  truefoundry: [
    'an account past its expiration_date is listed as expired and found by isExpired',
    'regenerate: the new token works, the old one works until the grace period ends and then stops',
  ],
};

function skipReason(apiId: string, check: Check): string | undefined {
  if (check.sendsInvalidRequests) return 'sends requests that break the spec on purpose, which Prism answers itself';
  if (NEEDS_CONTROL_PLANE[apiId]?.includes(check.name)) return "moves the clock through samock's control plane, which Prism does not proxy";
  return undefined;
}

const cases = casesOf(vendors, (id) => `the ${id} contract suite through prism proxy --errors`, contractSuiteOf);
const contracts = new Map(await Promise.all(cases.filter((c) => c.has).map(async ({ id }) => [id, await loadContract(id)] as const)));

describeCases(cases, (_file, api) => {
  const id = api.id;
  const contract = contracts.get(id)!;
  const skipped = contract.checks.flatMap((check) => {
    const reason = skipReason(id, check);
    return reason ? [[check.name, reason] as const] : [];
  });
  const runNames = contract.checks.filter((check) => !skipReason(id, check)).map((check) => check.name);

  let mock: TestServer | undefined;
  let prism: PrismProxy | undefined;
  let report: ContractReport;
  let findings: string[] = [];
  let prismLog = '';

  beforeAll(async () => {
    mock = await startTestServer({ apis: [api], readyAfterMs: 600 });
    prism = await startPrismProxy({ spec: specUrl(id), upstream: mock.base });
    const watched = await prism.watch(() => runContract(contract, { baseUrl: prism!.url, token: 'contract-test' }, (check) => !skipReason(id, check)));
    report = watched.result;
    findings = watched.findings;
    prismLog = watched.log;
  }, 90_000);

  // Runs when beforeAll failed half-way too: no Prism or server outlives the file.
  afterAll(async () => {
    await prism?.stop();
    await mock?.close();
  });

  it('sees samock behind Prism (x-samock-api is forwarded) and runs every check that sends only valid requests', () => {
    expect(report.isSamock).toBe(true);
    expect(report.results.map((r) => r.name)).toEqual(runNames);
  });

  it("passes every check that sends only valid requests (checks that need samock's control plane, which Prism does not forward, skip saying so)", () => {
    const needsControl = /permissive auth|auth mode could not be read|needs samock's control plane/;
    const failed = report.results
      .filter((r) => r.status !== 'passed' && !(r.status === 'skipped' && needsControl.test(r.reason ?? '')))
      .map((r) => `${r.name}: ${r.status} — ${r.reason}`);
    expect(failed).toEqual([]);
  });

  it('gives Prism nothing to report: no violation, no answer of its own', () => {
    // The log proves the requests went through Prism: it is not an empty window.
    expect(prismLog).toContain('Forwarding');
    expect(findings).toEqual([]);
  });

  it('skips only checks that exist', () => {
    const names = contract.checks.map((check) => check.name);
    expect((NEEDS_CONTROL_PLANE[id] ?? []).filter((name) => !names.includes(name))).toEqual([]);
  });

  // Listed as skipped tests so every check left out shows in the report with its reason.
  if (skipped.length > 0) it.skip.each(skipped)('does not run "%s": it %s', () => {});
});
