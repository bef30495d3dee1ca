#!/usr/bin/env node
// `npm run test:e2e [-- files…]`: build the extension, then run only the end-to-end tests.
import { spawnSync } from 'node:child_process';

const step = (cmd, args) => {
  // A test build: the Google Docs scripts also match the local Docs imitation (wxt.config.ts).
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, STAR_COACH_TEST_BUILD: '1' } });
  if (r.status !== 0) process.exit(r.status || 1);
};
if (process.env.STAR_SKIP_BUILD !== '1') step('npx', ['wxt', 'build']);
step('node', ['scripts/build-fixtures.mjs']);
step('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
