// WireMock (the standalone jar of the `wiremock` npm package) as a comparison
// server for the bench: is it runnable, how to start it, and the two canned
// stubs that answer what the bench drives on the other servers.
//
// WireMock runs on the JVM, whose JIT needs far longer than node's to reach
// steady state, hence WIREMOCK_WARMUP_S: drive it with load.ts's getLoad /
// createLoad for that long before measuring, or it is measured half-interpreted.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HOST, commandExists, httpRequest } from './processes.js';

/** JIT warm-up before measuring WireMock (the issue asks for one minute). */
export const WIREMOCK_WARMUP_S = 60;

/** Debian's headless Java 17 runtime (WireMock 3 needs Java 11+). */
export const JAVA_PACKAGE = 'openjdk-17-jre-headless';

const run = promisify(execFile);

/** The standalone jar the npm package ships under build/ (its package.json's "runnable-jar-regexp" is build/.*.jar). */
export function wiremockJar(root: string): string | undefined {
  const build = join(root, 'node_modules/wiremock/build');
  if (!existsSync(build)) return undefined;
  const jar = readdirSync(build).find((name) => /^wiremock-standalone-.*\.jar$/.test(name));
  return jar ? join(build, jar) : undefined;
}

/** Why WireMock cannot run here, or undefined when it can. */
export function wiremockUnavailable(root: string): string | undefined {
  if (!commandExists('java')) return 'java not found';
  if (!existsSync(join(root, 'node_modules/wiremock'))) return 'npm package wiremock not installed';
  if (!wiremockJar(root)) return 'no wiremock-standalone jar in node_modules/wiremock/build';
  return undefined;
}

/**
 * Make `java` available: when it is missing and we are root with apt-get, install
 * JAVA_PACKAGE (apt-get update only when the plain install fails, as the lists may
 * already be there). Answers undefined when java is there, else the reason it is not.
 */
export async function ensureJava(timeoutMs = 300_000): Promise<string | undefined> {
  if (commandExists('java')) return undefined;
  if (process.getuid?.() !== 0) return `java not found (not root, so not installing ${JAVA_PACKAGE})`;
  if (!commandExists('apt-get')) return 'java not found (no apt-get to install it with)';
  const options = { timeout: timeoutMs, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, maxBuffer: 16 * 1024 * 1024 };
  const install = () => run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', JAVA_PACKAGE], options);
  // Slim Debian images drop /usr/share/man, and the JRE's postinst then fails
  // to create its man-page alternatives.
  mkdirSync('/usr/share/man/man1', { recursive: true });
  try {
    try {
      await install();
    } catch {
      await run('apt-get', ['update', '-qq'], options);
      await install();
    }
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    return `java not found (apt-get install ${JAVA_PACKAGE} failed: ${(stderr || message).trim().split('\n').slice(-3).join(' / ')})`;
  }
  return commandExists('java') ? undefined : `java not found (still missing after installing ${JAVA_PACKAGE})`;
}

/**
 * How to start WireMock on HOST:`port`. `filesDir` is its --root-dir: WireMock
 * creates mappings/ and __files/ there (in its cwd, the repo, by default); the
 * stubs come from stubWireMock over the admin API and are never written to it.
 * Pin it like the node servers (`taskset -c SERVER_CORE java …`): the JVM then
 * sees one CPU and sizes its GC and JIT threads for it.
 */
export function wiremockCommand(root: string, port: number, filesDir = join(tmpdir(), 'samock-bench-wiremock')): { command: string; args: string[] } {
  const jar = wiremockJar(root);
  if (!jar) throw new Error(wiremockUnavailable(root) ?? 'wiremock jar not found');
  return {
    command: 'java',
    args: [
      // A fixed 512 MB heap (-Xms = -Xmx): no heap resizing mid-measurement, and a
      // bound instead of the default 1/4 of RAM, so RSS is comparable across runs.
      // It is ample for two stubs with no request journal.
      '-Xms512m',
      '-Xmx512m',
      '-jar',
      jar,
      '--bind-address',
      HOST,
      '--port',
      String(port),
      '--root-dir',
      filesDir,
      // The journal keeps every request (unbounded heap growth under load), and
      // request logging writes each one to the notifier: neither does the others' work.
      '--no-request-journal',
      '--disable-request-logging',
      '--disable-banner',
      // Only the classpath's own extensions; nothing to scan for.
      '--disable-extensions-scanning',
      // The canned stubs use no templating and the bench sends no Accept-Encoding.
      '--disable-response-templating',
      '--disable-gzip',
      // Content-Length rather than chunked bodies, as the node servers answer.
      '--use-chunked-encoding',
      'never',
      // Jetty is non-blocking, so 50 keep-alive connections need no thread each.
      // 25 is WireMock's default, stated so a later version's default cannot move
      // the figures; pinned to one core, 6, 12 and 25 measured alike (within noise).
      '--container-threads',
      '25',
      // One acceptor, Jetty's own choice below 8 cores: one core has nothing to spread.
      '--jetty-acceptor-threads',
      '1',
    ],
  };
}

const PREFIX = '/v2/service-accounts';
/** The requests the bench sends carry a bearer token; the others check it, so the stubs match on it too. */
const BEARER = { authorization: { matches: 'Bearer .+' } };
const JSON_TYPE = { 'Content-Type': 'application/json' };

/**
 * Replace WireMock's stubs with the two operations the bench drives, shaped as
 * specs/lyve.yaml answers them: getServiceAccount (200, a ServiceAccount) and
 * createServiceAccount (200 — Lyve answers 200, not 201 — with a ServiceAccountCreated).
 * Both are canned: the create stores nothing and the GET answers any id.
 */
export async function stubWireMock(port: number): Promise<void> {
  const account = {
    id: '200001',
    name: 'bench-account',
    description: 'a canned service account',
    enabled: true,
    readyState: true,
    permissions: ['100001'],
  };
  const created = { id: '200001', accessKey: 'AKLC7Q2M4X9T1B3N5V8Z', secret: '6f3kQ9xT2mB7vN1pL4sR8wY0zC5hJ3dG', expirationDate: '2027-11-15' };
  const mappings = [
    {
      request: { method: 'GET', urlPathPattern: `${PREFIX}/[^/]+/?`, headers: BEARER },
      // `body` as a string: WireMock sends the bytes as they are, no per-request serialisation.
      response: { status: 200, headers: JSON_TYPE, body: JSON.stringify(account) },
    },
    {
      request: { method: 'POST', urlPathPattern: `${PREFIX}/?`, headers: { ...BEARER, 'Content-Type': { contains: 'application/json' } } },
      response: { status: 200, headers: JSON_TYPE, body: JSON.stringify(created) },
    },
  ];
  const reset = await httpRequest(port, 'DELETE', '/__admin/mappings');
  if (reset.status !== 200) throw new Error(`wiremock: DELETE /__admin/mappings answered ${reset.status}: ${reset.body}`);
  for (const mapping of mappings) {
    const answer = await httpRequest(port, 'POST', '/__admin/mappings', { 'content-type': 'application/json' }, JSON.stringify(mapping));
    if (answer.status !== 201) throw new Error(`wiremock: POST /__admin/mappings answered ${answer.status}: ${answer.body}`);
  }
}
