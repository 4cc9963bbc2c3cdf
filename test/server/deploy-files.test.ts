/**
 * deploy/: the Kubernetes manifests cannot be applied here, so they are read and held to samock's
 * own paths, flags and limits, and their samock arguments are run; the nginx template is rendered
 * and checked by nginx itself when it is installed (test/replicas runs it for real).
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../../src/server/start-server.js';
import { DEFAULT_LIMITS } from '../../src/core/limits.js';
import { MAX_DELAY_MS } from '../../src/control/prefer.js';
import { LIVE_PATH, READY_PATH } from '../../src/server/start-server.js';
import { NGINX, NGINX_CONF, NGINX_TEMPLATE, renderNginxConfig } from '../replicas/harness.js';
import { CLI } from '../helpers.js';

const deploy = new URL('../../deploy/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, deploy), 'utf8');
type Doc = Record<string, any>;
const docs = (file: string): Doc[] => parseAllDocuments(read(file)).map((d) => d.toJSON() as Doc);

const kustomization = parse(read('kubernetes/kustomization.yaml')) as { resources: string[] };
const manifests = kustomization.resources.flatMap((file) => docs(`kubernetes/${file}`));
const byKind = (kind: string) => manifests.filter((m) => m.kind === kind);
const deployment = byKind('Deployment')[0]!;
const service = byKind('Service')[0]!;
const ingress = byKind('Ingress')[0]!;
const container = deployment.spec.template.spec.containers[0];
const flag = (name: string) => (container.args as string[]).find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
/** The most a request can be held by samock: a fault's delayMs (specs/control.yaml, FaultFields) plus Prefer: delay=. */
const faultDelayMax = (parse(readFileSync(new URL('../../specs/control.yaml', import.meta.url), 'utf8')) as Doc).components.schemas.FaultFields.properties
  .delayMs.maximum as number;
const longestAnswerS = (faultDelayMax + MAX_DELAY_MS) / 1000;
/** When samock answers a request that has not all arrived 408: its --request-timeout, checked by Node once a second. */
const samockTimeoutS = DEFAULT_REQUEST_TIMEOUT_MS / 1000 + 1;

describe('deploy/kubernetes', () => {
  it('holds a Deployment, a Service and an Ingress, each with apiVersion, kind and name, and the Service selects the pods', () => {
    expect(manifests.map((m) => [m.apiVersion, m.kind])).toEqual([
      ['apps/v1', 'Deployment'],
      ['v1', 'Service'],
      ['networking.k8s.io/v1', 'Ingress'],
    ]);
    for (const m of manifests) expect(m.metadata.name).toBe('samock');
    expect(deployment.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
    expect(service.spec.selector).toEqual(deployment.spec.template.metadata.labels);
    expect(service.spec.ports[0].targetPort).toBe(container.ports[0].name);
  });

  it('pins sessions with ingress-nginx: upstream-hash-by on the session header, no retry elsewhere, to the Service', () => {
    const annotations = ingress.metadata.annotations as Record<string, string>;
    expect(annotations['nginx.ingress.kubernetes.io/upstream-hash-by']).toBe('$http_x_samock_session');
    expect(annotations['nginx.ingress.kubernetes.io/proxy-next-upstream']).toBe('off');
    expect(ingress.spec.ingressClassName).toBe('nginx');
    const backend = ingress.spec.rules[0].http.paths[0].backend.service;
    expect([backend.name, backend.port.name]).toEqual([service.metadata.name, service.spec.ports[0].name]);
  });

  it("has samock's limits and timeouts: bodies up to the state limit, answers as slow as a fault and Prefer delay together", () => {
    const annotations = ingress.metadata.annotations as Record<string, string>;
    expect(parseInt(annotations['nginx.ingress.kubernetes.io/proxy-body-size']!, 10) * 1024 * 1024).toBeGreaterThan(DEFAULT_LIMITS.maxStateBytes);
    expect(Number(annotations['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeGreaterThan(longestAnswerS);
    // Above samock's --request-timeout and Node's 1 s check of it: samock answers a slow request first.
    expect(Number(annotations['nginx.ingress.kubernetes.io/proxy-send-timeout'])).toBeGreaterThan(samockTimeoutS);
  });

  it('probes readiness and liveness at samock paths, on the container port', () => {
    expect(container.readinessProbe.httpGet).toEqual({ path: READY_PATH, port: container.ports[0].name });
    expect(container.livenessProbe.httpGet).toEqual({ path: LIVE_PATH, port: container.ports[0].name });
  });

  it('takes a pod out of the ring (moving its sessions) only after several slow or failed probes, not one', () => {
    expect(container.readinessProbe.failureThreshold).toBeGreaterThanOrEqual(3);
    expect(container.readinessProbe.timeoutSeconds).toBeGreaterThanOrEqual(2);
  });

  it('gives the pod time to drain, finish requests and write its state file before Kubernetes kills it', () => {
    const drainS = Number(flag('drain-delay')) / 1000;
    const shutdownS = Number(flag('shutdown-timeout')) / 1000;
    expect(drainS).toBeGreaterThan(0);
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(drainS + shutdownS + 5);
  });

  it('keeps the state file on a volume, names each replica after its pod, and takes the control token from a Secret', () => {
    const mount = (container.volumeMounts as { name: string; mountPath: string }[]).find((m) => m.mountPath === dirname(flag('state-file')!));
    expect(mount).toBeDefined();
    expect((deployment.spec.template.spec.volumes as { name: string }[]).map((v) => v.name)).toContain(mount!.name);
    const env = Object.fromEntries((container.env as { name: string; valueFrom: unknown }[]).map((e) => [e.name, e.valueFrom]));
    expect(env.SAMOCK_REPLICA).toEqual({ fieldRef: { fieldPath: 'metadata.name' } });
    expect(env.SAMOCK_CONTROL_TOKEN).toEqual({ secretKeyRef: { name: 'samock-control', key: 'token' } });
    expect(flag('host')).toBe('0.0.0.0');
  });

  it("runs: samock takes the container's arguments (on loopback, a temporary state file) and answers its probes", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samock-manifest-'));
    const args = (container.args as string[]).map((arg) =>
      arg.startsWith('--host=')
        ? '--host=127.0.0.1'
        : arg.startsWith('--port=')
          ? '--port=0'
          : arg.startsWith('--state-file=')
            ? `--state-file=${dir}/state.json`
            : arg,
    );
    const child = spawn('node', [...CLI, ...args], { env: { ...process.env, SAMOCK_REPLICA: 'samock-7d9c-abcde', SAMOCK_CONTROL_TOKEN: 'manifest-test' } });
    try {
      let output = '';
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /listening on http:\/\/[^:]+:(\d+)[\s\S]*\n\s+control\s/.exec(output);
          if (found) resolve(Number(found[1]));
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`samock exited ${code}: ${output}`)));
      });
      const ready = await fetch(`http://127.0.0.1:${port}${READY_PATH}`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', replica: 'samock-7d9c-abcde' }]);
      expect((await fetch(`http://127.0.0.1:${port}${LIVE_PATH}`)).status).toBe(200);
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('deploy/nginx', () => {
  const template = readFileSync(NGINX_TEMPLATE, 'utf8');

  it('has two placeholders only, for envsubst, and the same limits and timeouts as the Ingress', () => {
    expect([...new Set(template.match(/\$\{[A-Z_]+\}/g))].sort()).toEqual(['${SAMOCK_LISTEN}', '${SAMOCK_UPSTREAM_SERVERS}']);
    const annotations = ingress.metadata.annotations as Record<string, string>;
    expect(template).toContain(`proxy_read_timeout ${annotations['nginx.ingress.kubernetes.io/proxy-read-timeout']}s;`);
    expect(template).toContain(`proxy_send_timeout ${annotations['nginx.ingress.kubernetes.io/proxy-send-timeout']}s;`);
    expect(template).toContain(`proxy_connect_timeout ${annotations['nginx.ingress.kubernetes.io/proxy-connect-timeout']}s;`);
    expect(template).toContain(`client_max_body_size ${annotations['nginx.ingress.kubernetes.io/proxy-body-size']};`);
    // nginx's body and send timeouts count between two reads or writes, samock's the whole request:
    // strictly above it, samock's 408 always comes first.
    expect(Number(/client_body_timeout (\d+)s;/.exec(template)![1])).toBeGreaterThan(samockTimeoutS);
    expect(Number(/proxy_send_timeout (\d+)s;/.exec(template)![1])).toBeGreaterThan(samockTimeoutS);
    expect(Number(/proxy_read_timeout (\d+)s/.exec(template)![1])).toBeGreaterThan(longestAnswerS);
    expect(template).toMatch(/hash \$samock_session consistent;/);
    expect(template).toMatch(/proxy_next_upstream off;/);
  });

  it('lets every body samock would take or refuse itself reach samock (one body limit, above the API and state limits)', () => {
    const limits = [...template.matchAll(/^\s*client_max_body_size (\d+)m;/gm)].map((m) => Number(m[1]) * 1024 * 1024);
    expect(limits).toHaveLength(1);
    expect(limits[0]).toBeGreaterThan(DEFAULT_LIMITS.maxStateBytes);
    expect(limits[0]).toBeGreaterThan(DEFAULT_LIMITS.maxBodyBytes);
  });

  it('routes DELETE /__control/sessions/{id} by the id in the path, with or without a trailing slash', () => {
    const pattern = /~\^\/__control\/sessions\/(\S+)\s+\$1;/.exec(template)![1]!;
    const route = new RegExp(`^/__control/sessions/${pattern}`);
    expect(['/__control/sessions/ci-42', '/__control/sessions/ci-42/', '/__control/sessions/a.b_c:d-1'].map((uri) => route.exec(uri)?.[1])).toEqual([
      'ci-42',
      'ci-42',
      'a.b_c:d-1',
    ]);
    expect(['/__control/sessions/ci-42/x', '/__control/sessions/', '/__control/sessions//'].map((uri) => route.exec(uri)?.[1])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("answers the errors nginx makes itself (413, 502, 503, 504) in JSON, marked x-samock-balancer, and passes samock's own on", () => {
    expect(template).not.toMatch(/proxy_intercept_errors on/);
    for (const code of [413, 502, 503, 504]) {
      expect(template).toContain(`error_page ${code} @samock_${code};`);
      const location = new RegExp(`location @samock_${code} \\{([\\s\\S]*?)\\n {4}\\}`).exec(template)?.[1];
      expect(location, `location @samock_${code}`).toBeDefined();
      expect(location).toContain('default_type application/json;');
      expect(location).toContain('add_header x-samock-balancer nginx always;');
      const body = new RegExp(`return ${code} '((?:[^'\\\\]|\\\\.)*)';`).exec(location!)![1]!;
      // What nginx sends: its escapes undone, the upstream's address (a JSON string or null) filled in.
      const sent = body.replaceAll('\\n', '\n').replaceAll("\\'", "'").replaceAll('$samock_upstream_json', '"127.0.0.1:4011"');
      expect(JSON.parse(sent)).toMatchObject({ status: code, balancer: 'nginx', error: expect.any(String), detail: expect.any(String) });
    }
  });

  it('raises the open-file limit of its workers to two descriptors per connection', () => {
    const conf = readFileSync(NGINX_CONF, 'utf8');
    const connections = Number(/worker_connections (\d+);/.exec(conf)![1]);
    expect(Number(/worker_rlimit_nofile (\d+);/.exec(conf)?.[1])).toBeGreaterThanOrEqual(2 * connections);
  });

  const nginx = promisify(execFile)(NGINX, ['-v']).then(
    () => true,
    () => false,
  );
  it('is a configuration nginx accepts once rendered (nginx -t), when nginx is installed', async (context) => {
    if (!(await nginx)) context.skip('nginx is not installed (.ci/run installs it; test/replicas needs it)');
    const prefix = mkdtempSync(join(tmpdir(), 'samock-nginx-t-'));
    try {
      for (const sub of ['logs', 'temp']) mkdirSync(join(prefix, sub));
      copyFileSync(NGINX_CONF, join(prefix, 'nginx.conf'));
      writeFileSync(join(prefix, 'samock.conf'), renderNginxConfig(template, '127.0.0.1:8080', ['127.0.0.1:4011', '127.0.0.1:4012']));
      const { stderr } = await promisify(execFile)(NGINX, ['-t', '-p', `${prefix}/`, '-c', join(prefix, 'nginx.conf')]);
      expect(stderr).toMatch(/syntax is ok/);
      expect(stderr).toMatch(/test is successful/);
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});
