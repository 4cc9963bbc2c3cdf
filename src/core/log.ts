/**
 * samock's own diagnostics. A failure is logged as one line (what failed, the error's
 * name and message, and where it was thrown), never a stack trace: server logs end up in
 * CI output, and a stack per hostile request buries everything else. `SAMOCK_DEBUG=1`
 * prints whole stacks for whoever is debugging a resolver.
 */
export function logFailure(context: string, error: unknown): void {
  const debug = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.SAMOCK_DEBUG;
  if (debug && debug !== '0' && error instanceof Error && error.stack) {
    console.error(`[samock] ${context}:`, error.stack);
    return;
  }
  console.error(`[samock] ${context}: ${describeError(error)}`);
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // The first frame only: enough to find the line, without the trace.
  const frame = error.stack
    ?.split('\n')
    .find((line) => /^\s+at /.test(line))
    ?.trim()
    .replace(/^at /, '');
  return `${error.name}: ${error.message}${frame ? ` (at ${frame})` : ''} — set SAMOCK_DEBUG=1 for the whole stack`;
}
