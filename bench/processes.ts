// Child-process management for the bench: free ports, spawning servers (pinned
// to a core with taskset where available), start-up measurement, RSS, cleanup.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { createServer } from 'node:net';

export const HOST = '127.0.0.1';
export const SERVER_CORE = 1;
export const LOADGEN_CORE = 0;

let tasksetPath: string | null | undefined;

/** The path of `taskset`, or null when it is missing or there is only one core. */
export function taskset(): string | null {
  if (tasksetPath !== undefined) return tasksetPath;
  tasksetPath = null;
  try {
    const found = execFileSync('which', ['taskset'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const cpus = execFileSync('nproc', [], { encoding: 'utf8' }).trim();
    if (found && Number(cpus) >= 2) tasksetPath = found;
  } catch {
    tasksetPath = null;
  }
  return tasksetPath;
}

/** Pin this process (the load generator) to LOADGEN_CORE. Returns a description. */
export function pinSelf(): string {
  const bin = taskset();
  if (!bin) return 'not pinned (taskset missing or fewer than 2 cores)';
  try {
    execFileSync(bin, ['-cp', String(LOADGEN_CORE), String(process.pid)], { stdio: 'ignore' });
    return `load generator pinned to core ${LOADGEN_CORE}, servers to core ${SERVER_CORE}`;
  } catch (error) {
    return `pinning failed: ${(error as Error).message}`;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  /** Last few KB of the child's output, for error messages. */
  output(): string;
  exited: boolean;
}

const children = new Set<Child>();
let logDir: string | undefined;

function childLogFile(name: string): string {
  logDir ??= mkdtempSync(join(tmpdir(), 'samock-bench-'));
  return join(logDir, `${name}.log`);
}

/** Remove the children's log files (called once everything is stopped). */
export function removeLogs(): void {
  if (logDir) rmSync(logDir, { recursive: true, force: true });
  logDir = undefined;
}

/**
 * Spawn `node <args>` (or `program <args>`: WireMock's java) via `taskset -c SERVER_CORE` where
 * available, in its own process group.
 */
export function spawnServer(name: string, nodeArgs: string[], cwd: string, program: string = process.execPath): Child {
  const bin = taskset();
  const [command, args] = bin ? [bin, ['-c', String(SERVER_CORE), program, ...nodeArgs]] : [program, nodeArgs];
  // The child writes straight to a file: a chatty server (prism logs every
  // request) then costs the load generator's process nothing, and never
  // blocks on a full pipe.
  const logFile = childLogFile(name);
  const fd = openSync(logFile, 'w');
  const proc = spawn(command, args, {
    cwd,
    detached: true, // own process group, so cleanup reaches any grandchildren
    stdio: ['ignore', fd, fd],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  closeSync(fd);
  let spawnError: Error | undefined;
  proc.on('error', (error) => {
    spawnError = error;
  });
  if (proc.pid === undefined) throw new Error(`${name}: spawn failed${spawnError ? `: ${spawnError.message}` : ''}`);
  const output = () => {
    try {
      return readFileSync(logFile, 'utf8').slice(-4000);
    } catch {
      return '';
    }
  };
  const child: Child = { name, pid: proc.pid, process: proc, output, exited: false };
  proc.on('exit', () => {
    child.exited = true;
    children.delete(child);
  });
  children.add(child);
  return child;
}

function signalGroup(child: Child, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      process.kill(child.pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/** SIGTERM the child's process group, SIGKILL it if it is still there after `graceMs`. */
export async function stopServer(child: Child, graceMs = 2000): Promise<void> {
  if (child.exited) return;
  const exited = new Promise<void>((done) => child.process.once('exit', () => done()));
  signalGroup(child, 'SIGTERM');
  const timer = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), graceMs).unref());
  if ((await Promise.race([exited, timer])) === 'timeout') {
    signalGroup(child, 'SIGKILL');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 1000).unref())]);
  }
  children.delete(child);
}

/** Synchronous last resort, for `process.on('exit')`. */
export function killAllSync(): void {
  for (const child of children) signalGroup(child, 'SIGKILL');
  children.clear();
  try {
    removeLogs();
  } catch {
    /* best effort */
  }
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((child) => stopServer(child)));
}

let handlersInstalled = false;
/** Kill every child on exit, SIGINT, SIGTERM, and uncaught errors. */
export function installCleanupHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllSync);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\nbench: ${signal}, stopping servers\n`);
      killAllSync();
      process.exit(130);
    });
  }
  process.on('uncaughtException', (error) => {
    process.stderr.write(`bench: uncaught ${error.stack ?? String(error)}\n`);
    killAllSync();
    process.exit(1);
  });
  process.on('unhandledRejection', (error) => {
    process.stderr.write(`bench: unhandled rejection ${(error as Error)?.stack ?? String(error)}\n`);
    killAllSync();
    process.exit(1);
  });
}

export interface Answer {
  status: number;
  body: string;
}

/** One HTTP request to 127.0.0.1 without keep-alive. */
export function httpRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
  timeoutMs = 5000,
): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const req = request(
      {
        host: HOST,
        port,
        method,
        path,
        headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolveAnswer({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Poll `probe` until the server answers it with a status below 500.
 * Returns the milliseconds from `spawnedAt` to that first answer.
 */
export async function waitUntilAnswering(
  child: Child,
  port: number,
  probePath: string,
  headers: Record<string, string>,
  spawnedAt: number,
  timeoutMs = 30_000,
): Promise<number> {
  const deadline = spawnedAt + timeoutMs;
  for (;;) {
    if (child.exited) throw new Error(`${child.name} exited before answering:\n${child.output()}`);
    try {
      const answer = await httpRequest(port, 'GET', probePath, headers, undefined, 1000);
      if (answer.status < 500) return performance.now() - spawnedAt;
    } catch {
      /* not listening yet */
    }
    if (performance.now() > deadline) throw new Error(`${child.name} did not answer within ${timeoutMs} ms:\n${child.output()}`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

/** Resident set size of a process (VmRSS) and its peak (VmHWM) in MB, from /proc. */
export function memoryOf(pid: number): { rssMB: number | null; peakMB: number | null } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const read = (key: string) => {
      const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
      return match?.[1] ? Math.round((Number(match[1]) / 1024) * 10) / 10 : null;
    };
    return { rssMB: read('VmRSS'), peakMB: read('VmHWM') };
  } catch {
    return { rssMB: null, peakMB: null };
  }
}

export function commandExists(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
