import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FAMILY_CHECKS } from '../../../lib/questions/checks';
import { FAMILY_FINDING_IDS } from '../../../lib/questions/types';
import { FAMILY_FINDING_KINDS, FINDING_IDS, findingKind } from '../../../lib/findings';

const dir = fileURLToPath(new URL('../../../lib/questions/checks/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'helpers.ts').map((f) => f.replace(/\.ts$/, ''));
const tests = new Set(readdirSync(fileURLToPath(new URL('./checks/', import.meta.url))));

describe('family check registry', () => {
  it('registers every family check file under its own id, and the ids are the declared list', () => {
    expect(FAMILY_CHECKS.map((c) => c.id).sort()).toEqual([...files].sort());
    expect([...FAMILY_FINDING_IDS].sort()).toEqual([...files].sort());
  });

  it('has a test file for every family check', () => {
    for (const id of files) expect(tests.has(`${id}.test.ts`), `${id}.test.ts`).toBe(true);
  });

  it('gives family ids their own kinds, never clashing with a general finding id', () => {
    for (const c of FAMILY_CHECKS) {
      expect(FINDING_IDS as readonly string[]).not.toContain(c.id);
      expect(FAMILY_FINDING_KINDS[c.id]).toEqual({ dimension: c.dimension, title: c.title });
      expect(findingKind(c.id)?.title).toBe(c.title);
    }
    expect(findingKind('we-action')?.dimension).toBe('ownership');
    expect(findingKind('nope')).toBeUndefined();
  });
});
