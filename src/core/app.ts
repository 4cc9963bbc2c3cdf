import { createClock, type Clock } from '../clock.js';
import { createIds, type Ids } from '../ids.js';
import type { ApiContext, ApiDefinition, MockOptions } from './define-api.js';
import { dispatch } from './dispatch.js';
import type { PlainRequest, PlainResponse } from './http-types.js';
import { buildRouteTable, serverPrefix, type RouteTable } from './route-table.js';

export const DEFAULT_OPTIONS: MockOptions = { readyAfterMs: 2000, strict: false };

export interface App {
  handle(request: PlainRequest): Promise<PlainResponse>;
  apis: ApiDefinition[];
  routes: RouteTable;
  /** The live state and tools of one API. */
  context(apiId: string): ApiContext<unknown>;
  /** Drops all state of one API (or all) and recreates its seed data. */
  reset(apiId?: string): void;
  clock: Clock;
  options: MockOptions;
  /** Where each API is mounted: its id and path prefix. */
  mounts(): { id: string; title: string; prefix: string }[];
}

export interface AppConfig extends Partial<MockOptions> {
  apis: ApiDefinition[];
  clock?: Clock;
}

/**
 * One running mock: the route table compiled once from the specs, and one
 * context (store, clock, ids) per API. Every transport calls `handle`.
 */
export function createApp(config: AppConfig): App {
  if (config.apis.length === 0) throw new Error('Failed to create the mock: no APIs were given.');
  const options: MockOptions = {
    readyAfterMs: config.readyAfterMs ?? DEFAULT_OPTIONS.readyAfterMs,
    strict: config.strict ?? DEFAULT_OPTIONS.strict,
    seed: config.seed,
  };
  const clock = config.clock ?? createClock();
  const ids: Ids = createIds(options.seed);
  const routes = buildRouteTable(config.apis);
  const contexts = new Map<string, ApiContext<unknown>>();
  const freshContext = (api: ApiDefinition): ApiContext<unknown> => {
    const tools = { clock, ids, options };
    return { ...tools, store: api.createStore(tools) };
  };
  for (const api of config.apis) contexts.set(api.id, freshContext(api));

  const context = (apiId: string) => {
    const found = contexts.get(apiId);
    if (!found) throw new Error(`Unknown API "${apiId}". Served: ${config.apis.map((a) => a.id).join(', ')}.`);
    return found;
  };
  return {
    apis: config.apis,
    routes,
    clock,
    options,
    context,
    handle: (request) => dispatch(routes, context, options, request),
    reset(apiId) {
      for (const api of config.apis) {
        if (apiId === undefined || api.id === apiId) contexts.set(api.id, freshContext(api));
      }
    },
    mounts: () => config.apis.map((api) => ({ id: api.id, title: api.title, prefix: serverPrefix(api) })),
  };
}
