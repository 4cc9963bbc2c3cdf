import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import type { OpenApiDocument } from '../../core/openapi.js';
import type { Provenance } from '../define-contract.js';
import { baseUrlHint, type CheckResult, type ContractReport } from '../runner.js';
import { describeBody } from '../expect.js';
import { toCurl } from './curl.js';
import { operationModels, pathNames, resourceChains, type OperationModel, type ResourceChain } from './operations.js';
import { invalidRequests, validRequests, type DrawContext, type GeneratedRequest } from './requests.js';
import { createSender, type Answer } from './send.js';
import { createStateProbe, type StateProbe } from './state-probe.js';

export interface GenerateOptions {
  /** The API's id (reports) and spec. */
  api: string;
  spec: OpenApiDocument;
  /** The API's base URL, as in its spec's servers (lyve: `…/v2`). */
  baseUrl: string;
  token: string;
  /** Whether the target is samock (decides the default of `allowWrites`). */
  isSamock: boolean;
  /** Send writes (POST, PUT, PATCH, DELETE). Default: only against samock. */
  allowWrites?: boolean;
  /** Every name the run creates starts with it. */
  prefix?: string;
  /** Requests to send for this API, clean-up and shrinking not counted. */
  maxRequests: number;
  /** At most this many requests a second (undefined: as fast as the server answers). */
  rate?: number;
  seed: number;
  /** Sent with every request (`X-Samock-Session`). */
  headers?: Record<string, string>;
  /** Called after every request; the CLI prints a progress line from it. */
  onProgress?(sent: number, budget: number, failures: number): void;
}

/** Property runs per phase and round: every operation gets a share before any gets a second one. */
const RUNS_PER_ROUND = 25;
/** Shrinking a failure sends requests too; past this many the smallest failure so far is kept. */
const MAX_SHRINK_STEPS = 150;
/** Fewer creates than this, all refused (each for a documented reason), are too few to call it a failure. */
const MIN_RUNS_FOR_ACCEPTANCE = 40;
/** After this many requests with no answer at all (timeouts, refused connections), the run stops: shrinking would pay each timeout again. */
const MAX_UNANSWERED = 3;
/** A run whose schema-valid requests got no 2xx at all, out of at least this many, tested only refusals. */
const MIN_VALID_FOR_ACCEPTANCE = 10;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const FROM_SPEC: Provenance = { documented: "generated from the API's spec: its schemas, parameters, security and documented responses" };

interface Phase {
  name: string;
  /** Sends writes: skipped unless writes are allowed. */
  writes: boolean;
  /** The property's input, or why there is none. */
  arbitrary: (() => fc.Arbitrary<unknown>) | string;
  /** One run: sends what it needs; a problem (the verdict) or undefined when all is well. */
  judge(input: unknown): Promise<string | undefined>;
  /** The request to print for a failing input. */
  describe(input: unknown): GeneratedRequest;
  runs: number;
  /** A create's phase: at least one of its schema-valid creates must be accepted (counted here). */
  accepted?: number;
  failure?: string;
  startedAt?: number;
  durationMs: number;
}

/**
 * `verify --generate` for one API: requests generated from the spec, valid and invalid (one rule
 * broken each), and create → read → change → delete sequences with ids from earlier answers; every
 * answer judged against the spec; a failure shrunk by fast-check to a small request and printed as
 * a curl command. Reported as a contract report (one result per operation and kind), so the
 * console, JUnit and Markdown reports need nothing new.
 */
export async function runGenerated(options: GenerateOptions): Promise<ContractReport> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const models = operationModels(options.api, options.spec);
  const chains = resourceChains(models);
  const allowWrites = options.allowWrites ?? options.isSamock;
  const prefix = options.prefix ?? 'samock-verify-';
  const runId = randomBytes(3).toString('hex');
  let names = 0;
  const sender = createSender(baseUrl, options.rate);
  const created: { chain: ResourceChain; params: Record<string, string> }[] = [];
  const known = new Map<string, Set<string>>();
  const ctx: DrawContext = {
    document: options.spec,
    token: options.token,
    headers: options.headers ?? {},
    known: (parameter) => [...(known.get(parameter) ?? [])].slice(-20),
    freshName: () => `${prefix}${runId}-${++names}`,
  };
  const remember = (parameter: string, value: string) => {
    if (!known.has(parameter)) known.set(parameter, new Set());
    known.get(parameter)!.add(value);
  };
  /** A deleted resource's id is drawn no more (a create that references it would be refused). */
  const forget = (model: OperationModel, request: GeneratedRequest, answer: Answer) => {
    const chain = chains.find((c) => c.remove === model);
    if (chain && answer.status >= 200 && answer.status < 300) known.get(chain.idParameter)?.delete(pathParamsOf(model, request)[lastPathName(model)] ?? '');
  };
  const probes = new Map<ResourceChain, StateProbe>();
  const probeFor = (chain: ResourceChain | undefined) => {
    if (!chain?.list) return undefined;
    if (!probes.has(chain)) probes.set(chain, createStateProbe(chain.list, ctx, new URL(baseUrl).pathname.replace(/\/+$/, '')));
    return probes.get(chain);
  };

  let failures = 0;
  let shrinking = false;
  let shrinkSteps = 0;
  const budget = { left: options.maxRequests };
  /** All answers 404: the base URL is the server root or another API's (said once, with the URL that would match). */
  const answers = { total: 0, notFound: 0, unanswered: 0 };
  /** Answers to schema-valid requests (the valid phases' own sends), by status: all refused means the token or the base URL is wrong. */
  const validStatuses = new Map<number, number>();
  let budgeted = 0;
  /** Sends a request the budget pays for (shrinking goes on past it, up to its own cap). */
  const send = async (request: GeneratedRequest): Promise<Answer> => {
    const answer = await sender.send(request);
    answers.total++;
    if (answer.status === 404) answers.notFound++;
    if (answer.status === 0) answers.unanswered++;
    if (!shrinking) {
      budget.left--;
      budgeted++;
    }
    options.onProgress?.(Math.min(budgeted, options.maxRequests), options.maxRequests, failures);
    return answer;
  };
  const stopped = () => answers.unanswered >= MAX_UNANSWERED;
  /** The run's token, wherever an answer echoes it (a failure's text ends up in CI logs). */
  const hideToken = (text: string) => (options.token.length >= 6 ? text.split(options.token).join('$SAMOCK_TOKEN') : text);

  /** What every answer must be: an answer, no 5xx, a documented status, a body the spec describes. */
  const judgeAnswer = (model: OperationModel, request: GeneratedRequest, answer: Answer): string | undefined => {
    const said = `${shown(request)} → ${answer.status}`;
    if (answer.error) return `${shown(request)}: no answer (${answer.error})`;
    if (answer.status >= 500) return `${said}: a server error (${describe(answer.body)})`;
    const issues = model.validators.response(answer.status, answer.headers['content-type'], answer.body);
    if (issues.length === 0) return undefined;
    const detail = issues.map((issue) =>
      issue.rule === 'status'
        ? `status ${answer.status} is not documented (documented: ${String(issue.expected)})`
        : `${issue.pointer || '/'} [${issue.rule}] ${issue.message}`,
    );
    return `${said}: the answer breaks the spec: ${detail.join('; ')}; body ${describe(answer.body)}`;
  };

  /** A request as messages show it: method and the whole path (the base URL's own path too: `/v2/…`). */
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const shown = (request: GeneratedRequest) => {
    const search = new URLSearchParams(request.query).toString();
    return `${request.method} ${basePath}${request.path}${search ? `?${search}` : ''}`;
  };
  const chainOfCreate = new Map(chains.map((chain) => [chain.create, chain]));
  const chainOfItem = (model: OperationModel) => chains.find((chain) => chain.itemOperations.includes(model) || chain.create === model);

  /** A created resource: its id remembered for later requests, read back, kept for clean-up. */
  const afterCreate = async (chain: ResourceChain, request: GeneratedRequest, answer: Answer): Promise<string | undefined> => {
    const id = findId(answer.body, chain.idParameter);
    if (id === undefined)
      return `${shown(request)} → ${answer.status}: created, but the answer holds no id for {${chain.idParameter}}; ` + `body ${describe(answer.body)}`;
    const params = { ...pathParamsOf(chain.create, request), [chain.idParameter]: id };
    created.push({ chain, params });
    remember(chain.idParameter, id);
    if (!chain.read) return undefined;
    const read = itemRequest(chain.read, ctx, params);
    const readAnswer = await send(read);
    const problem = judgeAnswer(chain.read, read, readAnswer);
    if (problem) return `read back after a create: ${problem}`;
    if (readAnswer.status < 200 || readAnswer.status > 299)
      return `${shown(request)} → ${answer.status} created ${id}, but ${shown(read)} answered ${readAnswer.status}; ` + `body ${describe(readAnswer.body)}`;
    return undefined;
  };

  /** The create a sequence's input really sent (its path pinned to a parent made for it). */
  const sentCreate = new WeakMap<object, GeneratedRequest>();
  /**
   * For a create whose path names another chain's resource (`/apitoken/serviceaccount/{id}`):
   * makes one and returns the request pinned to it, a problem if making it broke the spec, or
   * undefined (no parent, or the parent's create was refused: the drawn request goes as drawn).
   */
  const withParent = async (chain: ResourceChain, request: GeneratedRequest, seed: number): Promise<GeneratedRequest | string | undefined> => {
    for (const name of pathNames(chain.create.path)) {
      const parent = chains.find((c) => c !== chain && c.idParameter === name && !pathNames(c.create.path).includes(name));
      const arbitrary = parent && validRequests(parent.create, ctx);
      if (!parent || !arbitrary) continue;
      const [parentRequest] = fc.sample(arbitrary, { seed, numRuns: 1 });
      const answer = await send(parentRequest!);
      const problem = judgeAnswer(parent.create, parentRequest!, answer);
      if (problem) return `creating the ${name} this create needs: ${problem}`;
      if (answer.status < 200 || answer.status > 299 || isDryRun(parentRequest!)) return undefined;
      const madeProblem = await afterCreate(parent, parentRequest!, answer);
      if (madeProblem) return madeProblem;
      return pinPath(chain.create, request, { ...pathParamsOf(chain.create, request), [name]: created[created.length - 1]!.params[parent.idParameter]! });
    }
    return undefined;
  };

  const phases: Phase[] = [];
  for (const model of orderForChains(models, chains)) {
    const writes = !SAFE_METHODS.has(model.method);
    const chain = chainOfCreate.get(model);
    const valid = () => validRequests(model, ctx);
    const phase: Phase = {
      name: `${model.operationId}: schema-valid requests are answered as documented${chain ? ', and what they create can be read back' : ''}`,
      writes,
      arbitrary: valid() ? (valid as () => fc.Arbitrary<unknown>) : 'no request the spec accepts could be drawn (its samples break its own schema)',
      describe: (input) => input as GeneratedRequest,
      judge: async (input) => {
        const request = input as GeneratedRequest;
        const answer = await send(request);
        if (!shrinking && answer.status > 0) validStatuses.set(answer.status, (validStatuses.get(answer.status) ?? 0) + 1);
        const problem = judgeAnswer(model, request, answer);
        if (problem) return problem;
        forget(model, request, answer);
        if (chain && answer.status >= 200 && answer.status < 300 && !isDryRun(request)) {
          phase.accepted!++;
          return afterCreate(chain, request, answer);
        }
        return undefined;
      },
      runs: 0,
      durationMs: 0,
      ...(chain && { accepted: 0 }),
    };
    phases.push(phase);
  }
  for (const model of models) {
    const writes = !SAFE_METHODS.has(model.method);
    const invalid = () => invalidRequests(model, ctx);
    const probe = writes ? probeFor(chainOfItem(model)) : undefined;
    phases.push({
      name: `${model.operationId}: requests that break one rule of the spec are refused with a documented 4xx${probe ? ' and change nothing' : ''}`,
      writes,
      arbitrary: invalid() ? (invalid as () => fc.Arbitrary<unknown>) : 'no valid request to break could be drawn',
      describe: (input) => input as GeneratedRequest,
      judge: async (input) => {
        const request = input as GeneratedRequest;
        const before = probe ? await probe.read(send) : undefined;
        const answer = await send(request);
        // Accepted is the news, whatever else the answer breaks.
        if (answer.status >= 200 && answer.status < 400)
          return `${request.breaks}: ${shown(request)} → ${answer.status}: accepted a request the spec forbids; body ${describe(answer.body)}`;
        const problem = judgeAnswer(model, request, answer);
        if (problem) return `${request.breaks}: ${problem}`;
        if (answer.status < 400 || answer.status > 499) return `${request.breaks}: ${shown(request)} → ${answer.status}: not refused with a 4xx`;
        if (probe && before !== undefined) {
          const after = await probe.read(send);
          if (after !== undefined && after !== before) return `${request.breaks}: refused with ${answer.status}, but ${probe.describe(before, after)}`;
        }
        return undefined;
      },
      runs: 0,
      durationMs: 0,
    });
  }
  for (const chain of chains) {
    const steps = [chain.read, ...chain.itemOperations.filter((m) => m !== chain.read && m !== chain.remove && !isDeleteLike(m)), chain.remove].filter(
      (m): m is OperationModel => m !== undefined,
    );
    const names = [chain.create, ...steps].map((m) => m.operationId);
    const sequence: Phase = {
      name: `sequence ${names.join(' → ')}: ids from each answer, every answer as documented${chain.remove && chain.read ? ', gone after the delete' : ''}`,
      writes: true,
      arbitrary: validRequests(chain.create, ctx)
        ? () => fc.tuple(validRequests(chain.create, ctx)!, fc.nat())
        : 'no create request the spec accepts could be drawn',
      describe: (input) => sentCreate.get(input as object) ?? (input as [GeneratedRequest, number])[0],
      judge: async (input) => {
        const [drawnRequest, seed] = input as [GeneratedRequest, number];
        // A create under another resource (a token of a service account): that resource made
        // first, so the sequence does not hang on ids that earlier phases may have deleted.
        const parentProblem = await withParent(chain, drawnRequest, seed);
        if (typeof parentProblem === 'string') return parentProblem;
        const request = parentProblem ?? drawnRequest;
        sentCreate.set(input as object, request);
        const answer = await send(request);
        const problem = judgeAnswer(chain.create, request, answer);
        if (problem) return problem;
        // A documented refusal (a role that does not exist, a name taken): the server's right; at least one must pass (below).
        if (answer.status < 200 || answer.status > 299 || isDryRun(request)) return undefined;
        sequence.accepted!++;
        const createdProblem = await afterCreate(chain, request, answer);
        if (createdProblem) return createdProblem;
        const params = created[created.length - 1]!.params;
        for (const step of steps) {
          const arbitrary = validRequests(step, { ...ctx, known: (name) => (params[name] !== undefined ? [params[name]] : ctx.known(name)) });
          if (!arbitrary) continue;
          const [drawn] = fc.sample(arbitrary, { seed, numRuns: 1 });
          const stepRequest = pinPath(step, drawn!, step === chain.remove ? removeParams(chain, params) : params);
          const stepAnswer = await send(stepRequest);
          const stepProblem = judgeAnswer(step, stepRequest, stepAnswer);
          if (stepProblem) return `after creating ${params[chain.idParameter]}: ${stepProblem}`;
          forget(step, stepRequest, stepAnswer);
        }
        if (chain.remove && chain.read) {
          const read = itemRequest(chain.read, ctx, params);
          const gone = await send(read);
          if (gone.status >= 200 && gone.status < 300)
            return `${chain.remove.operationId} answered as documented, but ${shown(read)} still answers ${gone.status} afterwards`;
        }
        return undefined;
      },
      runs: 0,
      durationMs: 0,
      accepted: 0,
    };
    phases.push(sequence);
  }

  // Round after round over every phase, until the budget is spent: each operation gets its share
  // before any gets more, and a long run finds more than a short one.
  const runnable = phases.filter((phase) => typeof phase.arbitrary !== 'string' && (allowWrites || !phase.writes));
  // Small budgets too reach every phase in the first round.
  const runsPerRound = Math.max(1, Math.min(RUNS_PER_ROUND, Math.floor(options.maxRequests / Math.max(1, runnable.length * 2))));
  for (let round = 0; budget.left > 0 && !stopped() && runnable.some((phase) => !phase.failure); round++) {
    for (const [index, phase] of runnable.entries()) {
      if (budget.left <= 0 || stopped()) break;
      if (phase.failure) continue;
      const started = performance.now();
      const outcome = await checkPhase(phase, options.seed + round * 7919 + index);
      phase.durationMs += performance.now() - started;
      if (outcome) {
        phase.failure = outcome;
        failures++;
      }
    }
  }

  // A sequence that never got past its create proved nothing about the operations after it.
  for (const phase of phases)
    if (phase.accepted === 0 && phase.runs >= MIN_RUNS_FOR_ACCEPTANCE && !phase.failure)
      phase.failure =
        `none of ${phase.runs} schema-valid creates was accepted (each refused with a documented 4xx), ` + 'so nothing it creates was read back or used';

  const validSent = [...validStatuses.values()].reduce((a, b) => a + b, 0);
  const validAccepted = [...validStatuses].filter(([status]) => status >= 200 && status < 300).reduce((a, [, n]) => a + n, 0);
  const refusedAll =
    validSent >= MIN_VALID_FOR_ACCEPTANCE && validAccepted === 0
      ? `none of the ${validSent} schema-valid requests was accepted (${[...validStatuses]
          .sort((a, b) => b[1] - a[1])
          .map(([status, n]) => `${status} ×${n}`)
          .join(', ')}): every check saw only refusals, so nothing the API does was tested. ` +
        'Check the token (--token / SAMOCK_TOKEN), its rights, and the base URL'
      : undefined;

  // Clean-up: what the run created, deleted (not judged, not counted).
  for (const { chain, params } of created.reverse()) {
    if (!chain.remove) continue;
    await sender.send(itemRequest(chain.remove, ctx, removeParams(chain, params))).catch(() => undefined);
  }

  const results: CheckResult[] = phases.map((phase) => {
    if (phase.failure) phase.failure = hideToken(phase.failure);
    const base = { name: phase.name, durationMs: Math.round(phase.durationMs) };
    if (typeof phase.arbitrary === 'string') return { ...base, status: 'skipped', reason: phase.arbitrary };
    if (phase.writes && !allowWrites)
      return { ...base, status: 'skipped', reason: 'sends writes: run with --allow-writes (only against a server you may change)' };
    if (phase.failure) return { ...base, status: 'failed', reason: phase.failure };
    if (phase.runs === 0 && stopped())
      return { ...base, status: 'skipped', reason: `the server stopped answering (${answers.unanswered} requests got no answer), so the run stopped` };
    if (phase.runs === 0) return { ...base, status: 'skipped', reason: `the request budget (--max-requests ${options.maxRequests}) ran out first` };
    const none = phase.accepted === 0 ? `; none of its creates was accepted, too few to tell (${MIN_RUNS_FOR_ACCEPTANCE} are)` : '';
    return { ...base, status: 'passed', reason: `${phase.runs} generated${none}` };
  });
  if (refusedAll) results.push({ name: 'schema-valid requests: at least one is accepted', durationMs: 0, status: 'failed', reason: refusedAll });
  if (stopped())
    results.push({
      name: 'the server answers every request',
      durationMs: 0,
      status: 'failed',
      reason:
        `${answers.unanswered} requests got no answer (timeouts or closed connections), ` +
        `so the run stopped after ${budgeted} request${budgeted === 1 ? '' : 's'}`,
    });
  const sent = budgeted;
  const hint = answers.total > 0 && answers.notFound === answers.total ? await baseUrlHint(baseUrl, { api: options.api, spec: options.spec }) : undefined;
  return {
    api: options.api,
    baseUrl,
    isSamock: options.isSamock,
    results: results.map((result) => ({ ...result, provenance: FROM_SPEC })),
    ...(hint && { hint }),
    generated: { requests: sent, total: sender.count(), seed: options.seed, created: created.length },
  };

  /** Runs the phase's property for one round; the shrunk failure as text (curl included), or undefined. */
  async function checkPhase(phase: Phase, seed: number): Promise<string | undefined> {
    const arbitrary = (phase.arbitrary as () => fc.Arbitrary<unknown>)();
    const verdicts = new Map<unknown, string>();
    const property = fc.asyncProperty(arbitrary, async (input) => {
      if (shrinking && (++shrinkSteps > MAX_SHRINK_STEPS || stopped())) return true;
      if (!shrinking && (budget.left <= 0 || stopped())) return true;
      if (!shrinking) phase.runs++;
      const verdict = await phase.judge(input);
      if (verdict === undefined) return true;
      verdicts.set(input, verdict);
      shrinking = true;
      return false;
    });
    try {
      const result = await fc.check(property, { numRuns: runsPerRound, seed });
      if (!result.failed || !result.counterexample) return undefined;
      const [input] = result.counterexample;
      // The verdict the shrunk input got when it failed (sent again, a create would meet its own
      // name and answer 409: no second send).
      const request = phase.describe(input);
      const verdict = verdicts.get(input) ?? (await phase.judge(input)) ?? 'failed once, and passed when sent again';
      return `${verdict}\n  reproduce (shrunk, seed ${seed}): ${toCurl(baseUrl, request, options.token)}`;
    } finally {
      shrinking = false;
      shrinkSteps = 0;
    }
  }
}

/** Creates first (their ids feed the rest), deletes last. */
function orderForChains(models: OperationModel[], chains: ResourceChain[]): OperationModel[] {
  const rank = (model: OperationModel) => (chains.some((chain) => chain.create === model) ? 0 : model.method === 'DELETE' ? 2 : 1);
  return [...models].sort((a, b) => rank(a) - rank(b));
}

/** A create the request asks only to check (TrueFoundry's `dryRun: true`): it stores nothing to read back or clean up. */
function isDryRun(request: GeneratedRequest): boolean {
  const flag = (name: string) => /^dry_?run$/i.test(name);
  if (request.query.some(([name, value]) => flag(name) && value !== 'false')) return true;
  const body = request.value;
  return !!body && typeof body === 'object' && Object.entries(body).some(([name, value]) => flag(name) && value === true);
}

const lastPathName = (model: OperationModel) => [...model.path.matchAll(/\{([^}]+)\}/g)].at(-1)?.[1] ?? '';

/** The path parameters of the chain's delete: its last one is the created id (wavefront's `DELETE /account/{id}` names it its own way). */
const removeParams = (chain: ResourceChain, params: Record<string, string>) =>
  chain.remove ? { ...params, [lastPathName(chain.remove)]: params[chain.idParameter]! } : params;

/** A POST under the item that deletes (`…/deleteAccounts`): not a step to run in the middle of a sequence. */
const isDeleteLike = (model: OperationModel) => model.method === 'DELETE' || /delete|remove|revoke/i.test(model.operationId);

function pathParamsOf(model: OperationModel, request: GeneratedRequest): Record<string, string> {
  const names = [...model.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const pattern = new RegExp(`^${model.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '([^/]*)')}$`);
  const values = pattern.exec(request.path)?.slice(1) ?? [];
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(values[i] ?? '')]));
}

/** The operation's path with these parameters, and the drawn request's query, headers and body. */
function pinPath(model: OperationModel, drawn: GeneratedRequest, params: Record<string, string>): GeneratedRequest {
  const drawnParams = pathParamsOf(model, drawn);
  const path = model.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? drawnParams[name] ?? ''));
  return { ...drawn, path };
}

/** A bodiless request to an item operation (read, delete) with these path parameters. */
function itemRequest(model: OperationModel, ctx: DrawContext, params: Record<string, string>): GeneratedRequest {
  const drawn = validRequests(model, ctx);
  const base = drawn
    ? fc.sample(drawn, { seed: 1, numRuns: 1 })[0]!
    : { operationId: model.operationId, method: model.method, path: model.path, query: [], headers: {} };
  return pinPath(model, { ...base, query: base.query }, params);
}

/** The id a create answered: the item parameter's own name, else `id`, searched a few levels deep. */
export function findId(body: unknown, parameter: string): string | undefined {
  const wanted = [parameter.toLowerCase(), `${parameter.toLowerCase()}id`, 'id', 'identifier', 'uuid'];
  let level: unknown[] = [body];
  for (let depth = 0; depth < 4 && level.length; depth++) {
    const next: unknown[] = [];
    for (const node of level) {
      if (Array.isArray(node)) next.push(...(node as unknown[]));
      if (!node || typeof node !== 'object' || Array.isArray(node)) continue;
      for (const name of wanted) {
        const key = Object.keys(node).find((k) => k.toLowerCase() === name);
        const value = key === undefined ? undefined : (node as Record<string, unknown>)[key];
        if (typeof value === 'string' || typeof value === 'number') return String(value);
      }
      next.push(...Object.values(node as Record<string, unknown>));
    }
    level = next;
  }
  return undefined;
}

/** A body as a failure shows it: secrets redacted (reports end up in CI logs), long ones cut. */
const describe = (body: unknown): string => (typeof body === 'string' ? describeBody(body.length > 300 ? `${body.slice(0, 300)}…` : body) : describeBody(body));
