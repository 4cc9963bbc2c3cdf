import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starts Stoplight Prism (the installed devDependency, not a global one) as a
 * validating proxy: `prism proxy <spec> <upstream> --errors` on a free loopback port.
 *
 * How Prism 5.14 behaves, which the cross-check relies on:
 * - It routes on the spec's *paths* only: the servers' URL path is not part of the
 *   request path (unless a client sends `?__server=`). A client therefore calls
 *   `<prism>/service-accounts` for Lyve, and Prism forwards to
 *   `posix.join(<upstream path>, <request path>)`: the upstream must carry the API's
 *   prefix (`http://127.0.0.1:N/v2` for Lyve).
 * - Every request is checked against the spec (security and input). With `--errors`
 *   a request that breaks it is never forwarded: Prism answers 401 itself when the
 *   security requirement fails, 422 otherwise, and 404/405 for an unknown path or method.
 * - A body Prism cannot parse as JSON never reaches the upstream either: its body
 *   parser answers 400 `{"error":{"code":"invalid_json",…}}`.
 * - Every forwarded response is checked against the spec, and every violation (error,
 *   warning or info) is listed in the `sl-violations` response header. With `--errors`
 *   an error-severity one replaces the answer by a 500 `application/problem+json`
 *   (`…/errors#VIOLATIONS`, the violations under `validation`), logged as `Request
 *   terminated with error`; the others are logged as `Violation: <location> <message>`.
 * - Upstream response headers are passed through (hop-by-hop ones excepted), so
 *   `x-samock-api` reaches the client and the runner knows it talks to samock.
 */
export interface PrismProxy {
  /** Where Prism listens, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  /** Everything Prism printed so far (stdout and stderr, uncoloured). */
  output(): string;
  /**
   * Runs `task` and answers what Prism logged for the requests it sent, and which of
   * those lines are findings: a `Violation:` line (a warning or info-level violation), an
   * answer Prism made itself (`Request terminated with error`: a refused request, an
   * unknown route, or an error-level response violation), or a call re-mocked after an
   * upstream 501. No findings means no response carried `sl-violations` and every
   * request Prism logged reached the upstream (a body it cannot parse as JSON leaves no
   * line: its parser answers before Prism logs the request). The window is fenced by marker requests Prism
   * logs, so the log is complete when this resolves. `task` must not run concurrently
   * with another `watch`.
   */
  watch<T>(task: () => Promise<T>): Promise<{ result: T; log: string; findings: string[] }>;
  /** Ends Prism (SIGTERM, then SIGKILL) and removes its log. Safe to call twice. */
  stop(): Promise<void>;
}

/** Log lines that mean Prism did not simply forward a valid request and a valid answer. */
const FINDING = /Violation:|Request terminated with error|Remocking the call/;
/** The path of the marker requests that fence a watched window (no spec declares it). */
const MARK = '/__samock-cross-check-mark-';

const require = createRequire(import.meta.url);
/** The CLI's entry point, resolved from node_modules like any other dependency. */
const PRISM_CLI = join(require.resolve('@stoplight/prism-cli/package.json'), '..', 'dist', 'index.js');

const running = new Set<ChildProcess>();
// Last resort if a test run is torn down without afterAll: never leave Prism behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startPrismProxy({
  spec,
  upstream,
  startTimeoutMs = 30_000,
}: {
  spec: URL | string;
  upstream: string;
  startTimeoutMs?: number;
}): Promise<PrismProxy> {
  const specPath = spec instanceof URL ? fileURLToPath(spec) : spec;
  // The OS may hand the same free port to someone else before Prism binds it: try a few.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(specPath, upstream, await freePort(), startTimeoutMs);
    } catch (error) {
      lastError = error;
      if (!/EADDRINUSE/.test(String(error))) break;
    }
  }
  throw lastError;
}

async function startOnce(specPath: string, upstream: string, port: number, startTimeoutMs: number): Promise<PrismProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'samock-prism-'));
  const logFile = join(dir, 'prism.log');
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, [PRISM_CLI, 'proxy', specPath, upstream, '--errors', '-p', String(port), '-h', '127.0.0.1'], {
    stdio: ['ignore', fd, fd],
    // No colours in the log; single process (multiprocess is on under NODE_ENV=production),
    // so the pid we kill is the one that listens.
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', NODE_ENV: 'test' },
  });
  closeSync(fd);
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let exitedEarly = false;
  void exited.then(() => {
    exitedEarly = true;
    running.delete(child);
  });

  const output = () => {
    try {
      return readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exitedEarly) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;

  /**
   * A request to a path no spec declares, which Prism logs on receipt and on refusal
   * (404); answers where its log lines start and end. Prism logs each request before
   * handling the next one, through one stream, so everything before the mark is logged.
   */
  let marks = 0;
  const mark = async (timeoutMs = 10_000): Promise<{ start: number; end: number }> => {
    const path = `${MARK}${++marks}`;
    const response = await fetch(url + path, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    const received = new RegExp(`^.*${path} .*Request received`, 'm');
    const refused = new RegExp(`^.*${path} .*Request terminated.*$`, 'm');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const log = output();
      const start = received.exec(log);
      const end = refused.exec(log);
      if (start && end) return { start: start.index, end: end.index + end[0].length + 1 };
      if (Date.now() > deadline) throw new Error(`Prism did not log the marker request ${path} within ${timeoutMs} ms:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  const proxy: PrismProxy = {
    url,
    output,
    async watch(task) {
      const before = await mark();
      const result = await task();
      const after = await mark();
      const log = output().slice(before.end, after.start);
      // A readiness probe that timed out may still be logged late: marks are not findings.
      // Nor are calls to samock's /__control (a check asking samock's auth mode): Prism proxies only the spec's paths.
      const findings = log.split('\n').filter((line) => FINDING.test(line) && !line.includes(MARK) && !/ \/__control\//.test(line));
      return { result, log, findings: findings.map((line) => line.trim()) };
    },
    stop,
  };

  // Ready when Prism says so and logs a request it answered.
  const deadline = Date.now() + startTimeoutMs;
  try {
    for (;;) {
      if (exitedEarly) throw new Error(`Prism exited before listening:\n${output()}`);
      if (output().includes('Prism is listening on')) {
        try {
          await mark(5_000);
          return proxy;
        } catch {
          /* not accepting connections yet */
        }
      }
      if (Date.now() > deadline) throw new Error(`Prism did not start within ${startTimeoutMs} ms:\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
