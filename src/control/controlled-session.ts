import type { Clock } from '../clock.js';
import type { World } from '../core/dispatch.js';
import type { Ids } from '../ids.js';
import type { CoverageCounter } from './coverage.js';
import type { FaultList } from './faults.js';
import type { Journal } from './journal.js';

/**
 * A session as the control plane sees it: the kernel's world (one context per API) plus
 * what QA tools keep per session. The app layer creates them; the control plane only reads
 * and steers them.
 */
export interface ControlledSession extends World {
  createdAt: number;
  lastUsedAt: number;
  /**
   * Idle time counts from here at the earliest (ms): a session restored from a state file gets
   * its restore time, so the replica's downtime does not count as idle (its saved lastUsedAt is
   * kept for display).
   */
  idleFromMs?: number;
  requests: number;
  clock: Clock;
  ids: Ids;
  faults: FaultList;
  journal: Journal;
  coverage: CoverageCounter;
}

export const DEFAULT_SESSION = 'default';
export const SESSION_HEADER = 'x-samock-session';
export const SESSION_ID = /^[A-Za-z0-9._:-]{1,64}$/;
