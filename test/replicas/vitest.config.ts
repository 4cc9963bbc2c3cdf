import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../source-aliases.js';

/**
 * `npm run test:replicas`: three replicas behind Debian's nginx (test/replicas), apart from `npm test`
 * because it needs nginx and runs 30 contract suites at once (a few minutes on two cores).
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: sourceAliases },
  test: {
    include: ['test/replicas/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
    // As in `npm test`: a stack trace in anything logged fails the file.
    setupFiles: ['test/setup/no-stack-traces.ts'],
  },
});
