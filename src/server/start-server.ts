import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockHandler } from '../core/mock-handler.js';
import { logFailure } from '../core/log.js';
import { problem } from '../core/problem.js';
import { applyCors } from './cors.js';
import { hasBody, plainRequestHead, readPlainRequest, RequestAborted, writePlainResponse } from './node-adapter.js';

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServerOptions {
  port?: number;
  host?: string;
  /** A request (headers and body) must arrive within this many ms, or it is answered 408. */
  requestTimeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Serves an app over node:http. The server holds no behaviour: it converts and calls `app.handle`. */
export async function startServer(
  app: MockHandler,
  { port = 4010, host = '127.0.0.1', requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS }: ServerOptions = {},
): Promise<RunningServer> {
  // A client that stalls mid-request gets 408 after requestTimeoutMs. Node checks for it only
  // every connectionsCheckingInterval (30 s by default), and headersTimeout (60 s) must not be
  // longer, so a 30 s timeout used to fire after up to ~78 s.
  const timeouts = {
    requestTimeout: requestTimeoutMs,
    headersTimeout: requestTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(requestTimeoutMs / 4))),
  };
  const server = createServer(timeouts, (req, res) => {
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
    readPlainRequest(req, head, app.bodyLimits(head.method, head.path).bytes)
      .then(async (request) => {
        const response = await app.handle(request);
        writePlainResponse(res, response, request.bodyTooLarge === true);
      })
      .catch((error: unknown) => {
        // Nothing arrived to act on, and no one is waiting for an answer (Node sent 408, or the client left).
        if (error instanceof RequestAborted) return;
        logFailure(`${req.method} ${(req.url ?? '').split('?', 1)[0]} failed`, error);
        if (!res.headersSent) writePlainResponse(res, problem(500, 'Internal Server Error', 'samock failed to handle this request; see the server log.'));
        else res.destroy();
      });
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
  return {
    server,
    port: address.port,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(sweeper);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
