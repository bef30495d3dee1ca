import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium via playwright-core. One browser at a
// time on a two-core machine, so files run one after another.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
