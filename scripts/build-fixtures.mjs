#!/usr/bin/env node
// Bundles the editor fixture pages (tests/fixtures/pages/editors/src) from the editors' real npm
// packages into tests/fixtures/pages/build/, for the end-to-end tests.
import { readdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'tests/fixtures/pages/editors/src');
const out = join(root, 'tests/fixtures/pages/build');
const entries = readdirSync(src).filter((f) => /\.(jsx?|tsx?)$/.test(f));

await build({
  entryPoints: Object.fromEntries(entries.map((f) => [basename(f, extname(f)), join(src, f)])),
  outdir: out,
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  jsx: 'automatic',
  jsxImportSource: 'react',
  define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  logLevel: 'warning',
  minify: false,
  // The repo's tsconfig sets Preact's JSX; these pages are React.
  tsconfigRaw: {},
  // @lexical/* 0.52 each carry their own copy of lexical, while the top-level lexical is 0.53:
  // one copy for the whole page, the one the plugins were built against.
  alias: { lexical: join(root, 'node_modules/@lexical/rich-text/node_modules/lexical') },
});
console.log(`built ${entries.length} editor fixtures into ${out}`);
