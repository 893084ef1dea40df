import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // Says which tests are skipped (or required) because ../shared or nvim is missing.
    globalSetup: ['test/fixtures/skip-notice.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
