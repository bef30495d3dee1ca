import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../lib/checks';
import { FINDING_IDS, FINDING_KINDS } from '../../../lib/findings';

const checksDir = fileURLToPath(new URL('../../../lib/checks/', import.meta.url));
const testsDir = fileURLToPath(new URL('./', import.meta.url));
const checkFiles = readdirSync(checksDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'define.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('check registry', () => {
  it('registers every check file under its own id', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...checkFiles].sort());
  });

  it('types each finding id once: ids are unique and the kind table is read from the checks', () => {
    expect(new Set(FINDING_IDS).size).toBe(CHECKS.length);
    for (const c of CHECKS) expect(FINDING_KINDS[c.id]).toEqual({ dimension: c.dimension, title: c.title });
  });

  it('has a test file for every check', () => {
    const tests = new Set(readdirSync(testsDir));
    for (const id of checkFiles) expect(tests.has(`${id}.test.ts`), `${id}.test.ts`).toBe(true);
  });
});
