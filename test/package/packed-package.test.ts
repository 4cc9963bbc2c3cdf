/**
 * The package as users get it: packed, installed from the tarball into a fresh project
 * outside the repository, and used there by plain Node, tsc, vitest, Vite and the bin.
 * Slow (an npm install), so it runs as its own step of .ci/run: `npm run test:package`.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch } from '../browser/harness.js';
import { serveStatic } from './serve-static.js';

const exec = promisify(execFile);
const repo = process.cwd();
const versionOf = (name: string) => (JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
/**
 * The one-vendor page's budget, gzipped, with Vite's defaults (as test/browser-bundle.test.ts
 * holds it for the sources). The issue aimed at 150 KB: msw's worker alone is ≈ 155 KB under
 * Vite 8's defaults, so the aim is not met (README, "Browser bundle size").
 */
// 265, not 250, since issue 14: the vendor's validators come precompiled (lyve's ≈ 13 KB gzipped),
// so the page compiles no schema when it starts (≈ 100 ms of ajv work before).
const ONE_VENDOR_BUDGET_BYTES = 265 * 1024;

let project: string;
let packDir: string;

/**
 * `npx …` in a process group of its own: stopping it stops the samock server npx started too
 * (killing npx alone left the server listening after the run).
 */
function spawnGroup(args: string[], cwd: string) {
  const child = spawn('npx', args, { cwd, detached: true });
  return Object.assign(child, {
    stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  });
}

beforeAll(async () => {
  packDir = mkdtempSync(join(tmpdir(), 'samock-tarball-'));
  await exec('npm', ['pack', '--pack-destination', packDir], { cwd: repo });
  const tarball = join(
    packDir,
    readdirSync(packDir).find((name) => name.endsWith('.tgz'))!,
  );
  project = mkdtempSync(join(tmpdir(), 'samock-consumer-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  cpSync(join(repo, 'test/package/consumer'), project, { recursive: true });
  cpSync(join(repo, 'examples/own-api'), join(project, 'own-api'), { recursive: true });
  // The same versions as this repository's: npm's cache (filled by `npm ci`) serves them.
  const tools = ['msw', 'vitest', 'vite', 'typescript', '@types/node', 'tsx'].map((name) => `${name}@${versionOf(name)}`);
  await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...tools], { cwd: project, timeout: 280_000 });
}, 300_000);

afterAll(() => {
  for (const dir of [project, packDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('samock installed from its tarball', () => {
  it('holds only built JavaScript, declarations, the bin and the specs', () => {
    const root = join(project, 'node_modules/samock');
    expect(readdirSync(root).sort()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'package.json', 'specs']);
    const files = readdirSync(join(root, 'dist'), { recursive: true }).map(String);
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    expect(files.some((file) => /test/.test(file))).toBe(false);
  });

  it('serves lyve from a plain Node ESM script: create, readiness on the clock, the secret shown once', async () => {
    const { stdout } = await exec('node', ['serve-lyve.mjs'], { cwd: project, timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual({ status: 200, hasSecret: true, readyBefore: false, readyAfter: true, secretShownAgain: false });
  });

  it.each([
    ['node16', []],
    ['node16', ['--exactOptionalPropertyTypes']],
    ['bundler', []],
    ['bundler', ['--exactOptionalPropertyTypes']],
  ])('type-checks a typed use of the public API under strict, moduleResolution %s %s, with no error from inside samock', async (resolution, extra) => {
    const module = resolution === 'node16' ? 'node16' : 'esnext';
    const args = ['tsc', '--noEmit', '--strict', '--skipLibCheck', 'false', '--target', 'es2022', '--module', module, '--moduleResolution', resolution];
    const result = await exec('npx', [...args, '--lib', 'es2023,dom', '--types', 'node', ...extra, 'typed-use.ts'], { cwd: project, timeout: 120_000 }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout, failed: true }),
    );
    expect(result.stdout).toBe('');
  });

  it('runs a vitest file that mocks lyve with msw setupServer', async () => {
    const { stdout } = await exec('npx', ['vitest', 'run', 'msw.test.ts'], { cwd: project, timeout: 120_000 });
    expect(stdout).toMatch(/1 passed/);
  });

  it('builds a one-vendor browser page with Vite within the budget, without the other vendors or Node modules', async () => {
    await exec('npx', ['vite', 'build', 'page', '--outDir', '../page-dist', '--emptyOutDir', '--logLevel', 'error'], { cwd: project, timeout: 120_000 });
    const dir = join(project, 'page-dist/assets');
    const code = readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/["']node:/);
    expect(code).not.toContain('virtual-accounts'); // TrueFoundry's paths
    expect(code).not.toContain('/api/v2/account/serviceaccount'); // Wavefront's
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(ONE_VENDOR_BUDGET_BYTES);
  });

  it('builds a page that wrongly imports samock/server, and the page says why it cannot run', async () => {
    await exec('npx', ['vite', 'build', 'node-only-page', '--outDir', '../node-only-dist', '--emptyOutDir', '--logLevel', 'error'], {
      cwd: project,
      timeout: 120_000,
    });
    const dir = join(project, 'node-only-dist/assets');
    const code = readdirSync(dir)
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    expect(code).toContain('comes from samock/server, which runs in Node');
    expect(code).not.toMatch(/["']node:/);
  });

  it('starts `npx samock serve` from the built bin', async () => {
    const child = spawnGroup(['samock', 'serve', '--port', '0', '--api', 'lyve'], project);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`samock did not start: ${output}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      });
      const listed = await fetch(`${url}/v2/service-accounts`, { headers: { authorization: 'Bearer t' } });
      expect(listed.status).toBe(200);
    } finally {
      child.stop();
    }
  });
});

describe('your own API beside lyve, from the installed package', () => {
  /** Starts `npx samock serve --config …` in the project and answers its root URL. */
  const start = async (config: string) => {
    const child = spawnGroup(['samock', 'serve', '--config', config, '--port', '0', '--ready-after', '1000'], project);
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`samock did not start: ${output}`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)[\s\S]*\n\s+control\s/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    });
    return { url, stop: () => child.stop() };
  };
  const verifyAt = (url: string) =>
    exec('npx', ['samock', 'verify', '--config', 'own-api/samock.config.mjs', '--api', 'gadgets', '--base-url', url], { cwd: project, timeout: 120_000 }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );

  it('serves it with --config, and its contract suite passes against it', async () => {
    const { url, stop } = await start('own-api/samock.config.mjs');
    try {
      expect((await fetch(`${url}/v2/service-accounts`, { headers: { authorization: 'Bearer t' } })).status).toBe(200);
      const { code, stdout } = await verifyAt(url);
      expect(stdout).toMatch(/4 passed/);
      expect(code).toBe(0);
    } finally {
      stop();
    }
  });

  it('serves a TypeScript config when the project has tsx', async () => {
    const typed = readFileSync(join(project, 'own-api/samock.config.mjs'), 'utf8').replace(
      'export default defineConfig({',
      'const contracts: Record<string, () => Promise<unknown>> = {};\nvoid contracts;\nexport default defineConfig({',
    );
    writeFileSync(join(project, 'own-api/samock.config.ts'), typed);
    const { url, stop } = await start('own-api/samock.config.ts');
    try {
      expect((await fetch(`${url}/gadgets`)).status).toBe(200);
    } finally {
      stop();
    }
  });

  it('gives the QA features to it: Prefer, faults and the clock, through the remote control', async () => {
    const { url, stop } = await start('own-api/samock.config.mjs');
    try {
      const forced = await fetch(`${url}/gadgets`, { headers: { prefer: 'code=404' } }).catch(() => undefined);
      // listGadgets documents no 404: samock says so instead of inventing one.
      expect(forced?.status).toBe(422);
      const script = `
        import { createRemoteControl } from 'samock';
        const control = createRemoteControl(${JSON.stringify(url)});
        const json = { 'content-type': 'application/json' };
        const post = () => fetch(${JSON.stringify(`${url}/gadgets`)}, { method: 'POST', headers: json, body: JSON.stringify({ name: 'qa' }) });
        const created = await (await post()).json();
        await control.faults.add({ api: 'gadgets', operation: 'createGadget', status: 409, times: 1 });
        const faulted = (await post()).status;
        await control.clock.advance(1000);
        const got = await (await fetch(${JSON.stringify(`${url}/gadgets/`)} + created.id)).json();
        console.log(JSON.stringify({ before: created.ready, after: got.ready, faulted }));
      `;
      writeFileSync(join(project, 'qa.mjs'), script);
      const { stdout } = await exec('node', ['qa.mjs'], { cwd: project, timeout: 30_000 });
      expect(JSON.parse(stdout)).toEqual({ before: false, after: true, faulted: 409 });
    } finally {
      stop();
    }
  });

  it.skipIf(!hasChromium)('runs the same config in a real browser through setupWorker: 201, 409 on the duplicate, 400 on a bad body, lyve beside', async () => {
    await exec('npx', ['vite', 'build', 'own-api-page', '--outDir', '../own-api-dist', '--emptyOutDir', '--logLevel', 'error'], {
      cwd: project,
      timeout: 120_000,
    });
    await exec('npx', ['msw', 'init', 'own-api-dist', '--no-save'], { cwd: project, timeout: 60_000 });
    const code = readdirSync(join(project, 'own-api-dist/assets'))
      .map((file) => readFileSync(join(project, 'own-api-dist/assets', file), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/["']node:/);
    const site = await serveStatic(join(project, 'own-api-dist'));
    const browser = await launch();
    try {
      await browser.page.goto(site.url);
      await browser.page.waitForSelector('body[data-result]', { state: 'attached', timeout: 30_000 });
      const result = JSON.parse((await browser.page.getAttribute('body', 'data-result'))!) as unknown;
      expect(result).toEqual({ created: 201, readyAtOnce: false, duplicate: 409, invalid: 400, lyve: 200 });
    } finally {
      await browser.close();
      await site.close();
    }
  });

  it('fails verify against a drifted copy of the API (a create that answers 200), naming the check', async () => {
    const drifted = join(project, 'own-api/gadgets/index.mjs');
    const original = readFileSync(drifted, 'utf8');
    writeFileSync(drifted, original.replace('return { status: 201, body: view(ctx, gadget) };', 'return { status: 200, body: view(ctx, gadget) };'));
    const { url, stop } = await start('own-api/samock.config.mjs');
    try {
      const { code, stdout } = await verifyAt(url);
      expect(code).toBe(1);
      expect(stdout).toMatch(/a create answers 201/);
      expect(stdout).toMatch(/failed/);
    } finally {
      stop();
      writeFileSync(drifted, original);
    }
  });
});

describe('samock init-api from the installed package', () => {
  it('scaffolds an API from a spec that serves and verifies green at once', async () => {
    const dir = join(project, 'scaffolded');
    mkdirSync(dir);
    cpSync(join(repo, 'test/scaffold/widgets.yaml'), join(dir, 'widgets.yaml'));
    const scaffolded = await exec('npx', ['samock', 'init-api', 'widgets', '--spec', 'widgets.yaml'], { cwd: dir, timeout: 60_000 });
    // openapi-typescript is samock's devDependency, not the user's: the note says how to get types.
    expect(scaffolded.stdout).toMatch(
      /types\.d\.ts skipped \(openapi-typescript is not installed\); generate it with: npx openapi-typescript mocks\/widgets\/spec\.yaml/,
    );
    expect(scaffolded.stdout).toMatch(/mocks\/widgets\/spec\.mjs/);
    const child = spawnGroup(['samock', 'serve', '--config', 'samock.config.mjs', '--port', '0'], dir);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`samock did not start: ${output}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)[\s\S]*\n\s+control\s/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      });
      const { stdout } = await exec('npx', ['samock', 'verify', '--config', 'samock.config.mjs', '--api', 'widgets', '--base-url', `${url}/v1`], {
        cwd: dir,
        timeout: 120_000,
      });
      expect(stdout).toMatch(/4 passed/);
      expect(stdout).not.toMatch(/[1-9]\d* failed/);
    } finally {
      child.stop();
    }
  });
});
