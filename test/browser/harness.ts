import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview } from 'vite';

/**
 * Real-browser harness for examples/console: builds the console once per test file,
 * serves it with `vite preview` on a random loopback port, and launches the system
 * Chromium (never a downloaded one) with a fresh profile per test.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SKIP_REASON = `${CHROMIUM} is missing (install Debian's chromium, as .ci/run does, to run the browser tests)`;
// CI (.ci/run) requires them: there a missing Chromium fails the run instead of skipping.
if (!hasChromium && process.env.SAMOCK_REQUIRE_CHROMIUM === '1')
  throw new Error(`The browser tests are required (SAMOCK_REQUIRE_CHROMIUM=1) but ${SKIP_REASON}.`);
// Said once per file in the run's output, not only in a suite name a terse reporter hides.
if (!hasChromium) console.warn(`[browser tests] skipped: ${SKIP_REASON}`);

const CONFIG = resolve('examples/console/vite.config.ts');

/**
 * Flags that keep a headless run quiet and self-contained: no GPU, no QUIC,
 * no first-run UI, no calls home (updates, sync, background fetches).
 */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ServedConsole {
  url: string;
  close(): Promise<void>;
}

/** A production build (not the dev server): no on-the-fly dependency optimisation reloading the page mid-test. */
export async function serveConsole(): Promise<ServedConsole> {
  const outDir = await mkdtemp(join(tmpdir(), 'samock-console-'));
  await build({ configFile: CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    configFile: CONFIG,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP port.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh profile per call: empty localStorage, no registered service worker. `extraArgs` adds Chromium flags (e.g. host resolver rules). */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'samock-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, ...extraArgs],
    viewport: { width: 1100, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Surface page errors in the test output: a failing flow is far easier to read with them.
  page.on('pageerror', (error) => console.error('[console page error]', error.message));
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
