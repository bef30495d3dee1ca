import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { DIMENSIONS, type Dimension } from '../../../lib/types';
import { loadAnswers, parseAnswer, wordCount, type LabelledAnswer, type Status } from './fixtures';
import { FLOORS } from './floors';

/**
 * The labelled corpus: hand-written answers labelled per dimension by the rubric
 * (docs/corpus.md). The engine must agree with the labels on at least FLOORS of them.
 */
const answers = loadAnswers();

interface Tally {
  agree: number;
  /** Labelled strong, engine said needs-work. */
  falseAlarm: number;
  /** Labelled needs-work, engine said strong. */
  missed: number;
}

function measure(all: LabelledAnswer[]) {
  const tally = Object.fromEntries(DIMENSIONS.map((d) => [d, { agree: 0, falseAlarm: 0, missed: 0 }])) as Record<Dimension, Tally>;
  const disagreements: string[] = [];
  /** Per group (level, question): [agreeing dimension judgements, all judgements]. */
  const groups = new Map<string, [number, number]>();
  for (const a of all) {
    const report = analyze(a.text, { level: a.level, focus: a.focus, question: a.question });
    for (const d of DIMENSIONS) {
      const got: Status = report.dimensions[d].status;
      const want = a.labels[d];
      for (const g of [`level ${a.level}`, `question ${a.question}`]) {
        const [ok, total] = groups.get(g) ?? [0, 0];
        groups.set(g, [ok + (got === want ? 1 : 0), total + 1]);
      }
      if (got === want) tally[d].agree++;
      else {
        if (want === 'strong') tally[d].falseAlarm++;
        else tally[d].missed++;
        disagreements.push(`${a.file.padEnd(34)} ${d.padEnd(15)} label ${want.padEnd(10)} engine ${got}: ${report.dimensions[d].summary}`);
      }
    }
  }
  return { tally, disagreements, groups };
}

describe('labelled corpus', () => {
  it('has enough answers, balanced on every dimension', () => {
    expect(answers.length).toBeGreaterThanOrEqual(48);
    for (const d of DIMENSIONS) {
      const strong = answers.filter((a) => a.labels[d] === 'strong').length / answers.length;
      expect(strong, `${d}: share labelled strong`).toBeGreaterThanOrEqual(0.35);
      expect(1 - strong, `${d}: share labelled needs-work`).toBeGreaterThanOrEqual(0.35);
    }
    for (const a of answers) {
      const words = wordCount(a.text);
      expect(words, `${a.file}: word count`).toBeGreaterThanOrEqual(60);
      expect(words, `${a.file}: word count`).toBeLessThanOrEqual(450);
    }
  });

  it('agrees with the labels on every dimension at least as often as the floors require', () => {
    const { tally, disagreements, groups } = measure(answers);
    const n = answers.length;
    const rows = DIMENSIONS.map((d) => {
      const t = tally[d];
      // What a constant answer ("always strong" or "always needs-work") would score: a floor under it means nothing.
      const strong = answers.filter((a) => a.labels[d] === 'strong').length / n;
      const baseline = Math.max(strong, 1 - strong);
      return `${d.padEnd(15)} ${`${t.agree}/${n}`.padStart(6)} ${(t.agree / n).toFixed(2).padStart(6)} ${baseline.toFixed(2).padStart(9)} ${FLOORS[d].toFixed(2).padStart(6)} ${String(t.falseAlarm).padStart(12)} ${String(t.missed).padStart(7)}`;
    });
    console.log(
      [
        `\nCorpus agreement over ${n} answers`,
        `${'dimension'.padEnd(15)} ${'agree'.padStart(6)} ${'share'.padStart(6)} ${'baseline'.padStart(9)} ${'floor'.padStart(6)} ${'false-alarm'.padStart(12)} ${'missed'.padStart(7)}`,
        ...rows,
        `\nAll dimensions by group: ${[...groups].map(([g, [ok, total]]) => `${g} ${(ok / total).toFixed(2)}`).join(', ')}`,
        `\nDisagreements (${disagreements.length}):`,
        ...disagreements,
      ].join('\n'),
    );
    const below = DIMENSIONS.filter((d) => tally[d].agree / n < FLOORS[d]).map(
      (d) => `${d} ${(tally[d].agree / n).toFixed(2)} < floor ${FLOORS[d]}`,
    );
    expect(below, 'dimensions under their agreement floor').toEqual([]);
  });
});

describe('fixture parser', () => {
  const good = '---\nquestion: caught-issue\nlevel: mid\nfocus: balanced\nownership: strong\nscope: strong\nquantification: needs-work\nvalidation: strong\nreflection: strong\nstructure: strong\nnote: no business value\n---\nI noticed the thing.\n';

  it('reads the labels and the answer text', () => {
    const a = parseAnswer('01-x.md', good);
    expect(a.labels.quantification).toBe('needs-work');
    expect(a.labels.scope).toBe('strong');
    expect(a.level).toBe('mid');
    expect(a.text).toBe('I noticed the thing.');
  });

  it.each([
    ['no front matter', 'I noticed the thing.'],
    ['an unknown status', good.replace('scope: strong', 'scope: ok')],
    ['a missing dimension', good.replace('validation: strong\n', '')],
    ['an unknown key', good.replace('focus: balanced', 'focus: balanced\nmood: calm')],
    ['a duplicated key', good.replace('level: mid', 'level: mid\nlevel: senior')],
    ['a bad level', good.replace('level: mid', 'level: staff')],
    ['a weak label without a note', good.replace('note: no business value', '')],
    ['an empty answer', good.replace('I noticed the thing.\n', '')],
  ])('fails loudly, naming the file, on %s', (_, raw) => {
    expect(() => parseAnswer('07-broken.md', raw)).toThrow(/07-broken\.md/);
  });
});
