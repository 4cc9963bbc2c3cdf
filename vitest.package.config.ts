import { defineConfig } from 'vitest/config';

/** `npm run test:package`: the packed-tarball proof (test/package), apart from `npm test` because it installs from npm. */
export default defineConfig({
  test: { include: ['test/package/*.test.ts'], testTimeout: 180_000, hookTimeout: 320_000, maxWorkers: 1 },
});
