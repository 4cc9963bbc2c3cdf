// `npm run bench:replicas`: throughput of a shared mock through nginx (deploy/nginx, as test/replicas
// runs it) with one replica and with two, beside one replica served directly, GET-by-id over many
// sessions. Every process shares this machine's cores with the load generator: the CPU each one
// spent per request is measured too, so the scaling on a machine with more cores can be argued
// from the figures rather than read off this one.
//
//   SAMOCK_BENCH_SECONDS=10 SAMOCK_BENCH_ROUNDS=3 npm run bench:replicas [-- --json out.json]
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, freePort, startNginx, startReplica, type Nginx, type Replica } from '../test/replicas/harness.js';

const SESSIONS = 64;
const CONNECTIONS = 50;
const WARMUP_S = 3;
const DURATION_S = Number(process.env.SAMOCK_BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.SAMOCK_BENCH_ROUNDS ?? 3);
const AUTH = { authorization: 'Bearer bench-token' };
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU time (user + system) a process has used, in ms, from /proc. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** nginx's master and its workers. */
function nginxPids(master: number): number[] {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === master;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [master, ...children];
}

interface Target {
  session: string;
  path: string;
}

interface Config {
  name: string;
  url: string;
  replicas: Replica[];
  nginx?: Nginx;
  targets: Target[];
  /** Sessions per replica, as the x-samock-replica header showed while seeding. */
  spread: Record<string, number>;
}

/** One lyve account per session, created through `url`; the GET-by-id path of each. */
async function seed(url: string, prefix: string): Promise<{ targets: Target[]; spread: Record<string, number> }> {
  const targets: Target[] = [];
  const spread: Record<string, number> = {};
  for (let i = 0; i < SESSIONS; i++) {
    const session = `${prefix}-${i}`;
    const created = await call(`${url}/v2/service-accounts`, { method: 'POST', session, body: { name: `bench-${i}`, permissions: ['default-permission'] } });
    if (created.status !== 200) throw new Error(`seeding ${session} through ${url} answered ${created.status}`);
    targets.push({ session, path: `/v2/service-accounts/${(created.body as { id: string }).id}` });
    spread[created.replica!] = (spread[created.replica!] ?? 0) + 1;
  }
  return { targets, spread };
}

interface Measure {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  total: number;
  /** CPU ms per 1,000 requests: the replicas together, nginx, and the load generator. */
  cpuPerK: { replicas: number; nginx: number; loadgen: number };
}

function load(config: Config, durationS: number) {
  let next = 0;
  return autocannon({
    url: config.url,
    connections: CONNECTIONS,
    duration: durationS,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const target = config.targets[next++ % config.targets.length]!;
          return { ...request, path: target.path, headers: { ...AUTH, 'x-samock-session': target.session } };
        },
      },
    ],
  });
}

async function measure(config: Config): Promise<Measure> {
  await load(config, WARMUP_S);
  const pidsOfNginx = config.nginx ? nginxPids(config.nginx.process.pid!) : [];
  const sample = () => ({
    replicas: config.replicas.reduce((sum, r) => sum + cpuMs(r.process.pid!), 0),
    nginx: pidsOfNginx.reduce((sum, pid) => sum + cpuMs(pid), 0),
    loadgen: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  });
  const before = sample();
  const result = await load(config, DURATION_S);
  const after = sample();
  const total = result['2xx'] + result.non2xx;
  const perK = (key: keyof typeof before) => Math.round(((after[key] - before[key]) / Math.max(total, 1)) * 1000 * 10) / 10;
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    total,
    cpuPerK: { replicas: perK('replicas'), nginx: perK('nginx'), loadgen: perK('loadgen') },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
  const stateDir = mkdtempSync(join(tmpdir(), 'samock-bench-replicas-'));
  const ports = [await freePort(), await freePort()];
  const replicas = await Promise.all(
    ['a', 'b'].map((name, i) => startReplica(name, ports[i]!, join(stateDir, `${name}.json`), ['--max-sessions', '1000', '--journal-cap', '100'])),
  );
  const [one, two] = [await startNginx([ports[0]!]), await startNginx(ports)];
  try {
    const configs: Config[] = [
      { name: 'direct, 1 replica', url: replicas[0]!.url, replicas: [replicas[0]!], ...(await seed(replicas[0]!.url, 'direct')) },
      { name: 'nginx, 1 replica', url: one.url, replicas: [replicas[0]!], nginx: one, ...(await seed(one.url, 'n1')) },
      { name: 'nginx, 2 replicas', url: two.url, replicas, nginx: two, ...(await seed(two.url, 'n2')) },
    ];
    const runs = new Map<string, Measure[]>(configs.map((c) => [c.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotated each round, so a burst of other load on the machine does not land on one configuration.
      for (const config of [...configs.slice(round % 3), ...configs.slice(0, round % 3)]) {
        const m = await measure(config);
        runs.get(config.name)!.push(m);
        console.log(`round ${round + 1} ${config.name.padEnd(18)} ${String(m.reqPerSec).padStart(6)} req/s  p99 ${m.p99Ms} ms  non-2xx ${m.non2xx}`);
      }
    }
    const summary = configs.map((config) => {
      const ms = runs.get(config.name)!;
      const pick = (f: (m: Measure) => number) => median(ms.map(f));
      return {
        config: config.name,
        spread: config.spread,
        reqPerSec: pick((m) => m.reqPerSec),
        p50Ms: pick((m) => m.p50Ms),
        p99Ms: pick((m) => m.p99Ms),
        non2xx: ms.reduce((n, m) => n + m.non2xx, 0),
        errors: ms.reduce((n, m) => n + m.errors, 0),
        cpuMsPer1000: { replicas: pick((m) => m.cpuPerK.replicas), nginx: pick((m) => m.cpuPerK.nginx), loadgen: pick((m) => m.cpuPerK.loadgen) },
        rounds: ms.map((m) => m.reqPerSec),
      };
    });
    const [direct, nginx1, nginx2] = summary as [(typeof summary)[0], (typeof summary)[0], (typeof summary)[0]];
    console.log(
      `\n${availableParallelism()} cores, ${CONNECTIONS} connections, ${SESSIONS} sessions per configuration, GET-by-id (lyve), ${ROUNDS} × ${DURATION_S} s`,
    );
    console.log('configuration       req/s   p50   p99  non-2xx  sessions per replica   CPU ms per 1,000 requests (replicas / nginx / load generator)');
    for (const s of summary) {
      const spread = Object.entries(s.spread)
        .map(([name, n]) => `${name}:${n}`)
        .join(' ');
      const cpu = s.cpuMsPer1000;
      console.log(
        `${s.config.padEnd(18)} ${String(s.reqPerSec).padStart(6)} ${String(s.p50Ms).padStart(5)} ${String(s.p99Ms).padStart(5)} ` +
          `${String(s.non2xx).padStart(8)}  ${spread.padEnd(21)} ${cpu.replicas} / ${cpu.nginx} / ${cpu.loadgen}`,
      );
    }
    const ratio = Math.round((nginx2.reqPerSec / nginx1.reqPerSec) * 100) / 100;
    console.log(
      `\n2 replicas / 1 replica through nginx: ${ratio}×   nginx / direct with 1 replica: ${Math.round((nginx1.reqPerSec / direct.reqPerSec) * 100) / 100}×`,
    );
    // Per request, each part needs this much of a core; with a core for each process, the replicas
    // are the limit, and N of them serve N times what one serves while nginx and the clients keep up.
    const perReq = nginx1.cpuMsPer1000;
    const replicaCeiling = Math.round(1_000_000 / perReq.replicas);
    const coresFor = (replicasN: number) =>
      Math.round(((replicaCeiling * replicasN * (perReq.replicas + perReq.nginx + perReq.loadgen)) / 1_000_000) * 10) / 10;
    console.log(
      `one replica saturating its own core would serve ≈ ${replicaCeiling} req/s; N replicas ≈ N × that, needing ≈ ${coresFor(1)} cores per replica ` +
        `in all (replica + nginx + load generator), e.g. ${coresFor(4)} cores for 4.`,
    );
    const report = {
      machine: { cores: availableParallelism() },
      connections: CONNECTIONS,
      sessions: SESSIONS,
      durationS: DURATION_S,
      summary,
      ratio,
      replicaCeiling,
    };
    if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await Promise.all([one.stop(), two.stop()]);
    await Promise.all(replicas.map((r) => r.stop()));
    for (const dir of [stateDir, one.prefix, two.prefix]) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
