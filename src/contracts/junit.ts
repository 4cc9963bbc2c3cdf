import { describeProvenance } from './define-contract.js';
import { countResults, suiteName, type VerifyResult } from './verify.js';

// Characters XML 1.0 cannot carry at all, even as references: C0 controls other than
// tab, LF and CR, lone surrogates, U+FFFE and U+FFFF. A reason quoting a binary body
// must not make the whole JUnit file unreadable, so they are dropped.
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and keep line breaks and tabs as references (parsers turn raw ones into spaces). */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * JUnit XML as CI servers read it: one <testsuite> per API and target, one
 * <testcase> per check, <failure> with the full reason, <skipped> with why.
 */
export function formatJUnit(result: VerifyResult): string {
  const suites: string[] = [];
  let totalMs = 0;
  for (const target of result.targets) {
    for (const report of target.reports) {
      const { failed, skipped, guessWrong } = countResults([report]);
      const ms = report.results.reduce((sum, r) => sum + r.durationMs, 0);
      totalMs += ms;
      const cases = report.results.map((r) => {
        const open = `    <testcase classname="${xmlAttribute(`samock.${report.api}`)}" name="${xmlAttribute(r.name)}" time="${seconds(r.durationMs)}"`;
        const reason = r.reason ?? '';
        if (r.status === 'passed') return `${open}/>`;
        if (r.status === 'skipped') return `${open}>\n      <skipped message="${xmlAttribute(reason)}"/>\n    </testcase>`;
        // JUnit has no "our expectation was a guess": shown as skipped (not a failure), with what the server does.
        if (r.status === 'guess-wrong') return `${open}>\n      <skipped message="${xmlAttribute(`guess wrong: ${reason}`)}"/>\n    </testcase>`;
        const detail = `${reason}\n(${describeProvenance(r.provenance)})`;
        return `${open}>\n      <failure message="${xmlAttribute(reason)}" type="ContractFailure">${xmlText(detail)}</failure>\n    </testcase>`;
      });
      suites.push(
        [
          `  <testsuite name="${xmlAttribute(suiteName(result, target, report.api))}" tests="${report.results.length}" failures="${failed}" ` +
            `errors="0" skipped="${skipped + guessWrong}" time="${seconds(ms)}" timestamp="${result.startedAt.toISOString()}">`,
          '    <properties>',
          `      <property name="guessesContradicted" value="${guessWrong}"/>`,
          `      <property name="baseUrl" value="${xmlAttribute(report.baseUrl)}"/>`,
          `      <property name="samock" value="${report.isSamock}"/>`,
          '    </properties>',
          ...cases,
          '  </testsuite>',
        ].join('\n'),
      );
    }
  }
  const all = countResults(result.targets.flatMap((t) => t.reports));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="samock verify" tests="${all.passed + all.failed + all.skipped + all.guessWrong}" failures="${all.failed}" errors="0" ` +
      `skipped="${all.skipped + all.guessWrong}" time="${seconds(totalMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
