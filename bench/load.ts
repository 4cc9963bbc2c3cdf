// Load generation with autocannon's programmatic API (in this process, which
// the runner pins to its own core).
import autocannon from 'autocannon';
import { HOST } from './processes.js';

export const CONNECTIONS = 50;
export const AUTH = { authorization: 'Bearer bench-token' };
export const JSON_HEADERS = { ...AUTH, 'content-type': 'application/json' };

export interface LoadResult {
  /** Mean requests per second over the run. */
  reqPerSec: number;
  /** Total completed requests / duration (a cross-check of the mean). */
  completedPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  total: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  durationS: number;
}

function summarise(result: autocannon.Result): LoadResult {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = Number(stat.count);
  const total = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    reqPerSec: Math.round(result.requests.average),
    completedPerSec: Math.round(total / Math.max(result.duration, 0.001)),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    total,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    durationS: result.duration,
  };
}

async function run(options: autocannon.Options): Promise<LoadResult> {
  const instance = autocannon({ connections: CONNECTIONS, timeout: 10, ...options });
  return summarise(await instance);
}

/** GET one URL path (an existing account) for `durationS` seconds. */
export function getLoad(port: number, path: string, durationS: number): Promise<LoadResult> {
  return run({ url: `http://${HOST}:${port}${path}`, duration: durationS, method: 'GET', headers: AUTH });
}

let nameCounter = 0;
const runPrefix = `bench-${process.pid}-${Date.now().toString(36)}`;

/** A body with a name never used before in this bench run (names match ^[A-Za-z0-9 _-]+$). */
export function uniqueCreateBody(): string {
  nameCounter += 1;
  return `{"name":"${runPrefix}-${nameCounter}","description":"created by the samock bench","permissions":["default-permission"]}`;
}

/** POST creates with unique names, either for `durationS` seconds or for exactly `amount` requests. */
export function createLoad(port: number, path: string, limit: { durationS: number } | { amount: number }): Promise<LoadResult> {
  return run({
    url: `http://${HOST}:${port}${path}`,
    ...('amount' in limit ? { amount: limit.amount } : { duration: limit.durationS }),
    requests: [
      {
        method: 'POST',
        path,
        headers: JSON_HEADERS,
        setupRequest: (request) => {
          request.body = uniqueCreateBody();
          return request;
        },
      },
    ],
  });
}

export interface Measured extends LoadResult {
  /** How many interleaved segments the figures combine. */
  rounds: number;
  /** The worst segment's p99. */
  p99MaxMs: number;
  segments: Array<{ reqPerSec: number; p99Ms: number; non2xx: number }>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Combines the segments of one measurement (run in rounds interleaved with the
 * other servers, so a burst of unrelated load on the machine hits every server
 * alike): req/s and latency percentiles are the median over the segments,
 * counts are summed.
 */
export function combine(segments: LoadResult[]): Measured {
  const statusCodes: Record<string, number> = {};
  for (const segment of segments) {
    for (const [code, count] of Object.entries(segment.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + count;
  }
  const sum = (pick: (s: LoadResult) => number) => segments.reduce((acc, s) => acc + pick(s), 0);
  const total = sum((s) => s.total);
  const durationS = sum((s) => s.durationS);
  return {
    reqPerSec: Math.round(median(segments.map((s) => s.reqPerSec))),
    completedPerSec: Math.round(total / Math.max(durationS, 0.001)),
    p50Ms: median(segments.map((s) => s.p50Ms)),
    p99Ms: median(segments.map((s) => s.p99Ms)),
    maxMs: Math.max(0, ...segments.map((s) => s.maxMs)),
    total,
    ok2xx: sum((s) => s.ok2xx),
    non2xx: sum((s) => s.non2xx),
    errors: sum((s) => s.errors),
    timeouts: sum((s) => s.timeouts),
    statusCodes,
    durationS,
    rounds: segments.length,
    p99MaxMs: Math.max(0, ...segments.map((s) => s.p99Ms)),
    segments: segments.map((s) => ({ reqPerSec: s.reqPerSec, p99Ms: s.p99Ms, non2xx: s.non2xx })),
  };
}
