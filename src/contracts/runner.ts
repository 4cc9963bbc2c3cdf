import pactum from 'pactum';
import { randomBytes } from 'node:crypto';
import { SAMOCK_API_HEADER } from '../core/dispatch.js';
import { ControlError } from '../control/control.js';
import { createRemoteControl } from '../control/remote-control.js';
import type { CallOptions, Check, CheckContext, Contract, ContractResponse, Provenance } from './define-contract.js';
import { ContractFailure, describeBody } from './expect.js';
import { compileSpecOperations, type SpecOperation } from './spec-checker.js';

// pactum prints every failed request; the runner reports failures itself.
pactum.settings.setLogLevel('SILENT');

export interface Target {
  /** The API's server URL, as in the spec's `servers` (for lyve it ends in `/v2`). */
  baseUrl: string;
  token: string;
  /** Allow checks that create resources. Default: only when the target is a samock server. */
  allowWrites?: boolean;
  /** Prefix of every name the run creates. */
  prefix?: string;
  /** Longest wait for eventual states (readiness), in ms. */
  waitTimeoutMs?: number;
  /** The token of a samock target's /__control (default: env SAMOCK_CONTROL_TOKEN). */
  controlToken?: string;
  /** Send `X-Samock-Session: <session>` on every request (a check's private session still uses its own). */
  session?: string;
}

export interface CheckResult {
  name: string;
  /**
   * `guess-wrong`: an inferred check that a server other than samock contradicts — samock's
   * guess about the vendor was wrong; `reason` says what the server does. Not a failure.
   */
  status: 'passed' | 'failed' | 'skipped' | 'guess-wrong';
  reason?: string;
  durationMs: number;
  provenance?: Provenance;
}

export interface ContractReport {
  api: string;
  baseUrl: string;
  isSamock: boolean;
  results: CheckResult[];
  /** Said once when every request of the run answered 404: the base URL that would match. */
  hint?: string;
  /** A `verify --generate` run: requests sent (within --max-requests; `total` with clean-up and shrinking), its seed, resources created. */
  generated?: { requests: number; total: number; seed: number; created: number };
}

class Skip extends Error {}

const SECRET_POINTER = /\/(secret|accessKey|token|accessToken|key|password|tokenID)$/i;

/** Runs every check of a contract against one target, one at a time, cleaning up after each. */
export async function runContract(contract: Contract, target: Target, only?: (check: Check) => boolean): Promise<ContractReport> {
  const operations = compileSpecOperations(contract.api, contract.spec);
  const baseUrl = target.baseUrl.replace(/\/+$/, '');
  const sessionHeaders: Record<string, string> = target.session === undefined ? {} : { 'x-samock-session': target.session };
  const isSamock = await detectSamock(baseUrl, operations, target.token, sessionHeaders);
  const allowWrites = target.allowWrites ?? isSamock;
  const prefix = target.prefix ?? 'samock-verify-';
  const runId = randomBytes(3).toString('hex');
  let counter = 0;
  const results: CheckResult[] = [];
  /** Answers the checks got, and how many were 404: all of them means the base URL is wrong. */
  const answers = { total: 0, notFound: 0 };
  const counted = (response: ContractResponse) => {
    answers.total++;
    if (response.status === 404) answers.notFound++;
    return response;
  };
  let auth: Promise<SamockAuth> | undefined;
  const controlToken = target.controlToken ?? process.env.SAMOCK_CONTROL_TOKEN;
  const readAuth = () => (auth ??= isSamock ? readSamockAuth(baseUrl, contract.api, controlToken) : Promise.resolve<SamockAuth>({ mode: undefined }));
  const samockAuth = async () => (await readAuth()).mode;

  for (const check of contract.checks.filter(only ?? (() => true))) {
    const started = performance.now();
    const finish = (status: CheckResult['status'], reason?: string) =>
      results.push({
        name: check.name,
        status,
        reason,
        durationMs: Math.round(performance.now() - started),
        ...(check.provenance && { provenance: check.provenance }),
      });
    if (check.writes && !allowWrites) {
      finish('skipped', 'creates resources: run with --allow-writes');
      continue;
    }
    if (check.samockOnly && !isSamock) {
      finish('skipped', `needs a samock server: ${check.samockOnly}`);
      continue;
    }
    const cleanups: (() => Promise<unknown>)[] = [];
    // Clean-up must delete what the check created even when the server drifted: its
    // calls are not judged against the spec (a drifted GET must not leave accounts behind).
    let judging = true;
    /** 5xx answers seen during the check: an outage, never evidence about a guess. */
    const serverErrors: string[] = [];
    const t: CheckContext = {
      isSamock,
      baseUrl,
      token: target.token,
      call: async (operationId, options) => {
        const withSession = target.session === undefined ? options : { ...options, headers: { ...sessionHeaders, ...options?.headers } };
        const response = await call(baseUrl, target.token, operations, operationId, withSession, judging).catch((error: unknown) => {
          // An answer that breaks the spec still counts as an answer (a 404 with samock's problem+json, say).
          if (error instanceof ContractFailure && error.kind === 'spec' && / → 404: /.test(error.message))
            counted({ status: 404, headers: {}, body: undefined, request: '' });
          else if (error instanceof ContractFailure && error.kind === 'spec') counted({ status: 0, headers: {}, body: undefined, request: '' });
          throw error;
        });
        if (judging) counted(response);
        if (response.status >= 500) serverErrors.push(`${response.request} → ${response.status}`);
        return response;
      },
      request: async (path, init = {}) => {
        const response = await rawRequest(baseUrl, path, { ...init, headers: { authorization: `Bearer ${target.token}`, ...sessionHeaders, ...init.headers } });
        if (response.status >= 500) serverErrors.push(`${response.request} → ${response.status}`);
        return response;
      },
      uniqueName: (label) => `${prefix}${runId}-${++counter}-${label}`.slice(0, 120),
      cleanup: (task) => cleanups.push(task),
      skip: (reason) => {
        throw new Skip(reason);
      },
      waitFor: (what, probe, timeoutMs = target.waitTimeoutMs ?? 30_000) => waitFor(what, probe, timeoutMs),
      samockAuth,
      requireStrictAuth: async () => {
        if (!isSamock) return;
        const { mode, unreadable } = await readAuth();
        if (mode === 'strict') return;
        throw new Skip(
          mode === 'permissive'
            ? 'samock in permissive auth accepts any bearer token (run it with --auth strict to check this)'
            : `samock's auth mode could not be read (${unreadable}); with --no-control this check cannot tell, and a control token goes in ` +
                `SAMOCK_CONTROL_TOKEN`,
        );
      },
      privateSession: async () => {
        if (!isSamock) throw new Skip("moving the clock needs samock's control plane");
        const root = new URL(baseUrl).origin;
        const session = `verify-${runId}-${++counter}`;
        const control = createRemoteControl(root, { token: controlToken, session, timeoutMs: 10_000 });
        // A samock behind a proxy (Prism, say) forwards the API but not /__control.
        const reachable = await control.clock.get().then(
          () => true,
          () => false,
        );
        if (!reachable) throw new Skip(`moving the clock needs samock's control plane, and ${root}/__control did not answer`);
        cleanups.push(() => control.sessions.delete(session));
        return {
          headers: { 'x-samock-session': session },
          async advance(ms) {
            try {
              await control.clock.advance(ms);
            } catch (error) {
              const status = error instanceof ControlError ? error.status : 0;
              throw new ContractFailure(`POST ${root}/__control/clock/advance: expected status 200, got ${status || (error as Error).message}`, 200, status);
            }
          },
        };
      },
    };
    try {
      await check.run(t);
      finish('passed');
    } catch (error) {
      const reason = error instanceof ContractFailure || error instanceof Skip ? error.message : `${(error as Error).name}: ${(error as Error).message}`;
      if (error instanceof Skip) finish('skipped', reason);
      // Against samock an inferred check is the mock's own promise; against another server it
      // was only samock's guess about the vendor, and the server just showed what it does.
      // Only a well-formed answer that contradicts what the check expects can show that: a 5xx,
      // a request that got no answer, or an answer that breaks the spec is a failure as always.
      else if (!isSamock && check.provenance && 'inferred' in check.provenance && isGuessEvidence(error, serverErrors))
        finish('guess-wrong', `samock's guess was wrong — the server does otherwise: ${reason} (samock inferred: ${check.provenance.inferred})`);
      else
        finish(
          'failed',
          serverErrors.length && !(error instanceof ContractFailure && error.kind !== 'expectation')
            ? `${reason} (the server answered ${serverErrors.join(', ')})`
            : reason,
        );
    } finally {
      // Clean-up failures are not the check's verdict, but they must not stop the run. Last
      // registered, first run, one at a time: a resource created inside a private session is
      // deleted before the session itself (run at once, the delete could recreate the session).
      judging = false;
      for (const task of cleanups.reverse())
        await Promise.resolve()
          .then(task)
          .catch(() => undefined);
    }
  }
  const hint = answers.total > 0 && answers.notFound === answers.total ? await baseUrlHint(baseUrl, contract) : undefined;
  return { api: contract.api, baseUrl, isSamock, results, ...(hint && { hint }) };
}

async function rawRequest(baseUrl: string, path: string, init: { method?: string; headers: Record<string, string>; body?: string }): Promise<ContractResponse> {
  const method = init.method ?? 'GET';
  const request = `${method} ${new URL(baseUrl + path).pathname}`;
  try {
    const response = await fetch(baseUrl + path, { ...init, method, signal: AbortSignal.timeout(15_000) });
    const text = await response.text();
    let body: unknown = text === '' ? undefined : text;
    try {
      if (text !== '') body = JSON.parse(text);
    } catch {
      // Not JSON: the text is the body, as the report should show it.
    }
    return { status: response.status, headers: Object.fromEntries(response.headers), body, request };
  } catch (error) {
    throw new ContractFailure(`${request}: the request failed: ${(error as Error).message}`, undefined, undefined, 'transport');
  }
}

/** An expectation an inferred check states, failed on a server that answered without a 5xx. */
function isGuessEvidence(error: unknown, serverErrors: readonly string[]): boolean {
  return error instanceof ContractFailure && error.kind === 'expectation' && serverErrors.length === 0;
}

async function call(
  baseUrl: string,
  defaultToken: string,
  operations: Map<string, SpecOperation>,
  operationId: string,
  options: CallOptions = {},
  judge = true,
): Promise<ContractResponse> {
  const operation = operations.get(operationId);
  if (!operation) throw new Error(`The spec has no operation "${operationId}".`);
  let path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = options.params?.[name];
    if (value === undefined) throw new Error(`${operationId} needs the path parameter "${name}".`);
    return encodeURIComponent(value);
  });
  if (options.trailingSlash) path += '/';
  const method = options.method ?? operation.method;
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const token = options.token === undefined ? defaultToken : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;

  const spec = pactum
    .spec()
    .withMethod(method)
    .withPath(baseUrl + path)
    .withRequestTimeout(15_000);
  if (options.query) spec.withQueryParams(options.query);
  if (options.rawBody !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json';
    spec.withBody(options.rawBody);
  } else if (options.body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json';
    spec.withBody(JSON.stringify(options.body));
  }
  spec.withHeaders(headers);
  const query = options.query ? `?${new URLSearchParams(options.query)}` : '';
  const request = `${method} ${new URL(baseUrl + path).pathname}${query}`;

  let res: { statusCode: number; headers: Record<string, string | undefined>; body: unknown };
  try {
    res = (await spec.toss()) as typeof res;
  } catch (error) {
    throw new ContractFailure(`${request}: the request failed: ${(error as Error).message}`, undefined, undefined, 'transport');
  }
  const response: ContractResponse = { status: res.statusCode, headers: res.headers, body: normaliseBody(res.body), request };

  // Every answer to a documented method is checked against the spec.
  if (judge && options.method === undefined) {
    const issues = operation.validators.response(response.status, response.headers['content-type'], response.body);
    if (issues.length) {
      const detail = issues.map((issue) =>
        issue.rule === 'status'
          ? `status ${response.status} is not documented (documented: ${String(issue.expected)})`
          : `${issue.pointer || '/'} [${issue.rule}] ${issue.message}; expected ${JSON.stringify(issue.expected)}, got ` +
            `${JSON.stringify(SECRET_POINTER.test(issue.pointer) ? '«redacted»' : issue.actual)}`,
      );
      throw new ContractFailure(
        `${request} → ${response.status}: the response breaks the spec (${operationId}): ${detail.join('; ')}; body ${describeBody(response.body)}`,
        undefined,
        undefined,
        'spec',
      );
    }
  }
  return response;
}

/** pactum parses JSON bodies; empty bodies arrive as ''. */
function normaliseBody(body: unknown): unknown {
  return body === '' ? undefined : body;
}

/**
 * Every request missed: the base URL is likely the server root or another API's. A samock server
 * says where it mounts the API (`GET /__control/apis`); for others, the spec's server path.
 */
export async function baseUrlHint(baseUrl: string, contract: Pick<Contract, 'api' | 'spec'>): Promise<string> {
  const origin = new URL(baseUrl).origin;
  let prefix: string | undefined;
  try {
    prefix = (await createRemoteControl(origin, { timeoutMs: 5_000 }).apis()).find((entry) => entry.id === contract.api)?.prefix;
  } catch {
    // Not samock, or its control plane is off: fall back to the spec.
  }
  const fromSpec = (contract.spec.servers?.[0]?.url ?? '').replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/\/+$/, '');
  const suggested = `${origin}${prefix ?? fromSpec}`;
  const source =
    prefix !== undefined
      ? `this samock server serves ${contract.api} under "${prefix || '/'}"`
      : `${contract.api}'s spec puts its API under "${fromSpec || '/'}"`;
  return suggested === baseUrl
    ? `every request answered 404 — is ${contract.api} served at ${baseUrl}?`
    : `every request answered 404: ${source} — try --base-url ${suggested}`;
}

/** Whether the API at `baseUrl` is served by samock (for callers that hold a spec, not a contract). */
export function detectSamockAt(baseUrl: string, spec: Contract['spec'], api: string, token: string, headers: Record<string, string>): Promise<boolean> {
  return detectSamock(baseUrl.replace(/\/+$/, ''), compileSpecOperations(api, spec), token, headers);
}

/** A samock server marks every API answer (errors included) with `x-samock-api`; one GET shows it. */
async function detectSamock(baseUrl: string, operations: Map<string, SpecOperation>, token: string, headers: Record<string, string>): Promise<boolean> {
  const probe = [...operations.values()].find((op) => op.method === 'GET');
  if (!probe) return false;
  const path = probe.path.replace(/\{[^}]+\}/g, 'samock-probe');
  try {
    const response = await fetch(baseUrl + path, { headers: { authorization: `Bearer ${token}`, ...headers }, signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    return response.headers.has(SAMOCK_API_HEADER);
  } catch {
    return false;
  }
}

interface SamockAuth {
  mode: 'permissive' | 'strict' | undefined;
  /** Why the mode is unknown, when it is. */
  unreadable?: string;
}

/** samock's auth mode for this API, from `GET /__control/apis` at the target's origin. */
async function readSamockAuth(baseUrl: string, api: string, token: string | undefined): Promise<SamockAuth> {
  const root = new URL(baseUrl).origin;
  const url = `${root}/__control/apis`;
  try {
    const listing = await createRemoteControl(root, { token, timeoutMs: 10_000 }).apis();
    const mode = listing.find((entry) => entry.id === api)?.auth;
    return mode ? { mode } : { mode: undefined, unreadable: `GET ${url} does not list ${api}` };
  } catch (error) {
    if (error instanceof ControlError) return { mode: undefined, unreadable: `GET ${url} answered ${error.status}` };
    return { mode: undefined, unreadable: `GET ${url} failed: ${(error as Error).message}` };
  }
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let delay = 50;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new ContractFailure(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 1000);
  }
}
