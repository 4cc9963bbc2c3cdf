import type { CAC } from 'cac';
import { textList, textOption } from '../cli-text.js';
import type { ApiDefinition } from '../core/define-api.js';

/**
 * `samock check-client`: reads a running samock's journal and coverage and reports the
 * client's spec violations and what it never exercised. Exits 1 on any violation, so a
 * CI step fails when the client drifts from the spec.
 */
/** `definitions`: the APIs the CLI knows (the vendors), for which operations need credentials. */
export function registerCheckClientCommand(
  cli: CAC,
  exit: (code: number) => void = (code) => process.exit(code),
  definitions: readonly ApiDefinition[] = [],
): void {
  cli
    .command('check-client', "Report a client's spec violations and unexercised operations, from samock's journal")
    .option('--base-url <url>', "samock's root URL (where /__control is), e.g. http://127.0.0.1:4010")
    .option('--session <id>', 'The X-Samock-Session the client used (default: the default session)')
    .option('--api <ids>', 'Report only these API ids (default: the APIs the client called)')
    .option('--control-token <token>', "The server's --control-token, if it has one (or set SAMOCK_CONTROL_TOKEN, which `ps` does not show)")
    .option('--config <file>', 'The samock.config.(js|mjs|ts) the server was started with: its APIs say which operations need credentials')
    .option('--json', 'Print the report as JSON')
    .action(async (flags: Record<string, unknown>) => {
      const text = (name: string) => textOption(cli.rawArgs, flags, name);
      const baseUrl = text('base-url');
      if (!baseUrl) throw new Error('check-client needs --base-url <samock root URL>, e.g. http://127.0.0.1:4010.');
      // Loaded on demand: other commands should not pay for loading every API's spec.
      const [{ checkClient, formatClientReport }, { loadConfig }] = await Promise.all([import('./index.js'), import('../config/load-config.js')]);
      const configFile = text('config');
      const known = configFile === undefined ? definitions : [...(await loadConfig(configFile)).apis, ...definitions];
      const report = await checkClient(
        {
          baseUrl,
          session: text('session'),
          controlToken: text('control-token') ?? process.env.SAMOCK_CONTROL_TOKEN,
        },
        { apis: textList(text('api')), definitions: known },
      );
      console.log(flags.json ? JSON.stringify(report, null, 2) : formatClientReport(report));
      exit(report.exitCode);
    });
}
