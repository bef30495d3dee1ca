import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../lib/checks';

const checksDir = fileURLToPath(new URL('../../../lib/checks/', import.meta.url));
const testsDir = fileURLToPath(new URL('./', import.meta.url));
const checkFiles = readdirSync(checksDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('check registry', () => {
  it('registers every check file under its own id', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...checkFiles].sort());
  });

  it('has a test file for every check', () => {
    const tests = new Set(readdirSync(testsDir));
    for (const id of checkFiles) expect(tests.has(`${id}.test.ts`), `${id}.test.ts`).toBe(true);
  });
});
