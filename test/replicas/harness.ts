/**
 * Three samock replicas and nginx on free loopback ports, for test/replicas: the replicas run the
 * CLI from the sources as users run the bin, nginx runs unprivileged from a prefix directory of its
 * own with deploy/nginx/nginx.conf and the rendered deploy/nginx/samock.conf.template.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLI } from '../helpers.js';

export const HOST = '127.0.0.1';
/** Every replica's --control-token; `call` sends it (samock takes it for the APIs' bearer token too). */
export const CONTROL_TOKEN = 'replicas-test';
const repo = resolve(import.meta.dirname, '../..');
export const NGINX_TEMPLATE = join(repo, 'deploy/nginx/samock.conf.template');
export const NGINX_CONF = join(repo, 'deploy/nginx/nginx.conf');
/** Debian installs nginx in /usr/sbin, which is not on every user's PATH; NGINX names another. */
export const NGINX = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** What `envsubst '$SAMOCK_LISTEN $SAMOCK_UPSTREAM_SERVERS'` does to the template with the values its header shows: those two, nothing else. */
export function renderNginxConfig(template: string, listen: string, servers: string[]): string {
  return template
    .replaceAll('${SAMOCK_LISTEN}', listen)
    .replaceAll('${SAMOCK_UPSTREAM_SERVERS}', servers.map((server) => `server ${server} max_fails=0;`).join(' '));
}

export interface Replica {
  name: string;
  port: number;
  url: string;
  stateFile: string;
  process: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Sends the signal (SIGTERM: a graceful stop) and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `samock serve --replica-name <name> --state-file <file>` on a given port, resolved once it prints its control line. */
export function startReplica(name: string, port: number, stateFile: string, extra: string[] = []): Promise<Replica> {
  // With a control token, as README's recipe runs replicas (beyond loopback the control plane needs one).
  const args = ['serve', '--port', String(port), '--replica-name', name, '--state-file', stateFile, '--control-token', CONTROL_TOKEN, ...extra];
  const child = spawn('node', [...CLI, ...args], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica ${name} did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/\n\s+control\s[^\n]*\n/.test(output)) {
        clearTimeout(timer);
        resolveStart({
          name,
          port,
          url: `http://${HOST}:${port}`,
          stateFile,
          process: child,
          output: () => output,
          exited,
          stop: (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`replica ${name} exited ${code} before it served:\n${output}`));
    });
  });
}

export interface Nginx {
  url: string;
  prefix: string;
  process: ChildProcess;
  /** Access log lines: session, upstream address and the replica that answered (log format `samock`). */
  accessLog(): { request: string; status: number; session: string; upstream: string; replica: string }[];
  stop(): Promise<void>;
}

/** nginx from its own prefix directory: `nginx -p <dir> -c <dir>/nginx.conf -g 'daemon off;'`, every path inside the directory. */
export async function startNginx(upstreamPorts: number[]): Promise<Nginx> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'samock-nginx-'));
  // Run as root (as CI may), nginx's workers switch to nobody: they must reach their temp paths.
  chmodSync(prefix, 0o755);
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir));
  copyFileSync(NGINX_CONF, join(prefix, 'nginx.conf'));
  const rendered = renderNginxConfig(
    readFileSync(NGINX_TEMPLATE, 'utf8'),
    `${HOST}:${port}`,
    upstreamPorts.map((p) => `${HOST}:${p}`),
  );
  writeFileSync(join(prefix, 'samock.conf'), rendered);
  const child = spawn(NGINX, ['-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}:\n${output}\n${readLog(join(prefix, 'logs/error.log'))}`);
    const up = await fetch(`${url}/__samock/live`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}:\n${output}\n${readLog(join(prefix, 'logs/error.log'))}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  return {
    url,
    prefix,
    process: child,
    accessLog: () =>
      readLog(join(prefix, 'logs/access.log'))
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const match = /"([^"]*)" (\d+) .* session=(\S*) upstream=(\S*) replica=(\S*)$/.exec(line);
          if (!match) throw new Error(`an access log line not in the samock format: ${line}`);
          return { request: match[1]!, status: Number(match[2]), session: match[3]!, upstream: match[4]!, replica: match[5]! };
        }),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}

const readLog = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/** Answers of one request through nginx: status, JSON body and the replica that answered. */
export async function call(
  url: string,
  { method = 'GET', session, body, headers = {} }: { method?: string; session?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; replica: string | null; balancer: string | null; contentType: string | null }> {
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${CONTROL_TOKEN}`,
      ...(session !== undefined && { 'x-samock-session': session }),
      ...(body !== undefined || method !== 'GET' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not JSON: kept as text.
  }
  return {
    status: response.status,
    body: parsed,
    replica: response.headers.get('x-samock-replica'),
    // nginx's own answers (413, 502, 503, 504) say so.
    balancer: response.headers.get('x-samock-balancer'),
    contentType: response.headers.get('content-type'),
  };
}
