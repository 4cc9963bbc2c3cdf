import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../source-aliases.js';

/**
 * The samock console. `root` is this folder, so `vite --config examples/console/vite.config.ts`
 * works from the repository root. `--mode server` loads `.env.server`, which points the
 * console at a standalone samock server (`npm start`) instead of the in-browser mocks;
 * `?target=<url>` or `?target=mock` overrides either at run time.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  resolve: {
    // The package's entry points (`samock/browser`, `samock/vendors`), straight from the sources: no build step.
    alias: sourceAliases,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The in-browser mocks (ajv, the five specs, msw) are one lazily loaded ≈ 1 MB chunk,
    // fetched only when no server is targeted: expected, not a warning.
    chunkSizeWarningLimit: 1500,
  },
});
