// Bundles the CLI into dist/cli.mjs for `npm start`: plain Node loads one file
// instead of running ~200 modules through tsx, which cut start-up from ≈2 s to
// ≈0.8 s here (see README "Benchmark"). Sources stay the truth: tests and
// `bin/samock.mjs` run them directly.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (ajv, pactum) call require().
  banner: { js: "import { createRequire as __samockRequire } from 'node:module'; const require = __samockRequire(import.meta.url);" },
});
