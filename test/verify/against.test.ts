import { vendors } from '../../mocks/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatJUnit } from '../../src/contracts/junit.js';
import { formatMarkdown } from '../../src/contracts/markdown.js';
import { formatParity, parityRows } from '../../src/contracts/parity.js';
import { formatVerifyReport } from '../../src/contracts/report.js';
import { hasFailures, verify, type TargetRun, type VerifyResult } from '../../src/contracts/verify.js';
import { startTestServer, type TestServer } from '../helpers.js';
import { lyveLeakingSecrets } from './fixtures.js';
import { findAll, parseXml } from './xml.js';

describe('--against: the same checks on a good and a drifted server', () => {
  let good: TestServer;
  let drifted: TestServer;
  let result: VerifyResult;
  beforeAll(async () => {
    // 400 ms: long enough that "not ready at first" holds on a loaded machine, so only the drift differs.
    [good, drifted] = await Promise.all([
      startTestServer({ api: 'lyve', readyAfterMs: 600 }),
      startTestServer({ apis: [lyveLeakingSecrets], strict: false, readyAfterMs: 600 }),
    ]);
    result = await verify({ known: vendors, api: 'lyve', baseUrl: good.base, against: drifted.base, token: 'parity' });
  }, 120_000);
  afterAll(() => Promise.all([good.close(), drifted.close()]));

  it('runs both targets and fails the run (exit 1) because B has failures', () => {
    expect(result.targets.map((t) => [t.label, t.url])).toEqual([
      ['A', good.base],
      ['B', drifted.base],
    ]);
    // Only the check about strict auth skips (samock here is permissive).
    expect(result.targets[0]!.reports[0]!.results.filter((r) => r.status !== 'passed').map((r) => [r.status, r.reason])).toEqual([
      ['skipped', expect.stringContaining('permissive auth')],
    ]);
    expect(hasFailures(result)).toBe(true);
  });

  it('lists the checks whose verdicts differ first, then the rest', () => {
    const rows = parityRows(result.targets[0]!, result.targets[1]!);
    const failedOnB = result.targets[1]!.reports[0]!.results.filter((r) => r.status === 'failed').map((r) => r.name);
    expect(failedOnB.length).toBeGreaterThan(0);
    const differing = rows.filter((r) => r.differs);
    expect(differing.map((r) => r.check)).toEqual(failedOnB);
    expect(rows.slice(0, differing.length)).toEqual(differing);
    expect(differing.every((r) => r.a === 'passed' && r.b === 'failed')).toBe(true);
    expect(rows).toHaveLength(result.targets[0]!.reports[0]!.results.length);
  });

  it('prints the parity table after both targets, differing rows first and marked', () => {
    const text = formatVerifyReport(result);
    const table = text.slice(text.indexOf('Parity: '));
    expect(text.indexOf('=== target A: ')).toBeLessThan(text.indexOf('=== target B: '));
    expect(table).toContain(`Parity: A = ${good.base}, B = ${drifted.base}`);
    const lines = table.split('\n').slice(3);
    const marked = lines.filter((line) => line.startsWith('  ≠ passed      FAILED      lyve: '));
    expect(marked.length).toBeGreaterThan(0);
    expect(lines.slice(0, marked.length)).toEqual(marked);
  });

  it('writes the parity table into the Markdown report, differing rows first', () => {
    const markdown = formatMarkdown(result);
    const parity = markdown.slice(markdown.indexOf('## Parity'), markdown.indexOf('## Failures'));
    const rows = parity.split('\n').filter((line) => line.startsWith('| lyve |'));
    const differing = rows.filter((line) => line.includes('| **passed** | **FAILED** |'));
    expect(differing.length).toBeGreaterThan(0);
    expect(rows.slice(0, differing.length)).toEqual(differing);
    expect(markdown).toContain(`### lyve @ B: the secret and access key are never returned again`);
  });

  it('puts both targets into JUnit, suites named with the target label', () => {
    const suites = findAll(parseXml(formatJUnit(result)), 'testsuite');
    expect(suites.map((s) => [s.attributes.name, s.attributes.failures !== '0'])).toEqual([
      ['lyve @ A', false],
      ['lyve @ B', true],
    ]);
  });
});

describe('parity rows', () => {
  const target = (label: 'A' | 'B', statuses: Record<string, 'passed' | 'failed' | 'skipped'>): TargetRun => ({
    label,
    url: `http://${label}`,
    reports: [
      { api: 'x', baseUrl: `http://${label}`, isSamock: true, results: Object.entries(statuses).map(([name, status]) => ({ name, status, durationMs: 1 })) },
    ],
  });

  it('keeps suite order within each group and shows a check only one side ran as "not run"', () => {
    const a = target('A', { one: 'passed', two: 'passed', three: 'skipped', four: 'passed' });
    const b = target('B', { one: 'passed', two: 'failed', three: 'passed' });
    expect(parityRows(a, b).map((r) => [r.check, r.a, r.b])).toEqual([
      ['two', 'passed', 'failed'],
      ['three', 'skipped', 'passed'],
      ['four', 'passed', 'not run'],
      ['one', 'passed', 'passed'],
    ]);
    expect(formatParity(a, b)).toContain('3 of 4 checks differ (listed first)');
  });

  it('escapes pipes in check names in the Markdown table', () => {
    const result: VerifyResult = { startedAt: new Date(0), targets: [target('A', { 'a | b': 'passed' }), target('B', { 'a | b': 'failed' })] };
    expect(formatMarkdown(result)).toContain('| x | ≠ a \\| b | **passed** | **FAILED** |');
  });
});
