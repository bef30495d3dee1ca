import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUESTION_PROFILES } from '../../../lib/questions/profiles';
import { DIMENSIONS } from '../../../lib/types';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/questions.md', import.meta.url)), 'utf8');

/** The section of docs/questions.md about one profile. */
function section(id: string): string {
  const start = doc.indexOf(`### \`${id}\``);
  if (start < 0) return '';
  const next = doc.indexOf('\n### ', start + 1);
  return doc.slice(start, next < 0 ? undefined : next);
}

describe('docs/questions.md', () => {
  it.each(QUESTION_PROFILES.map((p) => [p.id, p] as const))('describes %s as the data does', (id, p) => {
    const s = section(id);
    expect(s, `no section for ${id}`).not.toBe('');
    for (const d of DIMENSIONS) {
      const row = new RegExp(`^\\| ${d} \\| (yes|\\*\\*no\\*\\*) \\| ([\\d.]+) \\|`, 'm').exec(s);
      expect(row, `${id}: row for ${d}`).not.toBeNull();
      expect(row![1] === 'yes', `${id}: does ${d} apply`).toBe(p.dimensions[d] > 0);
      expect(Number(row![2]), `${id}: weight of ${d}`).toBe(p.dimensions[d]);
    }
    for (const f of p.findings ?? []) expect(s, `${id}: ${f}`).toContain(`\`${f}\``);
    for (const q of p.canonical) expect(s, `${id}: canonical question`).toContain(q);
    if (id !== 'caught-issue' && id !== 'generic') expect(s, `${id}: sources`).toMatch(/Sources: <https:\/\//);
  });
});
