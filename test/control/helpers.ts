import { lyve } from '../../mocks/lyve/index.js';
import type { AppConfig } from '../../src/app/create-app.js';
import { createRemoteControl, type RemoteControl } from '../../src/control/remote-control.js';
import { widgets } from '../fixtures/widgets/index.js';
import { request, startTestServer, type TestServer } from '../helpers.js';

/**
 * A strict server with two APIs that differ in every convention: lyve (/v2) and the widgets fixture (/api).
 * `control` is the control plane's URL (for raw calls); `remote` its typed client, for steps that are not under test.
 */
export async function startTwoApis(
  config: Partial<AppConfig> = {},
): Promise<TestServer & { lyve: string; widgets: string; control: string; remote: RemoteControl }> {
  const mock = await startTestServer({ apis: [lyve, widgets], readyAfterMs: 1000, ...config });
  return { ...mock, lyve: `${mock.url}/v2`, widgets: `${mock.url}/api`, control: `${mock.url}/__control`, remote: createRemoteControl(mock.url) };
}

export const createAccount = (base: string, name: string, headers: Record<string, string> = {}) =>
  request(`${base}/service-accounts`, { method: 'POST', body: { name, permissions: ['default-permission'] }, headers });

export const createWidget = (base: string, name: string, headers: Record<string, string> = {}) =>
  request(`${base}/widgets`, { method: 'POST', body: { name }, headers });

/**
 * A raw control-plane call: JSON in, JSON out, no vendor token; writes always say JSON, as the control plane requires.
 * For tests of the HTTP answers themselves (statuses, headers, malformed requests); other steps use `createRemoteControl`.
 */
export const control = (url: string, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
  request(url, {
    token: null,
    ...options,
    headers: { ...((options.method ?? 'GET') === 'GET' ? {} : { 'content-type': 'application/json' }), ...options.headers },
  });
