import { describe, expect, it } from 'vitest';
import { loadRoleAnswers, ROLES_DIR, ROLES_TEST_DIR } from './fixtures';
import { buildDoc } from '../../../lib/document';
import { decide, speakerCanAct } from '../../../lib/roles';
import { DEFAULT_OPTIONS } from '../../../lib/types';
import { macroF1, MAIN_LABELS, predictions, scoreLabels, type Score } from './evaluate';

/**
 * The sentence-role reader against hand-labelled sentences it was not trained on
 * (tests/fixtures/roles/test/). Prints precision and recall per label for the hand-written rules
 * and for the shipped reader (the learned model), and fails when the shipped reader falls under
 * its floors or behind the rules.
 */
const held = loadRoleAnswers(ROLES_TEST_DIR);

/** Least F1 on the held-out sentences for the labels the checks lean on most. */
const FLOORS: Record<string, number> = {
  action: 0.85,
  problem: 0.6,
  result: 0.75,
  lesson: 0.75,
  'actor:I': 0.85,
};

function table(title: string, rules: Score[], model: Score[]): string {
  const pct = (x: number) => x.toFixed(2).padStart(5);
  return [
    title,
    `${'label'.padEnd(16)} ${'n'.padStart(4)}   rules P    R   F1   model P    R   F1`,
    ...model.map((m, i) => {
      const r = rules[i]!;
      return `${m.label.padEnd(16)} ${String(m.support).padStart(4)}   ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}   ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}`;
    }),
    `${'macro F1'.padEnd(16)}        ${' '.repeat(11)}${pct(macroF1(rules))}   ${' '.repeat(11)} ${pct(macroF1(model))}`,
  ].join('\n');
}

describe('sentence roles', () => {
  it('has at least 1,000 hand-labelled sentences, a fifth of them held out', () => {
    const train = loadRoleAnswers(ROLES_DIR);
    const count = (as: typeof held) => as.reduce((n, a) => n + a.sentences.length, 0);
    expect(count(train) + count(held)).toBeGreaterThanOrEqual(1000);
    expect(count(held)).toBeGreaterThanOrEqual(200);
    // No answer in both splits.
    const trainTexts = new Set(train.map((a) => a.text));
    for (const a of held) expect(trainTexts.has(a.text), a.file).toBe(false);
  });

  it('reads roles on held-out sentences at least as well as the floors, and better than the rules', () => {
    const rules = scoreLabels(predictions(held, 'rules'), MAIN_LABELS);
    const model = scoreLabels(predictions(held, 'model'), MAIN_LABELS);
    console.log(table(`\nSentence roles on ${held.reduce((n, a) => n + a.sentences.length, 0)} held-out sentences (${held.length} answers)`, rules, model));
    for (const [label, floor] of Object.entries(FLOORS)) {
      expect(model.find((s) => s.label === label)!.f1, `${label} F1`).toBeGreaterThanOrEqual(floor);
    }
    expect(macroF1(model)).toBeGreaterThan(macroF1(rules));
  });
});

describe('the committed role model', () => {
  it('is exactly what `npm run train` makes from the training split', async () => {
    const { SHIPPED_TRAINING, trainModel } = await import('../../../lib/roles/model');
    const { ROLE_LABELS } = await import('../../../lib/roles/types');
    const { ROLE_MODEL } = await import('../../../lib/data/role-model');
    const { examplesOf } = await import('./evaluate');
    const model = trainModel(examplesOf(loadRoleAnswers(ROLES_DIR), ROLE_MODEL.featureSet), ROLE_LABELS, SHIPPED_TRAINING);
    expect(JSON.parse(JSON.stringify(model))).toEqual(JSON.parse(JSON.stringify({ ...ROLE_MODEL, featureSet: undefined })));
  }, 240_000);
});

describe('who can act in a sentence', () => {
  const sentence = (text: string) => buildDoc(text, DEFAULT_OPTIONS).sentences[0]!;
  it('lets the speaker act where "I" is written or no subject is (a bullet list), never in a "we" clause alone', () => {
    expect(speakerCanAct(sentence('It got tense, so afterwards we met for a coffee and talked it through.'))).toBe(false);
    expect(speakerCanAct(sentence('The backlog was cleared by the Wednesday.'))).toBe(false);
    expect(speakerCanAct(sentence('I bladder-scanned him and called the doctor.'))).toBe(true);
    expect(speakerCanAct(sentence('Checked her contract, the rota and our changes file.'))).toBe(true);
    expect(speakerCanAct(sentence('Daily stand-up with every foreman, run by me.'))).toBe(true);
  });

  it('never reads the speaker as the actor where the speaker cannot act, however likely the words make it', () => {
    const likelyI = (label: string) => (label === 'action' || label === 'actor:I' ? 0.9 : label === 'actor:we' ? 0.4 : 0.1);
    expect(decide(likelyI, false, true).actor).toBe('I');
    expect(decide(likelyI, false, false).actor).toBe('we');
  });
});
