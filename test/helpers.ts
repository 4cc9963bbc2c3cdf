import type { ApiDefinition } from '../src/core/define-api.js';
import { selectApis } from '../src/select-apis.js';
import { vendors } from '../mocks/index.js';
import { createApp, type App, type AppConfig } from '../src/app/create-app.js';
import { serverPrefix } from '../src/core/route-table.js';
import { startServer, type RunningServer } from '../src/server/start-server.js';

export interface TestServer {
  app: App;
  server: RunningServer;
  /** The root URL, e.g. http://127.0.0.1:53211 */
  url: string;
  /** The API's server URL (root + prefix), e.g. http://127.0.0.1:53211/v2 */
  base: string;
  close(): Promise<void>;
}

/** A standalone server on a random port, strict (every response checked against its spec). */
export async function startTestServer(config: Partial<AppConfig> & { api?: string } = {}): Promise<TestServer> {
  const apis = config.apis ?? vendors.filter((api) => !config.api || api.id === config.api);
  const app = createApp({ strict: true, readyAfterMs: 2000, ...config, apis });
  const server = await startServer(app, { port: 0 });
  const prefix = serverPrefix(apis[0]!);
  return { app, server, url: server.url, base: server.url + prefix, close: () => server.close() };
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: any;
}

/** fetch with a bearer token and JSON in and out. */
export async function request(
  url: string,
  {
    method = 'GET',
    body,
    token = 'test-token',
    headers = {},
  }: { method?: string; body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
): Promise<JsonResponse> {
  const init: RequestInit = { method, headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, init);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    /* text body */
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

export const DEFAULT_PERMISSION_ID = 'default-permission';

/** An API's first server URL with its variables at their defaults: what clients call, and where msw intercepts. */
export function vendorUrl(spec: { servers?: { url: string; variables?: Record<string, { default: string }> }[] }): string {
  const server = spec.servers?.[0];
  return (server?.url ?? '').replace(/\{([^}]+)\}/g, (_, name: string) => server?.variables?.[name]?.default ?? name).replace(/\/+$/, '');
}

/** The vendors with these ids, in that order (what `--api lyve,nscale` serves). */
export const pick = (...ids: string[]): ApiDefinition[] => selectApis(ids, vendors);

/** `node <CLI…> serve …` runs the samock command from the sources (the package's bin runs the build). */
export const CLI = ['--import', 'tsx', 'src/cli.ts'];
