import { cac } from 'cac';
import { registerCheckClientCommand } from './client-check/cli-command.js';
import { serve } from './serve.js';

const cli = cac('samock');

const intOption = (name: string, value: unknown, min = 0): number | undefined => {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new Error(`--${name} must be an integer ≥ ${min}, got "${String(value)}".`);
  return number;
};

const list = (value: unknown): string[] | undefined =>
  value === undefined ? undefined : String(value).split(',').map((s) => s.trim()).filter(Boolean);

cli
  .command('[serve]', 'Start the mock server with every registered API (default command)')
  .alias('serve')
  .option('--port <port>', 'Port to listen on (env PORT)', { default: undefined })
  .option('--host <host>', 'Interface to bind', { default: '127.0.0.1' })
  .option('--api <ids>', 'Comma-separated API ids to serve (default: all)')
  .option('--ready-after <ms>', 'How long new resources stay not ready, in ms', { default: 2000 })
  .option('--strict', 'Validate every response against its spec; a violation becomes a 500')
  .option('--seed <n>', 'Make ids, keys, secrets and tokens reproducible')
  .option('--control-token <token>', 'Require this bearer token on /__control (needed to enable it beyond loopback)')
  .option('--no-control', 'Turn the /__control plane off')
  .option('--journal-cap <n>', 'Requests kept in each session\'s journal', { default: 1000 })
  .option('--max-sessions <n>', 'Most sessions held at once', { default: 100 })
  .action(async (_arg: unknown, flags: Record<string, unknown>) => {
    const port = intOption('port', flags.port ?? process.env.PORT ?? 4010, 0);
    const { app, server, controlPlane } = await serve({
      port,
      host: String(flags.host),
      apis: list(flags.api),
      readyAfterMs: intOption('ready-after', flags.readyAfter),
      strict: flags.strict === true,
      seed: intOption('seed', flags.seed),
      controlToken: flags.controlToken === undefined ? undefined : String(flags.controlToken),
      control: flags.control !== false,
      journalCap: intOption('journal-cap', flags.journalCap, 1),
      maxSessions: intOption('max-sessions', flags.maxSessions, 1),
    });
    console.log(`samock listening on ${server.url}`);
    for (const mount of app.mounts()) {
      console.log(`  ${mount.id.padEnd(12)} ${server.url}${mount.prefix}  (${mount.title})`);
    }
    const controlNote = { on: '', token: ' (needs the control token)', off: ' is OFF (bound beyond loopback without --control-token, or --no-control)' }[controlPlane];
    console.log(`  ${'control'.padEnd(12)} ${server.url}/__control${controlNote}`);
    const stop = () => server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

cli
  .command('verify', 'Run an API\'s contract suite against a server (samock or the vendor\'s)')
  .option('--api <id>', 'API id, e.g. lyve')
  .option('--base-url <url>', 'The API\'s server URL, as in its spec (lyve: http://127.0.0.1:4010/v2)')
  .option('--token <token>', 'Bearer token to send', { default: 'samock-verify' })
  .option('--allow-writes', 'Let checks create resources (default: only against samock)')
  .option('--prefix <prefix>', 'Name prefix of every created resource', { default: 'samock-verify-' })
  .action(async (flags: Record<string, unknown>) => {
    if (!flags.api || !flags.baseUrl) throw new Error('verify needs --api <id> and --base-url <url>.');
    // Loaded on demand: `serve` should not pay for pactum at start-up.
    const [{ loadContract }, { formatReport }, { runContract }] = await Promise.all([
      import('./contracts/load-contract.js'),
      import('./contracts/report.js'),
      import('./contracts/runner.js'),
    ]);
    const contract = await loadContract(String(flags.api));
    const report = await runContract(contract, {
      baseUrl: String(flags.baseUrl),
      token: String(flags.token),
      allowWrites: flags.allowWrites === true ? true : undefined,
      prefix: String(flags.prefix),
    });
    console.log(formatReport(report));
    process.exit(report.results.some((r) => r.status === 'failed') ? 1 : 0);
  });

registerCheckClientCommand(cli);

cli.help();
cli.version('0.1.0');

try {
  cli.parse(process.argv, { run: false });
  await cli.runMatchedCommand();
} catch (error) {
  console.error(`samock: ${(error as Error).message}`);
  process.exit(1);
}
