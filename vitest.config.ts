import { defineConfig } from 'vitest/config';
import { sourceAliases } from './source-aliases.js';

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: two workers, each with real servers of its own on random ports.
    maxWorkers: 2,
    // A stack trace in anything logged during a test file fails that file (test/setup/no-stack-traces.ts).
    setupFiles: ['test/setup/no-stack-traces.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts'],
          // Run apart: test:replicas (nginx) and test:generated (50,000 requests), steps of .ci/run.
          exclude: ['test/parallel/**', 'test/replicas/**', 'test/generated/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Runs after `main`, alone, so its two files surely occupy the two workers at
        // once: they share one server (global setup) through sessions.
        extends: true,
        test: { name: 'parallel', include: ['test/parallel/*.test.ts'], globalSetup: ['test/global-setup.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
