import type { CAC } from 'cac';

const list = (value: unknown): string[] | undefined =>
  value === undefined ? undefined : String(value).split(',').map((s) => s.trim()).filter(Boolean);

/**
 * `samock check-client`: reads a running samock's journal and coverage and reports the
 * client's spec violations and what it never exercised. Exits 1 on any violation, so a
 * CI step fails when the client drifts from the spec.
 */
export function registerCheckClientCommand(cli: CAC, exit: (code: number) => void = (code) => process.exit(code)): void {
  cli
    .command('check-client', 'Report a client\'s spec violations and unexercised operations, from samock\'s journal')
    .option('--base-url <url>', 'samock\'s root URL (where /__control is), e.g. http://127.0.0.1:4010')
    .option('--session <id>', 'The X-Samock-Session the client used (default: the default session)')
    .option('--api <ids>', 'Report only these API ids (default: the APIs the client called)')
    .option('--control-token <token>', 'The server\'s --control-token, if it has one')
    .option('--json', 'Print the report as JSON')
    .action(async (flags: Record<string, unknown>) => {
      if (!flags.baseUrl) throw new Error('check-client needs --base-url <samock root URL>, e.g. http://127.0.0.1:4010.');
      // Loaded on demand: other commands should not pay for loading every API's spec.
      const { checkClient, formatClientReport } = await import('./index.js');
      const report = await checkClient(
        {
          baseUrl: String(flags.baseUrl),
          session: flags.session === undefined ? undefined : String(flags.session),
          controlToken: flags.controlToken === undefined ? undefined : String(flags.controlToken),
        },
        { apis: list(flags.api) },
      );
      console.log(flags.json ? JSON.stringify(report, null, 2) : formatClientReport(report));
      exit(report.exitCode);
    });
}
