import type { ApiDefinition, MockOptions } from '../core/define-api.js';
import type { BodyLimits } from '../core/limits.js';
import type { RouteTable } from '../core/route-table.js';
import type { StateFileSaved } from './control.js';
import type { ControlledSession } from './controlled-session.js';

/**
 * What the control plane steers: the served APIs and their sessions. `createApp` is one;
 * the control plane depends on this shape, never on the app that composes it.
 */
export interface ControlHost {
  apis: ApiDefinition[];
  routes: RouteTable;
  /** The options shared by every API. */
  options: Pick<MockOptions, 'readyAfterMs' | 'strict' | 'seed'>;
  /** The options one API's resolvers see. */
  optionsOf(apiId: string): MockOptions;
  /** A session by id, created on first use (RangeError for a bad id; another Error past the cap); the default session without an id. */
  session(id?: string): ControlledSession;
  sessions(): ControlledSession[];
  deleteSession(id: string): boolean;
  /** Replaces one API's state (or all) in a session with fresh seed data. */
  reset(apiId?: string, sessionId?: string): void;
  /** Where each API is mounted: its id and path prefix. */
  mounts(): { id: string; title: string; prefix: string }[];
  bodyLimits(method: string, path: string): BodyLimits;
  /** Writes every session to the server's state file (`samock serve --state-file`); absent when it has none. */
  saveStateFile?(): Promise<StateFileSaved>;
}
