import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { lyve } from '../../mocks/lyve/index.js';
import type { LyveStore } from '../../mocks/lyve/store.js';
import { defineApi, type Resolver } from '../../src/core/define-api.js';
import { SAMOCK_API_HEADER } from '../../src/core/dispatch.js';

const routes = lyve.routes as Record<string, Resolver<LyveStore>>;

/**
 * Lyve drifted the way a careless vendor release might: the list shows each
 * account's secret again. Every check that lists accounts fails, after it created
 * one, so clean-up is exercised; the rest still pass, so a run has both verdicts.
 * (The drift is in list, not get: clean-up itself reads accounts with get.)
 */
export const lyveLeakingSecrets = defineApi({
  ...lyve,
  routes: {
    ...routes,
    listServiceAccounts: async (input, ctx) => {
      const result = await routes.listServiceAccounts!(input, ctx);
      if (result.status !== 200 || !Array.isArray(result.body)) return result;
      return { ...result, body: (result.body as object[]).map((account) => ({ ...account, secret: 'a-leaked-secret' })) };
    },
  },
});

export interface Proxy {
  url: string;
  close(): Promise<void>;
}

/**
 * Forwards everything to `target` but strips `x-samock-api`, so the runner takes the
 * server for a vendor's: the way to test read-only defaults without a real vendor.
 */
export async function startNotSamockProxy(target: string): Promise<Proxy> {
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    const forward = httpRequest({ hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      const headers = { ...answer.headers };
      delete headers[SAMOCK_API_HEADER];
      res.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
