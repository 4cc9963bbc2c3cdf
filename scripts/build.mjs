// Builds what the package ships: tsc compiles src/, mocks/ and contracts/ to dist/ as ESM
// JavaScript with .d.ts beside it (tsconfig.build.json). Incremental, so a second
// `npm start` does not recompile what did not change. The bin (bin/samock.mjs) runs
// dist/src/cli.js; tests run the sources.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

// Node-only entry points answer a browser bundler with a clear error instead of a missing `node:` module.
writeFileSync(
  'dist/src/node-only.js',
  "throw new Error('This samock entry point runs in Node (it starts servers or reads files). In a browser, use samock and samock/browser.');\n",
);
