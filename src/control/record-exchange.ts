import type { Exchange } from '../core/dispatch.js';
import type { ControlledSession } from './controlled-session.js';

/** The control plane's observer: every answered request goes to its session's journal and coverage. */
export function recordExchange(session: ControlledSession, exchange: Exchange): void {
  if (exchange.api !== null && exchange.operationId !== null) session.coverage.count(exchange.api, exchange.operationId, exchange.status);
  session.journal.record(exchange);
}
