#!/usr/bin/env node
// `npm run test:e2e [-- files…]`: build the extension, then run only the end-to-end tests.
import { spawnSync } from 'node:child_process';

const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
};
if (process.env.STAR_SKIP_BUILD !== '1') step('npx', ['wxt', 'build']);
step('node', ['scripts/build-fixtures.mjs']);
step('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
