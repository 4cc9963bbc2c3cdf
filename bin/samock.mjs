#!/usr/bin/env node
// The samock command runs the built JavaScript (npm run build; the package ships it built).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('samock: dist/src/cli.js is missing. In a clone of the repository, run `npm run build` first (npm start does).');
  process.exit(1);
}
await import(cli.href);
