import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../source-aliases.js';

/**
 * `npm run test:generated`: 10,000 generated requests per API over HTTP (test/generated), apart from `npm test`
 * because it sends 50,000 requests (about a minute and a half on two cores).
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: sourceAliases },
  test: {
    include: ['test/generated/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
    // As in `npm test`: a stack trace in anything logged fails the file.
    setupFiles: ['test/setup/no-stack-traces.ts'],
  },
});
