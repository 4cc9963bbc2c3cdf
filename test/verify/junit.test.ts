import { vendors } from '../../mocks/index.js';
import { describeProvenance } from '../../src/contracts/define-contract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJUnit } from '../../src/contracts/junit.js';
import { verify, type VerifyResult } from '../../src/contracts/verify.js';
import { startTestServer, type TestServer } from '../helpers.js';
import { lyveLeakingSecrets } from './fixtures.js';
import { findAll, parseXml } from './xml.js';

describe('JUnit XML of a run against a drifted Lyve server', () => {
  let drifted: TestServer;
  let result: VerifyResult;
  beforeAll(async () => {
    drifted = await startTestServer({ apis: [lyveLeakingSecrets], strict: false, readyAfterMs: 50 });
    result = await verify({ known: vendors, api: 'lyve', baseUrl: drifted.base, token: 'junit' });
  }, 120_000);
  afterAll(() => drifted.close());

  it('is well-formed and counts tests, failures and skips as the run found them', () => {
    const root = parseXml(formatJUnit(result));
    const results = result.targets[0]!.reports[0]!.results;
    const failed = results.filter((r) => r.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(root.name).toBe('testsuites');
    const [suite, ...others] = findAll(root, 'testsuite');
    expect(others).toEqual([]);
    const skipped = results.filter((r) => r.status === 'skipped');
    expect(suite!.attributes).toMatchObject({
      name: 'lyve',
      tests: String(results.length),
      failures: String(failed.length),
      skipped: String(skipped.length),
      errors: '0',
    });
    const cases = findAll(suite!, 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual(results.map((r) => r.name));
    expect(new Set(cases.map((c) => c.attributes.classname))).toEqual(new Set(['samock.lyve']));
    expect(cases.every((c) => /^\d+\.\d{3}$/.test(c.attributes.time ?? ''))).toBe(true);
    expect(findAll(suite!, 'failure')).toHaveLength(failed.length);
  });

  it('names the failed check, the request, the expected and the actual in <failure>', () => {
    const root = parseXml(formatJUnit(result));
    const leak = findAll(root, 'testcase').find((c) => c.attributes.name!.startsWith('the secret and access key are never returned again'))!;
    const [failure] = findAll(leak, 'failure');
    expect(failure!.attributes.message).toMatch(
      /GET \/v2\/service-accounts → 200: the response breaks the spec \(listServiceAccounts\): \/\d+\/secret \[additionalProperties\]/,
    );
    const checked = result.targets[0]!.reports[0]!.results.find((r) => r.name === leak.attributes.name)!;
    expect(failure!.text).toBe(`${failure!.attributes.message}\n(${describeProvenance(checked.provenance)})`);
  });
});

describe('JUnit XML escaping', () => {
  const reason = 'POST /x → 500: body <html a="1" b=\'2\'> & ]]> \u0000\u0007\u001b[31m\ud800 tab\there\nnext line';
  const result: VerifyResult = {
    startedAt: new Date('2025-01-02T03:04:05Z'),
    targets: [
      {
        label: 'A',
        url: 'http://a',
        reports: [
          {
            api: 'lyve',
            baseUrl: 'http://a/v2?x=1&y=<2>',
            isSamock: false,
            results: [
              { name: 'a check with "quotes" & <angles>', status: 'failed', reason, durationMs: 1234 },
              { name: 'skipped one', status: 'skipped', reason: 'creates resources: run with --allow-writes', durationMs: 0 },
            ],
          },
        ],
      },
    ],
  };

  it('escapes markup, keeps line breaks and tabs, and drops characters XML 1.0 cannot carry', () => {
    const root = parseXml(formatJUnit(result));
    const [failed, skipped] = findAll(root, 'testcase');
    expect(failed!.attributes).toMatchObject({ name: 'a check with "quotes" & <angles>', time: '1.234' });
    const expected = 'POST /x → 500: body <html a="1" b=\'2\'> & ]]> [31m tab\there\nnext line';
    expect(findAll(failed!, 'failure')[0]!.attributes.message).toBe(expected);
    expect(findAll(failed!, 'failure')[0]!.text).toBe(`${expected}\n(provenance not recorded)`);
    expect(findAll(skipped!, 'skipped')[0]!.attributes.message).toBe('creates resources: run with --allow-writes');
    expect(findAll(root, 'property').map((p) => p.attributes.value)).toEqual(['0', 'http://a/v2?x=1&y=<2>', 'false']);
  });

  it('the reader used above rejects what is not well-formed', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a m="\u0001"/>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
  });
});
