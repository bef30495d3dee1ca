import { defineConfig } from 'vitest/config';

// End-to-end tests of the Firefox build in Debian's Firefox ESR through WebDriver BiDi
// (puppeteer-core). One browser at a time, files one after another.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
