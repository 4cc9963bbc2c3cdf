import type { OpenApiDocument } from '../core/openapi.js';

/** A response as a contract check sees it. */
export interface ContractResponse {
  status: number;
  headers: Record<string, string | undefined>;
  /** Parsed JSON when the body is JSON, text otherwise; undefined when empty. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an answer of any shape: the checks read it freely and expect* judges it
  body: any;
  /** What was sent, for failure messages: `POST /v2/service-accounts`. */
  request: string;
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** A JSON body. */
  body?: unknown;
  /** A raw body sent as is (with `contentType`), for malformed-input checks. */
  rawBody?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** The bearer token; `null` sends no Authorization header. Defaults to the target's token. */
  token?: string | null;
  /** Append a trailing slash to the path. */
  trailingSlash?: boolean;
  /** Send with another method than the spec's (for 405 checks). */
  method?: string;
}

export interface CheckContext {
  /** True when the target answered as a samock server (it sets `x-samock-api`). */
  isSamock: boolean;
  /** The target's API base URL (as given, without a trailing slash). */
  baseUrl: string;
  token: string;
  /** Calls an operation of the spec by operationId and checks the response against the spec. */
  call(operationId: string, options?: CallOptions): Promise<ContractResponse>;
  /**
   * A request to a path under the base URL that is no operation of the spec (an unknown path,
   * say), with the check's token. Not judged against the spec; the body is parsed JSON, or the
   * text when it is not JSON. A 5xx or no answer counts as an outage, as with `call`.
   */
  request(path: string, init?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<ContractResponse>;
  /** A name for a resource this run creates, carrying the run's prefix. */
  uniqueName(label: string): string;
  /** Registers clean-up to run after the check, pass or fail. */
  cleanup(task: () => Promise<unknown>): void;
  /** Ends the check as skipped, with the reason reported. */
  skip(reason: string): never;
  /**
   * How samock judges this API's credentials (`permissive`: any token; `strict`: only issued
   * or listed ones), read from its control plane; undefined against other servers (which are
   * strict by nature) or when samock's control plane cannot be read.
   */
  samockAuth(): Promise<'permissive' | 'strict' | undefined>;
  /**
   * Skips the check, saying why, unless the target refuses credentials it never issued: a
   * samock in permissive auth, or one whose auth mode cannot be read (`--no-control`). Other
   * servers are strict by nature, so the check runs.
   */
  requireStrictAuth(): Promise<void>;
  /**
   * A session of its own on a samock target, with a clock the check may move (deleted after
   * the check). Skips the check against other servers: only samock's clock can be moved.
   * Send `headers` with every call that should happen in the session.
   */
  privateSession(): Promise<{ headers: Record<string, string>; advance(ms: number): Promise<void> }>;
  /** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. */
  waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs?: number): Promise<T>;
}

/**
 * Where a check's expectation comes from. `documented`: the vendor document and the place in
 * it (`seed 002, responses table: 409`). `inferred`: why samock believes it, where no document
 * says. A real server that contradicts an inferred check shows that samock guessed wrong, not
 * that the vendor drifted, and verify reports it apart from failures.
 */
export type Provenance = { documented: string } | { inferred: string };

export interface Check {
  name: string;
  /** Where the expectation comes from (required of every check; see Provenance). */
  provenance?: Provenance;
  /** Creates, changes or deletes resources: runs only with writes allowed. */
  writes?: boolean;
  /** Relies on samock-only behaviour (reserved tokens, seed data): skipped against other servers. */
  samockOnly?: string;
  /**
   * The check sends requests that break the spec on purpose (a body or parameter its
   * schema refuses, malformed JSON, another content type or method, no credentials where
   * the spec requires them, a path the spec does not declare); a validating proxy such
   * as Prism answers them itself, so the Prism cross-check skips it.
   */
  sendsInvalidRequests?: true;
  run(t: CheckContext): Promise<void>;
}

export interface Contract {
  api: string;
  spec: OpenApiDocument;
  checks: Check[];
}

export function defineContract(contract: Contract): Contract {
  const names = new Set<string>();
  for (const check of contract.checks) {
    if (names.has(check.name)) throw new Error(`Contract ${contract.api} has two checks named "${check.name}".`);
    names.add(check.name);
    const provenance = check.provenance as Record<string, unknown> | undefined;
    if (
      provenance !== undefined &&
      !(typeof provenance.documented === 'string' && provenance.documented.trim()) &&
      !(typeof provenance.inferred === 'string' && provenance.inferred.trim())
    ) {
      throw new Error(`Contract ${contract.api}, check "${check.name}": provenance must be { documented: '<document and place>' } or { inferred: '<why>' }.`);
    }
  }
  return contract;
}

/** How a report shows a provenance: `documented: …` or `inferred: …`. */
export function describeProvenance(provenance: Provenance | undefined): string {
  if (!provenance) return 'provenance not recorded';
  return 'documented' in provenance ? `documented: ${provenance.documented}` : `inferred: ${provenance.inferred}`;
}
