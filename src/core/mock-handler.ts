import type { PlainRequest, PlainResponse } from './http-types.js';
import type { BodyLimits } from './limits.js';
import type { RouteTable } from './route-table.js';

/**
 * What a transport adapter (the node:http server, msw handlers) needs of a mock: plain
 * requests in, plain responses out, and the few rules it must apply before reading a body.
 * `createApp` gives one; adapters depend on this, never on the app or its control plane.
 */
export interface MockHandler {
  handle(request: PlainRequest): Promise<PlainResponse>;
  routes: RouteTable;
  /** Paths answered outside the route table (the control plane), which msw must also route to `handle`. */
  servesPath(path: string): boolean;
  /** The limits a request to this path is held to (a state load may be larger than an API body). */
  bodyLimits(method: string, path: string): BodyLimits;
  /** May a page on `origin` read answers from `path`? */
  allowsCrossOrigin(path: string, origin: string): boolean;
  /** The refusal a request gets from its head alone, for transports that can answer before reading the body. */
  refuseBeforeBody(head: PlainRequest): PlainResponse | undefined;
  /** Housekeeping a long-running transport calls now and then (dropping idle sessions). */
  tick?(): void;
}
