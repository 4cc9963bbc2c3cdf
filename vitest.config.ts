import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One standalone server for test/parallel/*: two workers share it through sessions.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: two workers, each with real servers of its own on random ports.
    maxWorkers: 2,
  },
});
