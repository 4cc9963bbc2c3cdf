import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, startTestServer, type TestServer } from '../helpers.js';
import { lyveLeakingSecrets } from './fixtures.js';
import { findAll, parseXml } from './xml.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const samock = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile('node', [...CLI, 'verify', ...args], { timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });

describe('samock verify on the command line', () => {
  let good: TestServer;
  let drifted: TestServer;
  let dir: string;
  beforeAll(async () => {
    [good, drifted, dir] = await Promise.all([
      // Short readiness keeps the spawn fast; nothing here depends on which timing checks pass.
      startTestServer({ api: 'lyve', readyAfterMs: 50 }),
      startTestServer({ apis: [lyveLeakingSecrets], strict: false, readyAfterMs: 50 }),
      mkdtemp(join(tmpdir(), 'samock-verify-')),
    ]);
  });
  afterAll(() => Promise.all([good.close(), drifted.close(), rm(dir, { recursive: true, force: true })]));

  it('with --against a drifted server: exits 1, prints the parity table and writes JUnit and Markdown', async () => {
    const junit = join(dir, 'nested', 'junit.xml');
    const report = join(dir, 'report.md');
    const run = await samock('--api', 'lyve,nscale', '--base-url', good.url, '--against', drifted.url, '--junit', junit, '--report', report);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/Parity: A = http:\/\/127\.0\.0\.1:\d+, B = http:\/\/127\.0\.0\.1:\d+\n {2}[1-9]\d* of \d+ checks differ \(listed first\)/);
    expect(run.stdout).toMatch(/ {2}≠ passed {6}FAILED {6}lyve: the secret and access key are never returned again/);
    // nscale is not served by either server: both fail it alike, so it is no parity difference.
    const suites = findAll(parseXml(await readFile(junit, 'utf8')), 'testsuite').map((s) => s.attributes.name);
    expect(suites).toEqual(['lyve @ A', 'nscale @ A', 'lyve @ B', 'nscale @ B']);
    const markdown = await readFile(report, 'utf8');
    expect(markdown).toContain(`- **Target A:** ${good.url}`);
    expect(markdown).toContain(`| lyve | A | ${good.url}/v2 |`);
    expect(markdown).toContain('## Parity');
  }, 180_000);

  it('exits 2 with a clear message on a usage error, before sending anything', async () => {
    const run = await samock('--api', 'lyve,nope', '--base-url', good.url);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('samock verify: unknown API "nope"; known: lyve, lakesail, nscale, wavefront, truefoundry, or "all".');
    expect(run.stdout).toBe('');
  }, 60_000);
});
