import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../core/app.js';
import { problem } from '../core/problem.js';
import { applyCors } from './cors.js';
import { readPlainRequest, writePlainResponse } from './node-adapter.js';

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves an app over node:http. The server holds no behaviour: it converts and calls `app.handle`. */
export async function startServer(app: App, { port = 4010, host = '127.0.0.1' } = {}): Promise<RunningServer> {
  const server = createServer((req, res) => {
    if (applyCors(req, res)) return;
    readPlainRequest(req)
      .then(async (request) => {
        const response = await app.handle(request);
        writePlainResponse(res, response, request.bodyTooLarge === true);
      })
      .catch((error: unknown) => {
        console.error('[samock] unexpected server error:', error);
        if (!res.headersSent) writePlainResponse(res, problem(500, 'Internal Server Error', 'samock failed to handle this request; see the server log.'));
        else res.destroy();
      });
  });
  server.keepAliveTimeout = 65_000;
  // A client that stalls mid-body gets dropped instead of holding a socket for Node's default 5 minutes.
  server.requestTimeout = 30_000;
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
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
