import type { CheckResult } from './runner.js';
import type { TargetRun } from './verify.js';

export type Verdict = CheckResult['status'] | 'not run';

export interface ParityRow {
  api: string;
  check: string;
  a: Verdict;
  b: Verdict;
  differs: boolean;
}

/**
 * The same checks on two targets side by side, rows whose verdicts differ first
 * (that is what a mock-vs-real comparison is for), each group in suite order.
 */
export function parityRows(a: TargetRun, b: TargetRun): ParityRow[] {
  const verdicts = (target: TargetRun) =>
    new Map(target.reports.flatMap((report) => report.results.map((r) => [`${report.api}\n${r.name}`, r.status] as const)));
  const left = verdicts(a);
  const right = verdicts(b);
  // Both targets ran the same suites, but a key set union keeps a row for anything only one side saw.
  const keys = [...new Set([...left.keys(), ...right.keys()])];
  const rows = keys.map((key): ParityRow => {
    const [api = '', check = ''] = key.split('\n');
    const va: Verdict = left.get(key) ?? 'not run';
    const vb: Verdict = right.get(key) ?? 'not run';
    return { api, check, a: va, b: vb, differs: va !== vb };
  });
  return [...rows.filter((r) => r.differs), ...rows.filter((r) => !r.differs)];
}

const SHOWN: Record<Verdict, string> = { passed: 'passed', failed: 'FAILED', skipped: 'skipped', 'guess-wrong': 'GUESS WRONG', 'not run': 'not run' };

export function showVerdict(verdict: Verdict): string {
  return SHOWN[verdict];
}

/** The console form: verdict columns first (fixed width), because check names are long. */
export function formatParity(a: TargetRun, b: TargetRun): string {
  const rows = parityRows(a, b);
  const differing = rows.filter((r) => r.differs).length;
  const lines = [
    `Parity: A = ${a.url}, B = ${b.url}`,
    `  ${differing} of ${rows.length} checks differ${differing ? ' (listed first)' : ''}`,
    `    ${'A'.padEnd(11)} ${'B'.padEnd(11)} check`,
  ];
  for (const row of rows) {
    lines.push(`  ${row.differs ? '≠' : ' '} ${showVerdict(row.a).padEnd(11)} ${showVerdict(row.b).padEnd(11)} ${row.api}: ${row.check}`);
  }
  return lines.join('\n');
}
