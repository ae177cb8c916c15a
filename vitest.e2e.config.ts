import { defineConfig } from 'vitest/config';

/** Browser tests: real Chromium + the built extension (tests/e2e). Built once in global setup. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machine has two cores and typing timings matter.
    fileParallelism: false,
  },
});
