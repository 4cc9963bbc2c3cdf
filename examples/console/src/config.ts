/**
 * Where the console sends its requests, decided once at start-up.
 *
 * - `?target=http://127.0.0.1:4010` (or `VITE_SAMOCK_URL`, e.g. from `--mode server`)
 *   → a standalone samock server; no service worker is started.
 * - `?target=mock`, or nothing → in-browser mocks (msw service worker).
 *
 * The query parameter wins over the build-time variable so one build serves both,
 * which is what the browser tests rely on.
 */
export type Target = { kind: 'browser' } | { kind: 'server'; baseUrl: string };

export interface ConsoleConfig {
  target: Target;
  /** In-browser mocks only: how long new accounts stay pending (`?readyAfterMs=`). */
  readyAfterMs?: number;
  /** In-browser mocks only: deterministic ids and secrets (`?seed=`). */
  seed?: number;
  /** In-browser mocks only: APIs' own options, `?apiOption=nscale.provisioning=eventual` (repeatable). */
  apiOptions?: Record<string, Record<string, string>>;
}

export function readConfig(search: string, envUrl: string | undefined): ConsoleConfig {
  const params = new URLSearchParams(search);
  return {
    target: parseTarget(params.get('target') ?? envUrl ?? ''),
    readyAfterMs: optionalNumber(params.get('readyAfterMs')),
    seed: optionalNumber(params.get('seed')),
    apiOptions: apiOptions(params.getAll('apiOption')),
  };
}

/** `nscale.provisioning=eventual` → `{ nscale: { provisioning: 'eventual' } }`; malformed entries are ignored. */
function apiOptions(entries: string[]): Record<string, Record<string, string>> | undefined {
  const options: Record<string, Record<string, string>> = {};
  for (const entry of entries) {
    const match = /^([^.=]+)\.([^=]+)=(.*)$/.exec(entry);
    if (match) (options[match[1]!] ??= {})[match[2]!] = match[3]!;
  }
  return Object.keys(options).length ? options : undefined;
}

function parseTarget(raw: string): Target {
  const value = raw.trim();
  if (value === '' || value === 'mock' || value === 'browser') return { kind: 'browser' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`target "${value}" is neither "mock" nor an http(s) URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`target "${value}" must be an http(s) URL.`);
  // Keep a path prefix if given (a proxy in front of samock), without a trailing slash.
  return { kind: 'server', baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

function optionalNumber(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function describeTarget(target: Target): string {
  return target.kind === 'browser' ? 'in-browser mocks (service worker)' : `samock server at ${target.baseUrl}`;
}
