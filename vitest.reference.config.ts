import { defineConfig } from 'vitest/config';

/** Comparisons with the reference material in ../shared (see tests/reference/shared.ts); not part of `npm test`. */
export default defineConfig({
  test: {
    include: ['tests/reference/**/*.test.ts'],
    globalSetup: ['tests/reference/global-setup.ts'],
    testTimeout: 60_000,
  },
});
