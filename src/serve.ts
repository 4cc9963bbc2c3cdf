import { registry } from '../mocks/index.js';
import { createApp, DEFAULT_OPTIONS, type App } from './core/app.js';
import type { ApiDefinition } from './core/define-api.js';
import { startServer, type RunningServer } from './server/start-server.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** API ids to serve; all registered when empty. */
  apis?: string[];
  readyAfterMs?: number;
  strict?: boolean;
  seed?: number;
}

export function selectApis(ids: string[] | undefined, available: ApiDefinition[] = registry): ApiDefinition[] {
  if (!ids || ids.length === 0) return available;
  return ids.map((id) => {
    const api = available.find((candidate) => candidate.id === id);
    if (!api) throw new Error(`Unknown API "${id}". Available: ${available.map((a) => a.id).join(', ')}.`);
    return api;
  });
}

/** Starts the standalone server with the chosen APIs; used by the CLI, tests and the bench. */
export async function serve(options: ServeOptions = {}): Promise<{ app: App; server: RunningServer }> {
  const app = createApp({
    apis: selectApis(options.apis),
    readyAfterMs: options.readyAfterMs ?? DEFAULT_OPTIONS.readyAfterMs,
    strict: options.strict ?? false,
    seed: options.seed,
  });
  const server = await startServer(app, { port: options.port ?? 4010, host: options.host ?? '127.0.0.1' });
  return { app, server };
}
