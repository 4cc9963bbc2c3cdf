import { SESSION_ID } from '../control/controlled-session.js';
import type { ApiDefinition } from '../core/define-api.js';
import { serverPrefix } from '../core/route-table.js';
import type { Contract } from './define-contract.js';
import { loadContract } from './load-contract.js';
import { runGenerated } from './generate/run.js';
import { detectSamockAt, runContract, type ContractReport } from './runner.js';

/** A mistake in how verify was called (exit 2), as opposed to a failed check (exit 1). */
export class UsageError extends Error {}

export interface VerifyOptions {
  /**
   * One API id: `baseUrl` is that API's own base URL (lyve: `…/v2`), as for the vendor.
   * `all` or a comma list (`lyve,nscale`): `baseUrl` is a server root and each API
   * is reached at root + its spec's server path, as one samock server serves them.
   */
  api: string;
  /** The APIs `api` may name (`vendors` from `samock/vendors`, your own definitions, or both); `all` runs each. */
  known: readonly ApiDefinition[];
  /** An API's own contract suite (from `samock verify --config`); the built-in suites otherwise. */
  contractOf?: (apiId: string) => Promise<Contract | undefined>;
  baseUrl: string;
  /** A second target, addressed like `baseUrl`, for a side-by-side parity run. */
  against?: string;
  token: string;
  /** The second target's token (a real vendor needs a real one); default `token`. */
  againstToken?: string;
  /** Undefined: writes only against samock (the runner decides per target). */
  allowWrites?: boolean;
  prefix?: string;
  waitTimeoutMs?: number;
  /** A samock session to run in: `X-Samock-Session` on every request (`--session`). */
  session?: string;
  /** `--generate`: requests generated from each API's spec instead of its contract suite. */
  generate?: {
    /** Per API (`--max-requests`). */
    maxRequests: number;
    /** Requests a second at most (`--rate`). */
    rate?: number;
    seed: number;
    onProgress?(api: string, sent: number, budget: number, failures: number): void;
  };
}

export interface TargetRun {
  /** `A` for --base-url, `B` for --against. */
  label: 'A' | 'B';
  url: string;
  reports: ContractReport[];
}

export interface VerifyResult {
  startedAt: Date;
  targets: TargetRun[];
}

interface PlannedApi {
  id: string;
  /** Path appended to a target URL to reach this API ('' for a single API). */
  suffix: string;
}

/** Which APIs to run and how each is addressed; throws UsageError for unknown ids. */
export function planApis(api: string, definitions: readonly ApiDefinition[]): PlannedApi[] {
  const known = definitions.map((definition) => definition.id);
  const spec = api.trim();
  const ids =
    spec === 'all'
      ? known
      : spec
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  if (ids.length === 0) throw new UsageError('--api needs an API id, a comma-separated list or "all".');
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length) throw new UsageError(`unknown API ${unknown.map((id) => `"${id}"`).join(', ')}; known: ${known.join(', ')}, or "all".`);
  if (new Set(ids).size !== ids.length) throw new UsageError(`--api names an API twice: ${spec}.`);
  // A single id keeps its historical meaning: the URL already is the API's base.
  const rooted = spec === 'all' || ids.length > 1;
  return ids.map((id) => ({ id, suffix: rooted ? serverPrefix(definitions.find((d) => d.id === id)!) : '' }));
}

function checkUrl(flag: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} must be an absolute http(s) URL, got "${value}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${flag} must be an http(s) URL, got "${value}".`);
  return value.replace(/\/+$/, '');
}

/** Runs the planned suites against one target, one API after another (their checks share the server). */
async function runTarget(label: TargetRun['label'], url: string, token: string, plan: PlannedApi[], options: VerifyOptions): Promise<TargetRun> {
  const reports: ContractReport[] = [];
  for (const { id, suffix } of plan) {
    if (options.generate) {
      reports.push(await generatedFor(id, url + suffix, token, options, options.generate));
      continue;
    }
    const contract = await contractFor(id, options);
    reports.push(
      await runContract(contract, {
        baseUrl: url + suffix,
        token,
        allowWrites: options.allowWrites,
        prefix: options.prefix,
        waitTimeoutMs: options.waitTimeoutMs,
        session: options.session,
      }),
    );
  }
  return { label, url, reports };
}

async function generatedFor(
  id: string,
  baseUrl: string,
  token: string,
  options: VerifyOptions,
  generate: NonNullable<VerifyOptions['generate']>,
): Promise<ContractReport> {
  const definition = options.known.find((api) => api.id === id)!;
  const headers: Record<string, string> = options.session === undefined ? {} : { 'x-samock-session': options.session };
  return runGenerated({
    api: id,
    spec: definition.spec,
    baseUrl,
    token,
    isSamock: await detectSamockAt(baseUrl, definition.spec, id, token, headers),
    allowWrites: options.allowWrites,
    prefix: options.prefix,
    maxRequests: generate.maxRequests,
    rate: generate.rate,
    seed: generate.seed,
    headers,
    onProgress: generate.onProgress && ((sent, budget, failures) => generate.onProgress!(id, sent, budget, failures)),
  });
}

/** Runs the contract suites against the target, and against the second one at the same time if given. */
export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const plan = planApis(options.api, options.known);
  if (options.session !== undefined && !SESSION_ID.test(options.session))
    throw new UsageError(`--session must be 1–64 letters, digits, ".", "_", ":" or "-", got "${options.session}".`);
  const a = checkUrl('--base-url', options.baseUrl);
  const b = options.against === undefined ? undefined : checkUrl('--against', options.against);
  // Fail on a missing suite before any request is sent (generated checks need none).
  if (!options.generate)
    await Promise.all(
      plan.map(({ id }) =>
        contractFor(id, options).catch((error: Error) => {
          throw new UsageError(error.message);
        }),
      ),
    );
  const startedAt = new Date();
  // Two different servers: running them side by side halves the wait and changes no verdict.
  const targets = await Promise.all([
    runTarget('A', a, options.token, plan, options),
    ...(b === undefined ? [] : [runTarget('B', b, options.againstToken ?? options.token, plan, options)]),
  ]);
  return { startedAt, targets };
}

export function countResults(reports: ContractReport[]): { passed: number; failed: number; skipped: number; guessWrong: number } {
  const results = reports.flatMap((report) => report.results);
  const count = (status: string) => results.filter((r) => r.status === status).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), guessWrong: count('guess-wrong') };
}

/** Any failed check on any target fails the run; a wrong guess of samock's does not (it is not the server's drift). */
export function hasFailures(result: VerifyResult): boolean {
  return result.targets.some((target) => countResults(target.reports).failed > 0);
}

/** How a report names one API on one target: `lyve`, or `lyve @ A` when two targets ran. */
export function suiteName(result: VerifyResult, target: TargetRun, api: string): string {
  return result.targets.length > 1 ? `${api} @ ${target.label}` : api;
}

/** The config's suite for this API if it names one, else the built-in one (contracts/<id>.contract.ts). */
async function contractFor(apiId: string, options: VerifyOptions): Promise<Contract> {
  return (await options.contractOf?.(apiId)) ?? loadContract(apiId);
}
