import { describeProvenance } from './define-contract.js';
import { formatParity } from './parity.js';
import type { ContractReport } from './runner.js';
import { countResults, type VerifyResult } from './verify.js';

const MARK = { passed: '✓', failed: '✗', skipped: '-', 'guess-wrong': '?' } as const;
const LABEL = { passed: 'passed', failed: 'FAILED', skipped: 'skipped', 'guess-wrong': 'GUESS WRONG' } as const;

/** The console summary: one line per check, reasons (and, for failures, where the expectation comes from), and the totals. */
export function formatReport(report: ContractReport): string {
  const what = report.generated
    ? `generated checks (${report.generated.requests.toLocaleString('en')} request${report.generated.requests === 1 ? '' : 's'}, seed ${report.generated.seed})`
    : 'contract';
  const lines = [`${report.api} ${what} against ${report.baseUrl}${report.isSamock ? ' (samock)' : ''}`];
  for (const result of report.results) {
    lines.push(`  ${MARK[result.status]} ${result.name} (${result.durationMs} ms)`);
    if (result.reason) lines.push(`      ${LABEL[result.status]}: ${result.reason.replace(/\n\s*/g, '\n        ')}`);
    if (result.status === 'failed') lines.push(`      (${describeProvenance(result.provenance)})`);
  }
  const count = (status: keyof typeof MARK) => report.results.filter((r) => r.status === status).length;
  const guesses = count('guess-wrong');
  lines.push(
    `${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} ` +
      `skipped${guesses ? `, ${guesses} of samock's guesses contradicted (not failures)` : ''}`,
  );
  if (report.hint) lines.push(`Hint: ${report.hint}`);
  return lines.join('\n');
}

/** A whole verify run: every suite on every target, totals per target when there are several suites, then parity. */
export function formatVerifyReport(result: VerifyResult): string {
  const blocks: string[] = [];
  for (const target of result.targets) {
    if (result.targets.length > 1) blocks.push(`=== target ${target.label}: ${target.url} ===`);
    blocks.push(...target.reports.map(formatReport));
    if (target.reports.length > 1) {
      const { passed, failed, skipped, guessWrong } = countResults(target.reports);
      const where = result.targets.length > 1 ? ` on ${target.label}` : '';
      blocks.push(
        `Total${where} (${target.reports.length} APIs): ${passed} passed, ${failed} failed, ${skipped} ` +
          `skipped${guessWrong ? `, ${guessWrong} of samock's guesses contradicted` : ''}`,
      );
    }
  }
  const [a, b] = result.targets;
  if (a && b) blocks.push(formatParity(a, b));
  return blocks.join('\n\n');
}
