import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { expect, it } from 'vitest';

it('bundles samock/browser for browsers with every spec inlined and nothing from Node', async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'samock-browser-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    build: { outDir, lib: { entry: 'src/browser.ts', formats: ['es'], fileName: 'samock-browser' }, minify: false, emptyOutDir: true },
  });
  const code = readdirSync(outDir).map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
  rmSync(outDir, { recursive: true, force: true });
  expect(code).not.toMatch(/from\s+["']node:|require\(["']node:/);
  for (const id of ['lyve', 'lakesail', 'nscale', 'wavefront', 'truefoundry', 'control']) expect(code).toContain(`specs/${id}.yaml`);
  expect(code).toContain('startBrowserMocks');
}, 120_000);
