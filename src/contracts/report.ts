import { formatParity } from './parity.js';
import type { ContractReport } from './runner.js';
import { countResults, type VerifyResult } from './verify.js';

const MARK = { passed: '✓', failed: '✗', skipped: '-' } as const;

/** The console summary: one line per check, reasons for failures and skips, and the totals. */
export function formatReport(report: ContractReport): string {
  const lines = [`${report.api} contract against ${report.baseUrl}${report.isSamock ? ' (samock)' : ''}`];
  for (const result of report.results) {
    lines.push(`  ${MARK[result.status]} ${result.name} (${result.durationMs} ms)`);
    if (result.reason) lines.push(`      ${result.status === 'failed' ? 'FAILED' : 'skipped'}: ${result.reason}`);
  }
  const count = (status: keyof typeof MARK) => report.results.filter((r) => r.status === status).length;
  lines.push(`${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
  return lines.join('\n');
}

/** A whole verify run: every suite on every target, totals per target when there are several suites, then parity. */
export function formatVerifyReport(result: VerifyResult): string {
  const blocks: string[] = [];
  for (const target of result.targets) {
    if (result.targets.length > 1) blocks.push(`=== target ${target.label}: ${target.url} ===`);
    blocks.push(...target.reports.map(formatReport));
    if (target.reports.length > 1) {
      const { passed, failed, skipped } = countResults(target.reports);
      const where = result.targets.length > 1 ? ` on ${target.label}` : '';
      blocks.push(`Total${where} (${target.reports.length} APIs): ${passed} passed, ${failed} failed, ${skipped} skipped`);
    }
  }
  const [a, b] = result.targets;
  if (a && b) blocks.push(formatParity(a, b));
  return blocks.join('\n\n');
}
