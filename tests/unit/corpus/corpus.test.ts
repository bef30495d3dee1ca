import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { DIMENSIONS, type Dimension } from '../../../lib/types';
import { loadAnswers, parseAnswer, TEST_ANSWERS_DIR, wordCount, type LabelledAnswer, type Status } from './fixtures';
import { FLOORS } from './floors';

/**
 * The labelled corpus: hand-written answers labelled per dimension by the rubric (docs/corpus.md),
 * in two splits. The tuning split (tests/fixtures/answers/*.md) may be read while checks change; the
 * test split (tests/fixtures/answers/test/) was written last and labelled blind, and only its
 * aggregate figures are ever printed, so nobody tunes a check to one of its answers.
 *
 * Agreement is balanced accuracy: the mean of the share of strong answers judged strong and the
 * share of needs-work answers judged needs-work. A constant answer scores 0.50 whatever the mix.
 */
const tuning = loadAnswers();
const test = loadAnswers(TEST_ANSWERS_DIR);

interface Tally {
  /** Labelled strong, judged strong. */
  strongHit: number;
  strong: number;
  /** Labelled needs-work, judged needs-work. */
  weakHit: number;
  weak: number;
}

const balanced = (t: Tally) => ((t.strong ? t.strongHit / t.strong : 1) + (t.weak ? t.weakHit / t.weak : 1)) / 2;

function measure(all: LabelledAnswer[]) {
  const tally = Object.fromEntries(DIMENSIONS.map((d) => [d, { strongHit: 0, strong: 0, weakHit: 0, weak: 0 }])) as Record<Dimension, Tally>;
  const disagreements: string[] = [];
  /** Per group (question, field kind, style): tallies over every dimension judgement. */
  const groups = new Map<string, Tally>();
  for (const a of all) {
    const report = analyze(a.text, { level: a.level, focus: a.focus, question: a.question, questionSource: 'user' });
    const kinds = [`question ${a.question}`, `level ${a.level}`, a.field ? (SOFTWARE.test(a.field) ? 'software' : 'beyond software') : 'field unstated', a.style ? `style ${a.style}` : 'style unstated'];
    for (const d of DIMENSIONS) {
      const got: Status = report.dimensions[d].status;
      const want = a.labels[d];
      // A dimension the question does not judge is neither labelled nor scored.
      if (want === 'n/a') continue;
      for (const key of [d, ...kinds.map((k) => `${k}|${d}`)]) {
        const t = key === d ? tally[d] : (groups.get(key) ?? groups.set(key, { strongHit: 0, strong: 0, weakHit: 0, weak: 0 }).get(key)!);
        if (want === 'strong') {
          t.strong++;
          if (got === want) t.strongHit++;
        } else {
          t.weak++;
          if (got === want) t.weakHit++;
        }
      }
      if (got !== want) disagreements.push(`${a.file.padEnd(44)} ${d.padEnd(15)} label ${want.padEnd(10)} engine ${got}: ${report.dimensions[d].summary}`);
    }
  }
  /** Mean balanced accuracy over the dimensions, per group. */
  const byGroup = new Map<string, number>();
  for (const k of new Set([...groups.keys()].map((key) => key.split('|')[0]!))) {
    const bas = DIMENSIONS.map((d) => groups.get(`${k}|${d}`)).filter((t): t is Tally => t !== undefined).map(balanced);
    byGroup.set(k, bas.reduce((x, y) => x + y, 0) / bas.length);
  }
  /** Per question family and dimension: balanced accuracy (aggregates only). */
  const byFamily = new Map<string, Map<Dimension, Tally>>();
  for (const [key, t] of groups) {
    const [group, d] = key.split('|') as [string, Dimension];
    if (!group.startsWith('question ')) continue;
    const family = group.slice('question '.length);
    (byFamily.get(family) ?? byFamily.set(family, new Map()).get(family)!).set(d, t);
  }
  return { tally, disagreements, byGroup, byFamily };
}

/** One line per question family: its answers' balanced accuracy per dimension (`–` where it does not apply). */
function familyRows(byFamily: Map<string, Map<Dimension, Tally>>): string[] {
  if (byFamily.size === 0) return [];
  return [
    `By question family (balanced accuracy per dimension; n = judgements):`,
    `${'family'.padEnd(30)} ${DIMENSIONS.map((d) => d.slice(0, 7).padStart(8)).join('')}`,
    ...[...byFamily].sort(([a], [b]) => a.localeCompare(b)).map(([family, dims]) =>
      `${family.padEnd(30)} ${DIMENSIONS.map((d) => { const t = dims.get(d); return (t ? `${balanced(t).toFixed(2)}/${t.strong + t.weak}` : '–').padStart(8); }).join('')}`),
  ];
}

const SOFTWARE = /^(?:software|sre|data|security|qa|mobile|it|gamedev|devops|engineering|product)$/;

function report(title: string, all: LabelledAnswer[], floors: Record<Dimension, number>, details: boolean): string[] {
  const { tally, disagreements, byGroup, byFamily } = measure(all);
  const rows = DIMENSIONS.map((d) => {
    const t = tally[d];
    return `${d.padEnd(15)} ${balanced(t).toFixed(2).padStart(6)} ${`${t.strongHit}/${t.strong}`.padStart(9)} ${`${t.weakHit}/${t.weak}`.padStart(11)} ${'0.50'.padStart(9)} ${floors[d].toFixed(2).padStart(6)}`;
  });
  const mean = DIMENSIONS.reduce((n, d) => n + balanced(tally[d]), 0) / DIMENSIONS.length;
  console.log(
    [
      `\n${title}: ${all.length} answers, balanced accuracy per dimension (mean ${mean.toFixed(2)})`,
      `${'dimension'.padEnd(15)} ${'BA'.padStart(6)} ${'strong ok'.padStart(9)} ${'weak caught'.padStart(11)} ${'constant'.padStart(9)} ${'floor'.padStart(6)}`,
      ...rows,
      `By group (mean BA over dimensions): ${[...byGroup].sort().map(([g, v]) => `${g} ${v.toFixed(2)}`).join(', ')}`,
      ...familyRows(byFamily),
      ...(details ? [`\nDisagreements (${disagreements.length}):`, ...disagreements] : []),
    ].join('\n'),
  );
  return DIMENSIONS.filter((d) => balanced(tally[d]) < floors[d]).map((d) => `${d} ${balanced(tally[d]).toFixed(2)} < floor ${floors[d]}`);
}

describe('labelled corpus', () => {
  it.each([
    ['tuning', tuning, 140],
    ['test', test, 60],
  ] as const)('the %s split is large enough and has both labels on every dimension', (_, answers, least) => {
    expect(answers.length).toBeGreaterThanOrEqual(least);
    for (const d of DIMENSIONS) {
      const judged = answers.filter((a) => a.labels[d] !== 'n/a');
      const strong = judged.filter((a) => a.labels[d] === 'strong').length / judged.length;
      expect(strong, `${d}: share labelled strong`).toBeGreaterThanOrEqual(0.3);
      expect(1 - strong, `${d}: share labelled needs-work`).toBeGreaterThanOrEqual(0.25);
    }
    for (const a of answers) {
      const words = wordCount(a.text);
      // Very short answers (about 30 words) are what some people write under a word limit.
      expect(words, `${a.file}: word count`).toBeGreaterThanOrEqual(30);
      expect(words, `${a.file}: word count`).toBeLessThanOrEqual(600);
    }
  });

  it('looks like real answers: mostly narrative, much of it beyond software', () => {
    const all = [...tuning, ...test].filter((a) => a.field !== '');
    expect(tuning.length + test.length).toBeGreaterThanOrEqual(200);
    expect(all.filter((a) => a.style !== 'labelled').length / all.length).toBeGreaterThanOrEqual(0.6);
    expect(all.filter((a) => !SOFTWARE.test(a.field)).length / all.length).toBeGreaterThanOrEqual(0.4);
    for (const style of ['narrative', 'transcript', 'bullets', 'labelled']) expect(all.some((a) => a.style === style), style).toBe(true);
  });

  it('agrees with the tuning split at least as well as its floors require', { timeout: 60_000 }, () => {
    expect(report('Tuning split', tuning, FLOORS.tuning, true), 'dimensions under their floor').toEqual([]);
  });

  it('agrees with the blind test split at least as well as its floors require (aggregates only)', { timeout: 60_000 }, () => {
    expect(report('Test split (blind)', test, FLOORS.test, false), 'dimensions under their floor').toEqual([]);
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

  it('reads n/a for a dimension the question does not judge, and any profile id', () => {
    const a = parseAnswer('02-x.md', good.replace('question: caught-issue', 'question: conflict').replace('scope: strong', 'scope: n/a'));
    expect(a.question).toBe('conflict');
    expect(a.labels.scope).toBe('n/a');
    // A label on a dimension the question does not judge is kept (older fixtures label all six).
    expect(parseAnswer('03-x.md', good.replace('question: caught-issue', 'question: conflict')).labels.scope).toBe('strong');
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
    ['an unknown question', good.replace('question: caught-issue', 'question: teamwork')],
    ['n/a on a dimension the question judges', good.replace('scope: strong', 'scope: n/a')],
  ])('fails loudly, naming the file, on %s', (_, raw) => {
    expect(() => parseAnswer('07-broken.md', raw)).toThrow(/07-broken\.md/);
  });
});
