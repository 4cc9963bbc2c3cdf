import { describeProvenance } from './define-contract.js';
import { parityRows, showVerdict } from './parity.js';
import { countResults, hasFailures, suiteName, type VerifyResult } from './verify.js';

/** A table cell: pipes would split the cell and line breaks would end the row. */
const cell = (value: string) => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A fenced block that survives backticks inside the reason (a fence longer than any run in it). */
function codeBlock(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text}\n${fence}`;
}

/**
 * The Markdown report: title, targets, date, a summary table per API, the parity
 * table when two targets ran, then every failure with its reason and every skip with why.
 */
export function formatMarkdown(result: VerifyResult): string {
  const out: string[] = ['# samock verify report', ''];
  for (const target of result.targets) {
    const samock = target.reports.every((r) => r.isSamock) ? ' (samock)' : target.reports.some((r) => r.isSamock) ? ' (partly samock)' : '';
    out.push(`- **Target ${target.label}:** ${target.url}${samock}`);
  }
  out.push(`- **Date:** ${result.startedAt.toISOString()}`);
  const totals = countResults(result.targets.flatMap((t) => t.reports));
  out.push(
    `- **Result:** ${hasFailures(result) ? `FAILED (${totals.failed} failed)` : 'passed'}: ${totals.passed} passed, ${totals.failed} failed, ` +
      `${totals.skipped} skipped, ${totals.guessWrong} of samock's guesses contradicted`,
    '',
  );

  out.push('## Summary', '', '| API | target | base URL | passed | failed | skipped | guesses contradicted |', '|---|---|---|--:|--:|--:|--:|');
  for (const target of result.targets) {
    for (const report of target.reports) {
      const { passed, failed, skipped, guessWrong } = countResults([report]);
      out.push(`| ${cell(report.api)} | ${target.label} | ${cell(report.baseUrl)} | ${passed} | ${failed} | ${skipped} | ${guessWrong} |`);
    }
  }
  out.push('');

  const [a, b] = result.targets;
  if (a && b) {
    const rows = parityRows(a, b);
    const differing = rows.filter((r) => r.differs).length;
    out.push('## Parity', '', `A = ${a.url}, B = ${b.url}. ${differing} of ${rows.length} checks differ${differing ? '; they are listed first' : ''}.`, '');
    out.push('| API | check | A | B |', '|---|---|---|---|');
    for (const row of rows) {
      const show = (v: typeof row.a) => (row.differs ? `**${showVerdict(v)}**` : showVerdict(v));
      out.push(`| ${cell(row.api)} | ${row.differs ? '≠ ' : ''}${cell(row.check)} | ${show(row.a)} | ${show(row.b)} |`);
    }
    out.push('');
  }

  const listed = (status: 'failed' | 'skipped' | 'guess-wrong') =>
    result.targets.flatMap((target) =>
      target.reports.flatMap((report) =>
        report.results.filter((r) => r.status === status).map((r) => ({ suite: suiteName(result, target, report.api), ...r })),
      ),
    );
  const failures = listed('failed');
  out.push('## Failures', '');
  if (failures.length === 0) out.push('None.', '');
  for (const failure of failures)
    out.push(`### ${failure.suite}: ${failure.name}`, '', `*${describeProvenance(failure.provenance)}*`, '', codeBlock(failure.reason ?? ''), '');

  // Apart from the failures: these are samock's guesses about the vendor, and the server has answered them.
  const guesses = listed('guess-wrong');
  out.push("## samock's guesses the server contradicts", '');
  if (guesses.length === 0) out.push('None.', '');
  for (const guess of guesses) out.push(`### ${guess.suite}: ${guess.name}`, '', codeBlock(guess.reason ?? ''), '');

  const skips = listed('skipped');
  out.push('## Skipped', '');
  if (skips.length === 0) out.push('None.', '');
  else out.push(...skips.map((skip) => `- **${skip.suite}:** ${skip.name} — ${skip.reason ?? ''}`), '');
  return out.join('\n');
}
