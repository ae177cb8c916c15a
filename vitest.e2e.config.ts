import { defineConfig } from 'vitest/config';

/** Browser tests: real Chromium + the built extension (tests/e2e). Built once in global setup. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // Generous: a bound on liveness on a loaded 2-core machine, not a speed claim (that is npm run bench).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // One Chromium at a time: the machine has two cores and typing timings matter.
    fileParallelism: false,
  },
});
