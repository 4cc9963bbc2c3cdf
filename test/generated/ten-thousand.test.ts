/**
 * The proof of `verify --generate` against samock itself, as a CI job runs it: `samock serve` in
 * one process, `samock verify --generate` in another, 10,000 generated requests per API over HTTP,
 * zero failures, and every refused write checked against a list read before and after it.
 * The seed is fixed so that CI is repeatable; SAMOCK_GENERATE_SEED draws other requests.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { CLI } from '../helpers.js';
import { freePort } from '../replicas/harness.js';

const SEED = process.env.SAMOCK_GENERATE_SEED ?? '20261207';
const PER_API = 10_000;
let server: ReturnType<typeof spawn>;
let root: string;

beforeAll(async () => {
  const port = await freePort();
  root = `http://127.0.0.1:${port}`;
  server = spawn('node', [...CLI, 'serve', '--port', String(port), '--ready-after', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/\n\s+control\s/.test(output)) resolve();
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.once('exit', (code) => reject(new Error(`samock serve exited ${code}:\n${output}`)));
  });
});

afterAll(() => {
  server?.kill('SIGKILL');
});

it(`answers ${PER_API.toLocaleString('en')} generated requests per API over HTTP with no failure, and no refused write changes state`, async () => {
  const started = performance.now();
  const { stdout, stderr } = await promisify(execFile)(
    'node',
    [...CLI, 'verify', '--api', 'all', '--base-url', root, '--generate', '--max-requests', String(PER_API), '--seed', SEED],
    { maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { code: number; stdout: string; stderr: string }) => {
    throw new Error(`verify --generate exited ${error.code}:\n${error.stdout}\n${error.stderr}`);
  });
  const minutes = (performance.now() - started) / 60_000;
  console.log(`verify --generate: ${vendors.length} APIs × ${PER_API} requests in ${minutes.toFixed(1)} min (seed ${SEED})`);
  expect(stderr).toContain(`seed ${SEED}`);
  // At least the budget: the header counts what was sent, and a sequence started before the budget ran out is finished.
  for (const api of vendors) {
    const sent = new RegExp(`${api.id} generated checks \\(([\\d,]+) requests, seed ${SEED}\\)`).exec(stdout)?.[1];
    expect(Number(sent?.replace(/,/g, '')), api.id).toBeGreaterThanOrEqual(PER_API);
    expect(Number(sent?.replace(/,/g, '')), api.id).toBeLessThan(PER_API + 20);
  }
  expect(stdout).toMatch(/Total \(5 APIs\): \d+ passed, 0 failed, 0 skipped/);
  // Refused writes were checked for state changes (a list before and after each), in every API that has a list.
  const stateChecked = stdout.split('\n').filter((line) => /✓ .*requests that break one rule .* and change nothing/.test(line));
  expect(stateChecked.length).toBeGreaterThanOrEqual(vendors.length);
}, 900_000);
