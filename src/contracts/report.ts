import type { ContractReport } from './runner.js';

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
