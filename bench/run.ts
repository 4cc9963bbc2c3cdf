// `npm run bench`: start bare / ideal / samock / prism each in its own child
// process, drive them with autocannon from this process, and compare against
// the "Quality targets" of /work/shared/design.md.
//
// All servers are started first, one at a time (start-up is timed with nothing
// else under load); then each measurement runs in ROUNDS segments round-robin
// over the servers, so a burst of unrelated load on the machine hits all of
// them alike, and req/s / p99 are the median over the segments.
//
// Env: BENCH_DURATION=<seconds> per measurement (default 8, or 2 with BENCH_QUICK=1),
//      BENCH_ROUNDS=<n> segments per measurement (default 4, or 2 with BENCH_QUICK=1),
//      BENCH_QUICK=1 (smoke run: 2 s, 10,000 stored accounts instead of 100,000),
//      BENCH_ONLY=samock,ideal (run a subset; ratios needing a missing server are skipped).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUTH, JSON_HEADERS, combine, createLoad, getLoad, uniqueCreateBody, type LoadResult, type Measured } from './load.js';
import {
  type Child,
  freePort,
  httpRequest,
  installCleanupHandlers,
  memoryOf,
  pinSelf,
  removeLogs,
  spawnServer,
  stopAll,
  stopServer,
  waitUntilAnswering,
} from './processes.js';
import { ensureJava, stubWireMock, WIREMOCK_WARMUP_S, wiremockCommand, wiremockJar, wiremockUnavailable } from './wiremock.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.env.BENCH_QUICK === '1';
const DURATION_S = Number(process.env.BENCH_DURATION ?? (QUICK ? 2 : 8));
const WARMUP_S = QUICK ? 0.5 : 1;
/** Each measurement is split into this many segments, run round-robin over the servers. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? (QUICK ? 2 : 4)));
const STORED = QUICK ? 10_000 : 100_000;
const SEED_ACCOUNTS = 10;
const ONLY = process.env.BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);

type ServerName = 'bare' | 'ideal' | 'samock' | 'prism' | 'wiremock';

interface ServerDef {
  name: ServerName;
  nodeArgs(port: number): string[];
  /** The program to run (default node): WireMock runs on java. */
  program?: string;
  /** Called once it answers, before the first create (WireMock's stubs). */
  prepare?(port: number): Promise<void>;
  /** Collection paths to try for create, in order; the first that answers 2xx is used. */
  basePaths: string[];
  /** GET path polled to measure start-up; any answer below 500 counts. */
  probePath: string;
  /** Whether it keeps state, so the large-store phase means something. */
  stateful: boolean;
}

/**
 * The bare and ideal servers as plain JavaScript (esbuild, at the start of main): started with
 * tsx they paid its loader (≈ 150 ms) at start-up, which samock, running built JavaScript, does not.
 */
const BUILT = join(ROOT, 'bench');
const wiremockRoot = join(tmpdir(), `samock-bench-wiremock-${process.pid}`);
const SERVERS: ServerDef[] = [
  {
    name: 'bare',
    nodeArgs: (port) => [join(BUILT, 'bare-server.built.mjs'), String(port)],
    basePaths: ['/v2/service-accounts'],
    probePath: '/',
    stateful: false,
  },
  {
    name: 'ideal',
    nodeArgs: (port) => [join(BUILT, 'ideal-server.built.mjs'), String(port)],
    basePaths: ['/v2/service-accounts'],
    probePath: '/v2/service-accounts/startup-probe', // 404: answered
    stateful: true,
  },
  {
    name: 'samock',
    // What `npm start` runs: the bin over the built JavaScript (built at the start of main), with
    // every API, as start-up is measured for all five.
    nodeArgs: (port) => ['bin/samock.mjs', 'serve', '--port', String(port), '--ready-after', '0'],
    basePaths: ['/v2/service-accounts'],
    probePath: '/v2/service-accounts',
    stateful: true,
  },
  {
    name: 'prism',
    // Prism serves the spec's paths without the server URL's /v2 prefix; the
    // base-path detection below confirms which one answers.
    nodeArgs: (port) => [join(ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js'), 'mock', 'specs/lyve.yaml', '-p', String(port), '-h', '127.0.0.1'],
    basePaths: ['/service-accounts', '/v2/service-accounts'],
    probePath: '/service-accounts',
    stateful: false,
  },
  {
    name: 'wiremock',
    // Canned stubs (bench/wiremock.ts): GET answers one fixed account, POST stores nothing.
    program: 'java',
    nodeArgs: (port) => wiremockCommand(ROOT, port, wiremockRoot).args,
    prepare: stubWireMock,
    basePaths: ['/v2/service-accounts'],
    probePath: '/__admin/mappings',
    stateful: false,
  },
];

interface Memory {
  rssMB: number | null;
  peakMB: number | null;
}

interface ServerResult {
  name: ServerName;
  pid: number;
  startupMs: number;
  basePath: string;
  getPath: string;
  /** RSS right after start-up. */
  memoryIdle: Memory;
  get: Measured;
  memoryAfterGet: Memory;
  create: Measured;
  memoryAfterCreate: Memory;
  createdTotal: number;
  large?: { stored: number; getPath: string; fillSeconds: number; get: Measured; memory: Memory };
  warnings: string[];
}

/** A server that started, with what the phases have learned about it so far. */
interface Running {
  def: ServerDef;
  child: Child;
  port: number;
  startupMs: number;
  basePath: string;
  getPath: string;
  firstId?: string;
  createdTotal: number;
  memoryIdle: Memory;
  warnings: string[];
  result: Partial<ServerResult>;
  largeStore?: { stored: number; getPath: string; fillSeconds: number };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function phaseWarnings(server: Running, phase: string, result: LoadResult): void {
  const bad = result.non2xx + result.errors;
  if (bad > Math.max(1, result.total * 0.001)) {
    const line =
      `WARNING ${server.def.name} ${phase}: ${result.non2xx} non-2xx, ${result.errors} errors (${result.timeouts} timeouts) of ${result.total}; status ` +
      `codes ${JSON.stringify(result.statusCodes)}`;
    server.warnings.push(line);
    log(`  ${line}`);
  }
}

async function createOne(port: number, basePath: string): Promise<{ status: number; id?: string; body: string }> {
  const answer = await httpRequest(port, 'POST', basePath, JSON_HEADERS, uniqueCreateBody());
  let id: string | undefined;
  try {
    const parsed = JSON.parse(answer.body) as { id?: unknown };
    if (typeof parsed.id === 'string') id = parsed.id;
  } catch {
    /* not JSON */
  }
  return { status: answer.status, id, body: answer.body };
}

const STARTUP_SAMPLES = QUICK ? 3 : 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Extra cold starts of a server, each to its first answer, then stopped. */
async function moreStartups(def: ServerDef, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const spawnedAt = performance.now();
    const child = spawnServer(`${def.name}-startup`, def.nodeArgs(port), ROOT, def.program);
    try {
      times.push(await waitUntilAnswering(child, port, def.probePath, AUTH, spawnedAt));
    } finally {
      await stopServer(child);
    }
  }
  return times;
}

/** Start one server (nothing else is under load meanwhile), time it, find its create path, seed it. */
async function startServer(def: ServerDef): Promise<Running> {
  const port = await freePort();
  log(`[${def.name}] starting on 127.0.0.1:${port}`);
  const spawnedAt = performance.now();
  const child = spawnServer(def.name, def.nodeArgs(port), ROOT, def.program);
  try {
    const firstStartMs = await waitUntilAnswering(child, port, def.probePath, AUTH, spawnedAt);
    const memoryIdle = memoryOf(child.pid);
    // One cold start varies by ±20 % here; the Node servers (≈ 0.1–0.3 s each) are started a few
    // more times and the median kept. The JVM and prism (≈ 1 s) are timed once.
    const samples = [firstStartMs, ...(def.program === undefined || def.program === process.execPath ? await moreStartups(def, STARTUP_SAMPLES - 1) : [])];
    const startupMs = Math.round(median(samples));
    log(`[${def.name}]   answering after ${startupMs} ms (median of ${samples.map(Math.round).join(', ')}; pid ${child.pid}, RSS ${memoryIdle.rssMB} MB)`);
    const warnings: string[] = [];
    await def.prepare?.(port);

    // Find the collection path that creates ("check and adapt": prism drops the /v2 server prefix).
    let basePath: string | undefined;
    let firstId: string | undefined;
    const tried: string[] = [];
    for (const candidate of def.basePaths) {
      const created = await createOne(port, candidate);
      tried.push(`${candidate} → ${created.status}`);
      if (created.status >= 200 && created.status < 300) {
        basePath = candidate;
        firstId = created.id;
        break;
      }
    }
    if (!basePath) throw new Error(`${def.name}: no create path answered 2xx (${tried.join(', ')})`);
    if (tried.length > 1) log(`[${def.name}]   create path: ${tried.join(', ')}`);
    let createdTotal = 1;
    for (let i = 1; i < SEED_ACCOUNTS; i++) {
      const created = await createOne(port, basePath);
      if (created.status < 200 || created.status >= 300) throw new Error(`${def.name}: seed create answered ${created.status}: ${created.body}`);
      createdTotal += 1;
    }
    const getPath = `${basePath}/${encodeURIComponent(firstId ?? '200001')}`;
    const check = await httpRequest(port, 'GET', getPath, AUTH);
    if (check.status !== 200) {
      const line = `WARNING ${def.name}: GET ${getPath} answered ${check.status} before the run: ${check.body.slice(0, 200)}`;
      warnings.push(line);
      log(`  ${line}`);
    }
    return { def, child, port, startupMs, basePath, getPath, firstId, createdTotal, memoryIdle, warnings, result: {} };
  } catch (error) {
    await stopServer(child);
    throw error;
  }
}

/**
 * One measurement for several servers: warm each up, then run ROUNDS segments
 * of DURATION_S / ROUNDS seconds, round-robin over the servers.
 */
async function measure(servers: Running[], label: string, load: (server: Running, durationS: number) => Promise<LoadResult>): Promise<Map<Running, Measured>> {
  const segmentS = DURATION_S / ROUNDS;
  log(`\n${label}: ${WARMUP_S} s warm-up each, then ${ROUNDS} × ${segmentS} s per server, interleaved`);
  const segments = new Map<Running, LoadResult[]>(servers.map((s) => [s, []]));
  for (const server of servers) {
    // The JVM's JIT needs far longer than node's: WireMock gets its minute (10 s in a quick run).
    const warmS = server.def.name === 'wiremock' ? (QUICK ? 10 : WIREMOCK_WARMUP_S) : WARMUP_S;
    const warm = await load(server, warmS);
    if (label.startsWith('create')) server.createdTotal += warm.ok2xx;
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const server of servers) {
      const segment = await load(server, segmentS);
      if (label.startsWith('create')) server.createdTotal += segment.ok2xx;
      segments.get(server)!.push(segment);
    }
  }
  const out = new Map<Running, Measured>();
  for (const server of servers) {
    const combined = combine(segments.get(server)!);
    phaseWarnings(server, label, combined);
    log(`[${server.def.name}]   ${combined.reqPerSec} req/s (segments ${combined.segments.map((s) => s.reqPerSec).join(', ')}), p99 ${combined.p99Ms} ms`);
    out.set(server, combined);
  }
  return out;
}

async function fill(server: Running): Promise<void> {
  const fillStart = performance.now();
  for (let round = 0; server.createdTotal < STORED - 1 && round < 5; round++) {
    const amount = STORED - 1 - server.createdTotal;
    log(`[${server.def.name}]   topping up: ${amount} creates to reach ${STORED.toLocaleString('en-US')}`);
    const result = await createLoad(server.port, server.basePath, { amount });
    server.createdTotal += result.ok2xx;
    if (result.non2xx + result.errors > 0) log(`  fill: ${result.non2xx} non-2xx, ${result.errors} errors`);
  }
  // GET@N reads the newest account (the one that makes exactly STORED), so a lookup that
  // scanned in insertion order would pay for every stored account.
  const last = await createOne(server.port, server.basePath);
  if (last.status >= 200 && last.status < 300) server.createdTotal += 1;
  if (server.createdTotal !== STORED) log(`  fill: ${server.def.name} holds ${server.createdTotal}, not exactly ${STORED}`);
  const fillSeconds = Math.round((performance.now() - fillStart) / 100) / 10;
  const getPath = `${server.basePath}/${encodeURIComponent(last.id ?? server.firstId ?? '200001')}`;
  server.largeStore = { stored: server.createdTotal, getPath, fillSeconds };
  log(`[${server.def.name}]   ${server.createdTotal.toLocaleString('en-US')} stored (fill took ${fillSeconds} s)`);
}

interface SessionCost {
  sessions: number;
  /** RSS growth per session that only made one request. */
  idleKB: number | null;
  /** RSS growth per session holding ACCOUNTS_PER_SESSION accounts. */
  withAccountsKB: number | null;
  accountsPerSession: number;
}

/**
 * What sessions cost on a fresh samock: 1,000 idle ones (one GET each), then 1,000 holding 5
 * accounts each. RSS deltas, so GC timing blurs them by a few MB either way.
 */
async function sessionCost(): Promise<SessionCost> {
  const count = 1000;
  const accounts = 5;
  const port = await freePort();
  const child = spawnServer('samock-sessions', ['bin/samock.mjs', 'serve', '--port', String(port), '--api', 'lyve', '--max-sessions', String(3 * count)], ROOT);
  try {
    await waitUntilAnswering(child, port, '/v2/service-accounts', AUTH, performance.now());
    log(`\nsessions: ${count} idle, then ${count} with ${accounts} accounts each (lyve, fresh process)`);
    const before = memoryOf(child.pid).rssMB;
    const inSession = (name: string) => ({ ...AUTH, 'x-samock-session': name });
    for (let i = 0; i < count; i++) await httpRequest(port, 'GET', '/v2/service-accounts', inSession(`idle-${i}`));
    const idle = memoryOf(child.pid).rssMB;
    for (let i = 0; i < count; i++) {
      for (let k = 0; k < accounts; k++) {
        await httpRequest(port, 'POST', '/v2/service-accounts', { ...JSON_HEADERS, 'x-samock-session': `full-${i}` }, uniqueCreateBody());
      }
    }
    const full = memoryOf(child.pid).rssMB;
    const per = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.round(((a - b) * 1024) / count));
    const cost = { sessions: count, idleKB: per(idle, before), withAccountsKB: per(full, idle), accountsPerSession: accounts };
    log(`[samock]   idle session ≈ ${cost.idleKB} KB RSS; with ${accounts} accounts ≈ ${cost.withAccountsKB} KB`);
    return cost;
  } finally {
    await stopServer(child);
  }
}

// ---------------------------------------------------------------- reporting

function pad(value: string, width: number, right = false): string {
  return right ? value.padStart(width) : value.padEnd(width);
}

function fmt(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '-';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(results: ServerResult[]): string {
  const storedLabel = QUICK ? '10k' : '100k';
  const header = [
    'server',
    'start-up ms',
    'GET req/s',
    'GET p99',
    'create req/s',
    'create p99',
    `GET@${storedLabel} req/s`,
    `GET@${storedLabel} p99`,
    'non-2xx',
    'RSS idle MB',
    'RSS MB',
    `RSS@${storedLabel} MB`,
  ];
  const rows = results.map((r) => [
    r.name,
    fmt(r.startupMs),
    fmt(r.get.reqPerSec),
    fmt(r.get.p99Ms),
    fmt(r.create.reqPerSec),
    fmt(r.create.p99Ms),
    r.large ? fmt(r.large.get.reqPerSec) : '-',
    r.large ? fmt(r.large.get.p99Ms) : '-',
    fmt(r.get.non2xx + r.create.non2xx + (r.large?.get.non2xx ?? 0)),
    fmt(r.memoryIdle.rssMB),
    fmt(r.memoryAfterCreate.rssMB),
    r.large ? fmt(r.large.memory.rssMB) : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0, i > 0)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

interface Check {
  target: string;
  value: string;
  goal: string;
  status: 'PASS' | 'MISS' | 'n/a';
}

function checks(results: ServerResult[], sessions: SessionCost | undefined): Check[] {
  const by = (name: ServerName) => results.find((r) => r.name === name);
  const samock = by('samock');
  const ideal = by('ideal');
  const wiremock = by('wiremock');
  const bare = by('bare');
  const out: Check[] = [];
  const judge = (target: string, value: number | undefined, goal: string, pass: (v: number) => boolean, show: (v: number) => string) =>
    out.push(
      value === undefined || !Number.isFinite(value)
        ? { target, value: '-', goal, status: 'n/a' }
        : { target, value: show(value), goal, status: pass(value) ? 'PASS' : 'MISS' },
    );
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
  const x = (v: number) => `${v.toFixed(2)}×`;
  const r2 = (v: number) => v.toFixed(2);
  // Issue 14's targets, each a ratio to a server measured in the same run.
  judge('start-up, all five APIs / bare node:http', ratio(samock?.startupMs, bare?.startupMs), '≤ 2.5×', (v) => v <= 2.5, x);
  judge('GET-by-id / ideal', ratio(samock?.get.reqPerSec, ideal?.get.reqPerSec), '≥ 0.7', (v) => v >= 0.7, r2);
  judge('GET-by-id / warmed WireMock', ratio(samock?.get.reqPerSec, wiremock?.get.reqPerSec), '≥ 1.3×', (v) => v >= 1.3, x);
  judge('GET p99 / WireMock GET p99', ratio(samock?.get.p99Ms, wiremock?.get.p99Ms), '≤ 0.33', (v) => v <= 1 / 3, r2);
  judge('create / ideal', ratio(samock?.create.reqPerSec, ideal?.create.reqPerSec), '≥ 0.7', (v) => v >= 0.7, r2);
  judge(
    `RSS with ${STORED.toLocaleString('en-US')} accounts / ideal's${QUICK ? ' (quick: the target is at 100k)' : ''}`,
    ratio(samock?.large?.memory.rssMB ?? undefined, ideal?.large?.memory.rssMB ?? undefined),
    '≤ 2×',
    (v) => v <= 2,
    x,
  );
  judge(
    `GET at ${STORED.toLocaleString('en-US')} stored / GET at ${SEED_ACCOUNTS}`,
    ratio(samock?.large?.get.reqPerSec, samock?.get.reqPerSec),
    '≥ 0.9',
    (v) => v >= 0.9,
    r2,
  );
  if (samock) {
    const worst = Math.max(samock.get.p99Ms, samock.create.p99Ms, samock.large?.get.p99Ms ?? 0);
    judge(
      'samock p99, worst of GET, create, GET at N',
      worst,
      '≤ 10 ms',
      (v) => v <= 10,
      (v) => `${v} ms`,
    );
  }
  // Reported, not targets: what sessions cost, and the reference servers against each other.
  const info = (target: string, value: string | undefined) => value !== undefined && out.push({ target, value, goal: '(info)', status: 'n/a' });
  if (sessions) {
    info(`idle session, RSS per session (${sessions.sessions})`, sessions.idleKB === null ? undefined : `${sessions.idleKB} KB`);
    info(
      `session with ${sessions.accountsPerSession} accounts, RSS per session (${sessions.sessions})`,
      sessions.withAccountsKB === null ? undefined : `${sessions.withAccountsKB} KB`,
    );
  }
  const infoRatio = (target: string, a: number | undefined, b: number | undefined) => {
    const v = ratio(a, b);
    if (v !== undefined) info(target, v.toFixed(2));
  };
  infoRatio('samock start-up ms / bare', samock?.startupMs, bare?.startupMs);
  infoRatio('ideal/bare GET', ideal?.get.reqPerSec, bare?.get.reqPerSec);
  infoRatio('samock/bare GET', samock?.get.reqPerSec, bare?.get.reqPerSec);
  infoRatio('samock create / WireMock canned POST', samock?.create.reqPerSec, wiremock?.create.reqPerSec);
  return out;
}

function checkTable(list: Check[]): string {
  const w0 = Math.max(...list.map((c) => c.target.length));
  const w1 = Math.max(...list.map((c) => c.value.length));
  const w2 = Math.max(...list.map((c) => c.goal.length));
  return list.map((c) => `${c.target.padEnd(w0)}  ${c.value.padStart(w1)}  ${c.goal.padEnd(w2)}  ${c.status === 'n/a' ? '' : c.status}`.trimEnd()).join('\n');
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  installCleanupHandlers();
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const pinning = pinSelf();
  const started = performance.now();
  log(
    `samock bench: ${QUICK ? 'QUICK, ' : ''}${DURATION_S} s per measurement in ${ROUNDS} interleaved segments, ${WARMUP_S} s warm-up, 50 ` +
      `connections, ${STORED.toLocaleString('en-US')} stored accounts for the large-store run`,
  );
  const load = loadavg().map((n) => n.toFixed(2));
  log(`pinning: ${pinning}; node ${process.version}; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}); load average ${load.join(' ')}`);
  if (Number(load[0]) > 0.5) log('note: the machine is not idle; other work on either core skews the numbers');

  // bare and ideal as plain JavaScript, as samock runs (built): see BUILT.
  const { build } = await import('esbuild');
  for (const name of ['bare-server', 'ideal-server']) {
    await build({
      entryPoints: [join(ROOT, `bench/${name}.ts`)],
      outfile: join(BUILT, `${name}.built.mjs`),
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'warning',
    });
  }
  const wantsWiremock = !ONLY || ONLY.includes('wiremock');
  const javaProblem = wantsWiremock ? await ensureJava() : undefined;
  const wiremockProblem = javaProblem ?? (wantsWiremock ? wiremockUnavailable(ROOT) : 'not asked for (BENCH_ONLY)');
  const wiremock = wiremockProblem
    ? `wiremock: skipped (${wiremockProblem})`
    : `wiremock: ${wiremockJar(ROOT)?.split('/').pop() ?? 'jar'}, canned stubs, ${QUICK ? 10 : WIREMOCK_WARMUP_S} s JIT warm-up per measurement`;
  log(wiremock);

  const failures: string[] = [];
  const running: Running[] = [];
  log('\nstart-up (one server at a time, nothing else under load):');
  for (const def of SERVERS) {
    if (ONLY && !ONLY.includes(def.name)) continue;
    if (def.name === 'wiremock' && wiremockProblem) continue;
    try {
      running.push(await startServer(def));
    } catch (error) {
      const message = `${def.name}: FAILED to start: ${(error as Error).message}`;
      failures.push(message);
      log(message);
    }
  }

  const gets = await measure(running, `GET-by-id (${SEED_ACCOUNTS} stored)`, (server, durationS) => getLoad(server.port, server.getPath, durationS));
  for (const server of running) {
    server.result.get = gets.get(server);
    server.result.memoryAfterGet = memoryOf(server.child.pid);
  }

  const creates = await measure(running, 'create (POST, unique names)', (server, durationS) => createLoad(server.port, server.basePath, { durationS }));
  for (const server of running) {
    server.result.create = creates.get(server);
    server.result.memoryAfterCreate = memoryOf(server.child.pid);
  }

  // The create run stored as many accounts as each server could take in its time; to compare
  // memory at one count, the stateful servers start afresh and are filled to exactly STORED.
  const stateful: Running[] = [];
  for (const server of running.filter((candidate) => candidate.def.stateful)) {
    await stopServer(server.child);
    const restarted = await startServer(server.def);
    restarted.result = server.result;
    running[running.indexOf(server)] = restarted;
    stateful.push(restarted);
  }
  if (stateful.length > 0) {
    log(`\nfilling fresh stores to exactly ${STORED.toLocaleString('en-US')} accounts:`);
    for (const server of stateful) await fill(server);
    const large = await measure(stateful, `GET-by-id (${STORED.toLocaleString('en-US')}+ stored)`, (server, durationS) =>
      getLoad(server.port, server.largeStore!.getPath, durationS),
    );
    for (const server of stateful) {
      const memory = memoryOf(server.child.pid);
      server.result.large = { ...server.largeStore!, get: large.get(server)!, memory };
      log(`[${server.def.name}]   RSS with ${server.createdTotal.toLocaleString('en-US')} accounts: ${memory.rssMB} MB (peak ${memory.peakMB} MB)`);
    }
  }

  const sessions = running.some((server) => server.def.name === 'samock') ? await sessionCost() : undefined;

  const results: ServerResult[] = running.map((server) => ({
    name: server.def.name,
    pid: server.child.pid,
    startupMs: server.startupMs,
    basePath: server.basePath,
    getPath: server.getPath,
    memoryIdle: server.memoryIdle,
    get: server.result.get!,
    memoryAfterGet: server.result.memoryAfterGet!,
    create: server.result.create!,
    memoryAfterCreate: server.result.memoryAfterCreate!,
    createdTotal: server.createdTotal,
    large: server.result.large,
    warnings: server.warnings,
  }));
  await stopAll();
  removeLogs();

  const checkList = checks(results, sessions);
  const totalS = Math.round((performance.now() - started) / 1000);
  const out: string[] = [];
  out.push('');
  out.push(`samock bench (${QUICK ? 'quick, ' : ''}${DURATION_S} s per measurement in ${ROUNDS} segments, 50 connections, ${pinning}) — ${totalS} s total`);
  out.push('');
  out.push(table(results));
  out.push('');
  out.push(`GET = GET-by-id with ${SEED_ACCOUNTS} stored accounts; create = POST with unique names; req/s and p99 (ms) = median over`);
  out.push(`${ROUNDS} interleaved segments of ${DURATION_S / ROUNDS} s (each segment's req/s is autocannon's mean); start-up = spawn → first answer;`);
  const stored = results.filter((r) => r.large).map((r) => `${r.name} ${r.large?.stored.toLocaleString('en-US')}`);
  out.push(
    `RSS idle right after start-up, RSS after the create ` +
      `run${stored.length > 0 ? `, RSS@N after the GET run with N stored accounts (${stored.join(', ')}); GET@N reads the newest account` : ''}.`,
  );
  out.push(wiremock);
  out.push('');
  out.push('Targets (issue 14; each a ratio to a server measured in this run):');
  out.push(checkTable(checkList));
  const warnings = results.flatMap((r) => r.warnings);
  if (warnings.length > 0 || failures.length > 0) {
    out.push('');
    for (const w of [...failures, ...warnings]) out.push(w);
  }
  process.stdout.write(`${out.join('\n')}\n`);

  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, 'latest.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        config: { quick: QUICK, durationS: DURATION_S, rounds: ROUNDS, warmupS: WARMUP_S, connections: 50, storedTarget: STORED, seedAccounts: SEED_ACCOUNTS },
        environment: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, pinning, loadAverageAtStart: load.map(Number) },
        wiremock,
        servers: results,
        sessions,
        checks: checkList,
        failures,
        totalSeconds: totalS,
      },
      null,
      2,
    )}\n`,
  );
  log(`results written to ${file}`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch(async (error: unknown) => {
  log(`bench failed: ${(error as Error)?.stack ?? String(error)}`);
  await stopAll();
  process.exit(1);
});
