import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PlainRequest } from '../core/http-types.js';
import type { MockHandler } from '../core/mock-handler.js';
import { logFailure } from '../core/log.js';
import { problem } from '../core/problem.js';
import { applyCors } from './cors.js';
import { hasBody, plainRequestHead, readPlainRequest, RequestAborted, writePlainResponse } from './node-adapter.js';

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  /** Stops at once: open connections are cut. */
  close(): Promise<void>;
  /**
   * Stops gracefully: readiness answers 503 at once, and every answer closes its connection. For
   * `drainDelayMs` new connections are still taken and served (a balancer that polls readiness
   * takes the replica out meanwhile); then none is, requests in flight are answered for up to
   * `timeoutMs`, and whatever is left is cut. Resolves once the server is closed: `drained` is
   * false when the timeout cut requests short.
   */
  shutdown(options?: ShutdownOptions): Promise<{ drained: boolean }>;
  /** True from the start of `shutdown`. */
  readonly draining: boolean;
}

export interface ServerOptions {
  port?: number;
  host?: string;
  /** A request (headers and body) must arrive within this many ms, or it is answered 408. */
  requestTimeoutMs?: number;
  /** Sent as `x-samock-replica` on every answer, so a client behind a balancer sees which replica served it. */
  replica?: string;
}

export interface ShutdownOptions {
  /** Longest wait for requests in flight once no new connection is taken (default 10 s). */
  timeoutMs?: number;
  /** How long to go on taking connections, answering readiness 503, before that (default 0). */
  drainDelayMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;
export const REPLICA_HEADER = 'x-samock-replica';
/** For load balancers and Kubernetes probes: answered by the server itself, with no token, whatever the control plane's settings. */
export const READY_PATH = '/__samock/ready';
export const LIVE_PATH = '/__samock/live';
const PROBE_PREFIX = '/__samock/';

/** Serves an app over node:http. The server holds no behaviour: it converts and calls `app.handle`. */
export async function startServer(
  app: MockHandler,
  { port = 4010, host = '127.0.0.1', requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS, replica }: ServerOptions = {},
): Promise<RunningServer> {
  let draining = false;
  // A client that stalls mid-request gets 408 after requestTimeoutMs. Node checks for it only
  // every connectionsCheckingInterval (30 s by default), and headersTimeout (60 s) must not be
  // longer, so a 30 s timeout used to fire after up to ~78 s.
  const timeouts = {
    requestTimeout: requestTimeoutMs,
    headersTimeout: requestTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(requestTimeoutMs / 4))),
  };
  const server = createServer(timeouts, (req, res) => {
    // One constant header, set before anything can answer (preflights, refusals, 404s, probes).
    if (replica !== undefined) res.setHeader(REPLICA_HEADER, replica);
    // While draining, every answer ends its connection: the balancer opens its next one elsewhere or later.
    if (draining) res.setHeader('connection', 'close');
    if (req.url!.startsWith(PROBE_PREFIX) && answerProbe(req, res, draining, replica)) return;
    if (applyCors(req, res, (path, origin) => app.allowsCrossOrigin(path, origin))) return;
    const head = plainRequestHead(req);
    // Who may not use the control plane is known from the headers: refuse before reading a
    // body of up to --max-state-bytes, and without keeping it.
    const early = app.refuseBeforeBody(head);
    if (early) {
      if (hasBody(req)) req.resume();
      writePlainResponse(res, early, hasBody(req));
      return;
    }
    // A request with no body (most GETs) goes straight to the app: no read, no extra promise.
    const read = hasBody(req) ? readPlainRequest(req, head, app.bodyLimits(head.method, head.path).bytes) : undefined;
    (read ? read.then(answer) : answer(head)).catch((error: unknown) => {
      // Nothing arrived to act on, and no one is waiting for an answer (Node sent 408, or the client left).
      if (error instanceof RequestAborted) return;
      logFailure(`${req.method} ${(req.url ?? '').split('?', 1)[0]} failed`, error);
      if (!res.headersSent) writePlainResponse(res, problem(500, 'Internal Server Error', 'samock failed to handle this request; see the server log.'));
      else res.destroy();
    });

    async function answer(request: PlainRequest): Promise<void> {
      const response = await app.handle(request);
      // An oversized body is refused unread, but a proxy (nginx) sends all of it before it reads
      // the answer: closing on it mid-body broke its pipe, and the client got nginx's 502 instead
      // of this 413. Let the rest arrive (discarded), for a moment, before answering and closing.
      if (request.bodyTooLarge && !req.complete) await bodyEnd(req, OVERSIZED_BODY_WAIT_MS);
      if (res.destroyed) return;
      writePlainResponse(res, response, request.bodyTooLarge === true);
    }
  });
  server.keepAliveTimeout = 65_000;
  // Idle sessions are swept on requests too; this frees their memory when no requests come.
  const sweeper = setInterval(() => app.tick?.(), 60_000);
  sweeper.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  const whenClosed = () =>
    (closed ??= new Promise<void>((resolve) => {
      clearInterval(sweeper);
      server.close(() => resolve());
    }));
  return {
    server,
    port: address.port,
    url: `http://${shownHost}:${address.port}`,
    get draining() {
      return draining;
    },
    close: () => {
      draining = true;
      const done = whenClosed();
      server.closeAllConnections();
      return done;
    },
    async shutdown({ timeoutMs = DEFAULT_SHUTDOWN_TIMEOUT_MS, drainDelayMs = 0 } = {}) {
      draining = true;
      if (drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, drainDelayMs));
      const done = whenClosed();
      // server.close() ends idle keep-alive connections once; a connection whose request finishes
      // later closes itself (its answer says `connection: close`), or is ended here when it idles.
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([done.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))]);
      clearInterval(idle);
      clearTimeout(timer);
      if (!drained) {
        server.closeAllConnections();
        await done;
      }
      return { drained };
    },
  };
}

const OVERSIZED_BODY_WAIT_MS = 1_000;

/** Resolves when the request's body has all arrived, the request is gone, or after `ms`. */
function bodyEnd(req: IncomingMessage, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      req.off('end', done);
      req.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    req.once('end', done);
    req.once('close', done);
  });
}

/**
 * `GET /__samock/ready`: 200 while serving, 503 once shutting down (take this replica out of
 * rotation); `GET /__samock/live`: 200 while the process runs. Other paths under /__samock/ are
 * left to the app (and answered 404 there).
 */
function answerProbe(req: IncomingMessage, res: ServerResponse, draining: boolean, replica: string | undefined): boolean {
  const path = req.url!.split('?', 1)[0];
  if (path !== READY_PATH && path !== LIVE_PATH) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    writePlainResponse(res, problem(405, 'Method Not Allowed', `Use GET or HEAD on ${path}.`, {}, { allow: 'GET, HEAD' }), hasBody(req));
    if (hasBody(req)) req.resume();
    return true;
  }
  const ready = path === LIVE_PATH || !draining;
  const status = path === LIVE_PATH ? 'live' : draining ? 'draining' : 'ready';
  const body = JSON.stringify({ status, ...(replica !== undefined && { replica }) });
  res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
