import { buildDoc } from '../../../lib/document';
import { DEFAULT_OPTIONS } from '../../../lib/types';
import { featuresOf, readRoles, type FeatureSet, type RoleReader } from '../../../lib/roles';
import type { CompiledModel, TrainingExample } from '../../../lib/roles/model';
import { ROLES, type SentenceRoles } from '../../../lib/roles/types';
import type { LabelledSentence, RoleAnswer } from './fixtures';

/** The labelled sentence an engine sentence overlaps most (the engine may split or join differently). */
function goldIndex(answer: RoleAnswer, start: number, end: number): number {
  let best = 0;
  let bestOverlap = -1;
  answer.sentences.forEach((g, i) => {
    const overlap = Math.min(end, g.end) - Math.max(start, g.start);
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  });
  return best;
}

/** The labels of one hand-labelled sentence as the model's flat label set. */
export function labelSet(g: LabelledSentence): Set<string> {
  const out = new Set<string>(g.roles);
  if (g.actor) out.add(`actor:${g.actor}`);
  for (const k of g.results) out.add(`result:${k}`);
  if (g.scope) out.add(`scope:${g.scope}`);
  if (g.genericLesson) out.add('lesson:generic');
  return out;
}

/** Training examples: every engine sentence with the labels of the hand-labelled sentence it covers. */
export function examplesOf(answers: readonly RoleAnswer[], set: FeatureSet): TrainingExample[] {
  return answers.flatMap((a) => {
    const doc = buildDoc(a.text, DEFAULT_OPTIONS);
    const sections = doc.sentences.map((s) => s.section);
    return doc.sentences.map((s, i) => ({ features: featuresOf(doc.sentences, sections, i, set), labels: labelSet(a.sentences[goldIndex(a, s.start, s.end)]!) }));
  });
}

/** Per hand-labelled sentence: the engine's reading (the union over the engine sentences that cover it). */
export function predictions(answers: readonly RoleAnswer[], reader: RoleReader, model?: { model: CompiledModel; set: FeatureSet }): Array<{ gold: LabelledSentence; got: Set<string> }> {
  return answers.flatMap((a) => {
    const doc = buildDoc(a.text, DEFAULT_OPTIONS);
    const read = readRoles(doc.sentences, doc.sentences.map((s) => s.section), reader, model);
    const got = a.sentences.map(() => new Set<string>());
    doc.sentences.forEach((s, i) => {
      const r: SentenceRoles = read[i]!;
      const into = got[goldIndex(a, s.start, s.end)]!;
      for (const role of r.roles) into.add(role);
      if (r.actor) into.add(`actor:${r.actor}`);
      for (const k of r.results) into.add(`result:${k}`);
      if (r.scope) into.add(`scope:${r.scope}`);
      if (r.genericLesson) into.add('lesson:generic');
    });
    return a.sentences.map((gold, i) => ({ gold, got: got[i]! }));
  });
}

export interface Score {
  label: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall per label; actors are scored only on sentences labelled as acting. */
export function scoreLabels(rows: ReturnType<typeof predictions>, labels: readonly string[]): Score[] {
  return labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, got } of rows) {
      const want = labelSet(gold);
      if (label.startsWith('actor:') && !gold.actor) continue;
      const g = want.has(label);
      const p = got.has(label);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    return { label, support: tp + fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
}

export const MAIN_LABELS = [...ROLES, 'actor:I', 'actor:we', 'actor:group', 'actor:other', 'actor:hidden', 'result:metric', 'result:vague', 'result:spread', 'scope:boundary', 'scope:assigned', 'lesson:generic'] as const;

export function macroF1(scores: readonly Score[]): number {
  return scores.reduce((n, s) => n + s.f1, 0) / scores.length;
}
