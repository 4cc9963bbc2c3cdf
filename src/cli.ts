import { dirname } from 'node:path';
import { cac } from 'cac';
import { registerCheckClientCommand } from './client-check/cli-command.js';
import { registerInitApiCommand } from './scaffold/cli-command.js';
import { registerSpecModuleCommand } from './config/spec-module-command.js';
import { flagText, textList, textOption, textOptions } from './cli-text.js';
import { parseAcceptedTokens, parseApiOptions, parseAuthFlag } from './core/api-options.js';
import { vendors } from '../mocks/index.js';
import { DEFAULT_SESSION_IDLE_MS } from './app/create-app.js';
import { loadConfig, withFreshSpecs, type LoadedConfig } from './config/load-config.js';
import { DEFAULT_LIMITS } from './core/limits.js';
import { selectApis } from './select-apis.js';
import { REPLICA_NAME, serve } from './serve.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_SHUTDOWN_TIMEOUT_MS } from './server/start-server.js';

const cli = cac('samock');

const intOption = (name: string, value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined => {
  if (value === undefined) return undefined;
  // Number('') is 0: an empty value is a mistake, not a zero.
  const number = typeof value === 'string' && value.trim() === '' ? NaN : Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw new Error(
      `--${name} must be an integer ${max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max.toLocaleString('en')}`}, got "${flagText(value)}".`,
    );
  return number;
};
/** fast-check's seeds are 32-bit: a larger one would draw the same requests as another. */
const MAX_SEED = 2 ** 31 - 1;

cli
  .command('[serve]', 'Start the mock server with every registered API (default command)')
  .alias('serve')
  .option('--port <port>', 'Port to listen on (env PORT)', { default: undefined })
  .option('--host <host>', 'Interface to bind', { default: '127.0.0.1' })
  .option('--api <ids>', 'Comma-separated API ids to serve (default: all)')
  .option('--config <file>', 'Serve the APIs of a samock.config.(js|mjs|ts) — your own beside any vendors — instead of the five')
  .option('--ready-after <ms>', 'How long new resources stay not ready, in ms', { default: 2000 })
  .option('--strict', 'Validate every response against its spec; a violation becomes a 500')
  .option('--seed <n>', 'Make ids, keys, secrets and tokens reproducible')
  .option(
    '--control-token <token>',
    'Require this bearer token on /__control (needed to enable it beyond loopback); env SAMOCK_CONTROL_TOKEN keeps it out of `ps`',
  )
  .option('--control-origin <origins>', 'Comma-separated browser origins allowed on /__control besides loopback ones ("*" for any)')
  .option('--control-host <names>', 'Comma-separated Host names allowed on /__control besides loopback ones')
  .option('--no-control', 'Turn the /__control plane off')
  .option('--journal-cap <n>', "Requests kept in each session's journal", { default: 1000 })
  .option('--max-sessions <n>', 'Most sessions held at once', { default: 100 })
  .option('--session-idle <ms>', 'Drop a session after this long without a request (0: never)', { default: DEFAULT_SESSION_IDLE_MS })
  .option('--request-timeout <ms>', 'Answer 408 to a request whose headers and body have not arrived within this time', { default: DEFAULT_REQUEST_TIMEOUT_MS })
  .option('--max-body-bytes <n>', 'Largest request body of a mocked API', { default: DEFAULT_LIMITS.maxBodyBytes })
  .option('--max-state-bytes <n>', 'Largest state document PUT to /__control/state/{api}', { default: DEFAULT_LIMITS.maxStateBytes })
  .option('--max-json-depth <n>', 'Deepest nesting of arrays and objects in a JSON body', { default: DEFAULT_LIMITS.maxJsonDepth })
  .option('--max-string-length <n>', 'Longest string in a JSON body, in characters', { default: DEFAULT_LIMITS.maxStringLength })
  .option('--auth <mode>', 'permissive (any bearer token works), strict (only issued or --accept-token credentials), or strict:<api ids>', {
    default: 'permissive',
  })
  .option(
    '--accept-token <tokens>',
    'Comma-separated credentials strict mode accepts besides issued ones: <token> or *=<token> for every API, <api>=<token> for one; env ' +
      'SAMOCK_ACCEPT_TOKENS keeps them out of `ps`',
  )
  .option('--api-option <options>', 'Comma-separated <api>.<name>=<value> options of the APIs themselves (see the README)')
  .option('--replica-name <name>', 'Sent as x-samock-replica on every answer (default: env SAMOCK_REPLICA, else HOSTNAME, else the host name)')
  .option('--state-file <file>', 'Load every session from this file at start, write it (atomically) on SIGTERM/SIGINT and POST /__control/state-file')
  .option('--shutdown-timeout <ms>', 'On SIGTERM/SIGINT, how long requests in flight may take to finish before they are cut', {
    default: DEFAULT_SHUTDOWN_TIMEOUT_MS,
  })
  .option('--drain-delay <ms>', 'On SIGTERM/SIGINT, go on serving this long with readiness (/__samock/ready) answering 503, for balancers that poll it', {
    default: 0,
  })
  .action(async (_arg: unknown, flags: Record<string, unknown>) => {
    const port = intOption('port', flags.port ?? process.env.PORT ?? 4010, 0);
    const text = (name: string) => textOption(cli.rawArgs, flags, name);
    // Repeatable flags add up; --auth given twice would leave one mode silently lost.
    const joined = (name: string) => (textOptions(cli.rawArgs, name).length > 1 ? textOptions(cli.rawArgs, name).join(',') : text(name));
    if (textOptions(cli.rawArgs, 'auth').length > 1)
      throw new Error(`--auth was given ${textOptions(cli.rawArgs, 'auth').length} times; give it once (strict, or strict:<api ids>).`);
    const token = text('control-token') ?? process.env.SAMOCK_CONTROL_TOKEN;
    if (token !== undefined && token.trim() === '') throw new Error('--control-token (or SAMOCK_CONTROL_TOKEN) must not be empty.');
    const replica = text('replica-name');
    if (flags.replicaName !== undefined && !replica) throw new Error('--replica-name needs a name (letters, digits, ".", "_", ":" or "-").');
    if (replica !== undefined && !REPLICA_NAME.test(replica))
      throw new Error(`--replica-name must be 1–64 letters, digits, ".", "_", ":" or "-", got "${replica}".`);
    const stateFile = text('state-file');
    if (flags.stateFile !== undefined && (stateFile === undefined || stateFile.trim() === '')) throw new Error('--state-file needs a file name.');
    const shutdownTimeoutMs = intOption('shutdown-timeout', flags.shutdownTimeout, 0);
    const drainDelayMs = intOption('drain-delay', flags.drainDelay, 0);
    const config = text('config');
    // The built-in vendors too: a spec edited without `npm run types:generate` is served as edited.
    const apis = selectApis(textList(text('api')), config ? (await loadConfig(config)).apis : withFreshSpecs(vendors));
    const { app, server, controlPlane, ...served } = await serve({
      port,
      host: text('host') ?? '127.0.0.1',
      apis,
      readyAfterMs: intOption('ready-after', flags.readyAfter),
      strict: flags.strict === true,
      seed: intOption('seed', flags.seed),
      controlToken: token,
      controlOrigins: textList(text('control-origin')),
      controlHosts: textList(text('control-host')),
      control: flags.control !== false,
      journalCap: intOption('journal-cap', flags.journalCap, 1),
      maxSessions: intOption('max-sessions', flags.maxSessions, 1),
      sessionIdleMs: intOption('session-idle', flags.sessionIdle, 0),
      requestTimeoutMs: intOption('request-timeout', flags.requestTimeout, 1),
      auth: parseAuthFlag(text('auth')),
      acceptedTokens: parseAcceptedTokens(
        joined('accept-token') ?? process.env.SAMOCK_ACCEPT_TOKENS,
        apis.map((api) => api.id),
      ),
      apiOptions: parseApiOptions(joined('api-option')),
      limits: {
        maxBodyBytes: intOption('max-body-bytes', flags.maxBodyBytes, 1),
        maxStateBytes: intOption('max-state-bytes', flags.maxStateBytes, 1),
        maxJsonDepth: intOption('max-json-depth', flags.maxJsonDepth, 1),
        maxStringLength: intOption('max-string-length', flags.maxStringLength, 1),
      },
      replica,
      stateFile,
      shutdownTimeoutMs,
      drainDelayMs,
    });
    console.log(`samock listening on ${server.url}`);
    for (const mount of app.mounts()) {
      console.log(`  ${mount.id.padEnd(12)} ${server.url}${mount.prefix}  (${mount.title})`);
    }
    if (replica !== undefined || process.env.SAMOCK_REPLICA || stateFile !== undefined) console.log(`  ${'replica'.padEnd(12)} ${served.replica}`);
    if (served.stateFile) {
      const restored = served.stateFile.restored;
      console.log(
        `  ${'state file'.padEnd(12)} ${served.stateFile.file} (${restored ? `${restored} session${restored === 1 ? '' : 's'} restored` : 'none yet'})`,
      );
    }
    for (const warning of served.warnings) console.warn(`samock: warning: ${warning}`);
    const controlNote = { on: '', token: ' (needs the control token)', off: ' is OFF (bound beyond loopback without --control-token, or --no-control)' }[
      controlPlane
    ];
    console.log(`  ${'control'.padEnd(12)} ${server.url}/__control${controlNote}`);
    let signals = 0;
    const written = (saved: { sessions: number; file: string; bytes: number }) =>
      console.log(`samock: ${saved.sessions} session${saved.sessions === 1 ? '' : 's'} written to ${saved.file} (${saved.bytes} bytes)`);
    const stop = (signal: NodeJS.Signals) => {
      signals++;
      // A second signal (`timeout`, and npx/npm on Ctrl-C, send two) stops waiting but still writes
      // the state file; only a third exits without it (a save that takes too long).
      if (signals > 1) {
        const file = served.stateFile?.file;
        if (!file || signals > 2) {
          console.error(`samock: ${signal} again: exiting without waiting${file ? ` (${file} not written)` : ''}.`);
          process.exit(1);
        }
        console.error(`samock: ${signal} again: cutting requests in flight and writing ${file} now (a third signal exits without writing it).`);
        void server.close();
        served.stateFile!.save().then(
          (saved) => {
            written(saved);
            process.exit(1);
          },
          (error: Error) => {
            console.error(`samock: ${error.message}`);
            process.exit(1);
          },
        );
        return;
      }
      const serving = drainDelayMs ? `serving ${drainDelayMs} ms more, then ` : '';
      console.log(
        `samock: ${signal}: not ready any more, ${serving}finishing requests in flight${served.stateFile ? `, then writing ${served.stateFile.file}` : ''}`,
      );
      served.shutdown().then(
        ({ drained, saved }) => {
          if (!drained) console.error(`samock: requests still in flight after --shutdown-timeout ${shutdownTimeoutMs} ms were cut.`);
          if (saved) written(saved);
          process.exit(0);
        },
        (error: Error) => {
          console.error(`samock: ${error.message}`);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

// Every option verify knows, by cac's camelCased key: anything else is a usage error (exit 2).
const VERIFY_FLAGS = new Set([
  '--',
  'api',
  'config',
  'baseUrl',
  'against',
  'token',
  'againstToken',
  'allowWrites',
  'prefix',
  'waitTimeout',
  'session',
  'generate',
  'maxRequests',
  'rate',
  'seed',
  'junit',
  'report',
  'h',
  'help',
]);

cli
  .command('verify', "Run contract suites against a server (samock or the vendor's); exit 1 on any failed check, 2 on a usage error")
  .usage(
    'verify --api <id|ids|all> --base-url <url> [options]\n\n' +
      "  --api lyve        one API: --base-url is that API's own base URL, as in its spec's servers\n" +
      '                    (lyve: http://127.0.0.1:4010/v2 or https://api.lyvecloud.seagate.com/v2)\n' +
      '  --api lyve,nscale several APIs, or --api all for every registered one: --base-url is the\n' +
      '                    server ROOT (http://127.0.0.1:4010) and each API is reached at root + its\n' +
      "                    spec's server path (lyve: root + /v2, the others: the root itself)\n\n" +
      '  Read-only unless the target is samock or --allow-writes is given; created resources are named\n' +
      '  <prefix>… and deleted after each check, also when it fails. Checks that rely on samock itself\n' +
      '  are skipped (with the reason) against other servers.',
  )
  .allowUnknownOptions()
  .option('--api <ids>', 'One API id, a comma-separated list, or "all" (this decides what --base-url means, see above)')
  .option('--config <file>', 'Verify the APIs of a samock.config.(js|mjs|ts): their definitions and the contract suites it names')
  .option('--base-url <url>', 'Target A: the API\'s base URL for one API, the server root for a list or "all"')
  .option('--against <url>', 'Target B, addressed like --base-url: run the same checks there too and print a parity table')
  .option('--token <token>', 'Bearer token to send', { default: 'samock-verify' })
  .option('--against-token <token>', 'Bearer token for the --against target (default: --token)')
  .option('--allow-writes', 'Let checks create resources (default: only against samock)')
  .option('--prefix <prefix>', 'Name prefix of every created resource', { default: 'samock-verify-' })
  .option('--wait-timeout <ms>', 'Longest wait for an eventual state (readiness) before a check fails, in ms', { default: 30_000 })
  .option('--session <id>', 'Run in this samock session: X-Samock-Session on every request (a shared mock, several pipelines)')
  .option('--generate', "Generated checks instead of the contract suites: requests drawn from each API's spec, valid and invalid (README: Generated checks)")
  .option('--max-requests <n>', 'With --generate: requests per API (default 1000)')
  .option('--rate <n>', 'With --generate: at most n requests a second (default: as fast as the server answers)')
  .option('--seed <n>', 'With --generate: the seed; the same seed draws the same requests (default: random, printed)')
  .option('--junit <file>', 'Also write JUnit XML: one <testsuite> per API (and target), one <testcase> per check')
  .option('--report <file>', 'Also write a Markdown report (summary, parity, failures, skips)')
  .example('samock verify --api lyve --base-url https://api.lyvecloud.seagate.com/v2 --token $LYVE_TOKEN')
  .example('samock verify --api all --base-url http://127.0.0.1:4010 --junit reports/contracts.xml')
  .example('samock verify --api all --base-url http://127.0.0.1:4010 --generate --max-requests 10000 --seed 1')
  .example(
    'samock verify --api lyve --base-url http://127.0.0.1:4010/v2 --against https://api.lyvecloud.seagate.com/v2 --against-token $LYVE_TOKEN ' +
      '--report parity.md',
  )
  .action(async (flags: Record<string, unknown>) => {
    const usage = (message: string): never => {
      console.error(`samock verify: ${message}\nRun "samock verify --help" for the options.`);
      process.exit(2);
    };
    const unknown = Object.keys(flags).filter((key) => !VERIFY_FLAGS.has(key));
    if (unknown.length) usage(`unknown option ${unknown.map((key) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')}.`);
    const text = (name: string) => textOption(cli.rawArgs, flags, name);
    if (text('api') === undefined || text('base-url') === undefined) usage('needs --api <id|ids|all> and --base-url <url>.');
    if (flags.session !== undefined && !text('session')) usage('--session needs a session id.');
    for (const file of ['junit', 'report'] as const) {
      if (flags[file] !== undefined && !text(file)) usage(`--${file} needs a file name.`);
    }
    let waitTimeoutMs: number | undefined;
    let generate: { maxRequests: number; rate?: number; seed: number } | undefined;
    try {
      waitTimeoutMs = intOption('wait-timeout', flags.waitTimeout, 1);
      const given = (['maxRequests', 'rate', 'seed'] as const).filter((key) => flags[key] !== undefined);
      if (flags.generate !== undefined && flags.generate !== true) usage('--generate takes no value.');
      if (flags.generate !== true && given.length)
        usage(`${given.map((key) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')} only apply with --generate.`);
      if (flags.generate === true) {
        if (flags.against !== undefined) usage('--generate runs against one target; --against is for the contract suites.');
        generate = {
          maxRequests: intOption('max-requests', text('max-requests'), 1) ?? 1000,
          rate: intOption('rate', text('rate'), 1),
          seed: intOption('seed', text('seed'), 0, MAX_SEED) ?? Math.floor(Math.random() * MAX_SEED),
        };
      }
    } catch (error) {
      usage((error as Error).message);
    }
    if (generate) console.error(`samock verify --generate: seed ${generate.seed} (give --seed ${generate.seed} to draw the same requests again)`);
    let lastProgress = Date.now();
    // Loaded on demand: `serve` should not pay for pactum at start-up.
    const [{ verify, hasFailures, UsageError }, { formatVerifyReport }, { formatJUnit }, { formatMarkdown }, { mkdir, writeFile }] = await Promise.all([
      import('./contracts/verify.js'),
      import('./contracts/report.js'),
      import('./contracts/junit.js'),
      import('./contracts/markdown.js'),
      import('node:fs/promises'),
    ]);
    let loaded: LoadedConfig | undefined;
    const configFile = text('config');
    if (configFile !== undefined) {
      try {
        loaded = await loadConfig(configFile);
      } catch (error) {
        usage((error as Error).message);
      }
    }
    let result: Awaited<ReturnType<typeof verify>>;
    try {
      result = await verify({
        api: text('api')!,
        known: loaded?.apis ?? vendors,
        contractOf: loaded ? (apiId) => loaded.contractOf(apiId) : undefined,
        baseUrl: text('base-url')!,
        against: text('against'),
        token: text('token')!,
        againstToken: text('against-token'),
        allowWrites: flags.allowWrites === true ? true : undefined,
        prefix: text('prefix')!,
        waitTimeoutMs,
        session: text('session'),
        ...(generate && {
          generate: {
            ...generate,
            // A line every few seconds on a long run, so a CI log shows it is moving.
            onProgress: (api: string, sent: number, budget: number, failures: number) => {
              if (Date.now() - lastProgress < 5_000) return;
              lastProgress = Date.now();
              console.error(`samock verify --generate: ${api}: ${sent.toLocaleString('en')} of ${budget.toLocaleString('en')} requests, ${failures} failing`);
            },
          },
        }),
      });
    } catch (error) {
      if (error instanceof UsageError) usage(error.message);
      throw error;
    }
    console.log(formatVerifyReport(result));
    const write = async (file: string, text: string) => {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    };
    const junit = text('junit');
    const report = text('report');
    if (junit !== undefined) await write(junit, formatJUnit(result));
    if (report !== undefined) await write(report, formatMarkdown(result));
    process.exit(hasFailures(result) ? 1 : 0);
  });

registerCheckClientCommand(cli, undefined, vendors);
registerInitApiCommand(cli);
registerSpecModuleCommand(cli);

cli.help();
cli.version('0.1.0');

try {
  cli.parse(process.argv, { run: false });
  await cli.runMatchedCommand();
} catch (error) {
  console.error(`samock: ${(error as Error).message}`);
  // A malformed command line (cac's own errors) is a usage error, like verify's.
  process.exit((error as Error).name === 'CACError' ? 2 : 1);
}
