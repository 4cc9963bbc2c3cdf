import type { ClientIssue, ClientReport, ViolatingRequest } from './types.js';

function issueLine(issue: ClientIssue): string {
  const where = `${issue.location}${issue.pointer ? ` ${issue.pointer}` : ''}`;
  const detail = [
    issue.expected !== undefined && `expected ${JSON.stringify(issue.expected)}`,
    issue.actual !== undefined && `got ${JSON.stringify(issue.actual)}`,
  ]
    .filter(Boolean)
    .join(', ');
  const derived = issue.source === 'derived' ? ' [derived from the status]' : '';
  return `      ${where}  [${issue.rule}] ${issue.message}${detail ? ` (${detail})` : ''}${derived}`;
}

function requestLines(request: ViolatingRequest): string[] {
  const operation = request.api === null ? '(no API)' : `${request.api}.${request.operationId ?? '(no operation)'}`;
  return [`  #${request.seq} ${request.method} ${request.path} → ${request.status}  ${operation}`, ...request.issues.map(issueLine)];
}

/** The report as console text: violations first (they fail the check), then what was never exercised. */
export function formatClientReport(report: ClientReport): string {
  const lines = [`samock check-client — session "${report.session}", ${report.requests} request(s)`, ''];
  if (report.nothingChecked) {
    lines.push(`✗ ${report.nothingChecked}`);
  } else if (report.violations.length === 0) {
    lines.push('✓ No spec violations.');
  } else {
    lines.push(`✗ ${report.violations.length} request(s) broke the spec:`);
    for (const request of report.violations) lines.push(...requestLines(request));
  }
  for (const api of report.gaps) {
    lines.push('', `${api.api}: ${api.operationsCalled}/${api.operations} operations called`);
    if (api.neverCalled.length > 0) {
      lines.push('  never called:');
      for (const op of api.neverCalled) lines.push(`    ${op.operationId.padEnd(32)} ${op.method} ${op.path}`);
    }
    if (api.errorCodesNeverSeen.length > 0) {
      lines.push('  documented error codes never seen:');
      for (const op of api.errorCodesNeverSeen) lines.push(`    ${op.operationId.padEnd(32)} ${op.codes.join(', ')}`);
    }
  }
  return lines.join('\n');
}
