import type { AnalyzedDoc, Sentence } from '../doc-model';
import type { Actor, Role } from './types';
import { sentenceFeatures } from '../sections';
import { hasQuantity, matchCue } from '../grammar';
import { MECHANISMS } from '../data/cues';

/** Whether sentence `i` plays `role`. */
export function plays(doc: AnalyzedDoc, i: number, role: Role): boolean {
  return doc.roles[i]?.roles.has(role) ?? false;
}

/** The sentences playing a role, in order. */
export function withRole(doc: AnalyzedDoc, role: Role): Sentence[] {
  return doc.sentences.filter((_, i) => plays(doc, i, role));
}

/** Whether sentence `i` is an action (or a check) with `actor` as its actor. */
export function actionBy(doc: AnalyzedDoc, i: number, actor: Actor): boolean {
  const r = doc.roles[i];
  return r !== undefined && (r.roles.has('action') || r.roles.has('verification')) && r.actor === actor;
}

/** Whether sentence `i` is an action (or a check) with the speaker as its actor. */
export function ownAction(doc: AnalyzedDoc, i: number): boolean {
  return actionBy(doc, i, 'I');
}

/** Index of the speaker's first action ("I" as its actor), or -1. */
export function firstOwnAction(doc: AnalyzedDoc): number {
  return doc.roles.findIndex((r) => (r.roles.has('action') || r.roles.has('verification')) && r.actor === 'I');
}

/**
 * The lesson: sentences read as lessons by their role or by their STAR section, once the story has
 * begun (a lesson-like opening line is a discovery or a thesis, not what the story taught).
 */
export function lessonSentences(doc: AnalyzedDoc): Sentence[] {
  const firstAct = doc.roles.findIndex((r) => r.roles.has('action') || r.roles.has('result'));
  // A sentence the rules file under reflection ("going forward, differences went from €40K to €500")
  // is still the result when the role reader reads a result and no lesson in it.
  const measuredResult = (s: Sentence, i: number) => plays(doc, i, 'result') && !plays(doc, i, 'lesson') && (doc.roles[i]!.results.has('metric') || hasQuantity(s));
  return doc.sentences.filter((s, i) => (s.section === 'reflection' && !measuredResult(s, i)) || (i > Math.max(0, firstAct) && plays(doc, i, 'lesson') && !oneOffDeed(doc, s, i)));
}

/**
 * A deed of the story told last ("I then re-ran the March close") is not what the story taught: a
 * lesson lasts (now, since, every time), names a mechanism, or says what was learnt.
 */
function oneOffDeed(doc: AnalyzedDoc, s: Sentence, i: number): boolean {
  if (!plays(doc, i, 'action') && !plays(doc, i, 'verification')) return false;
  const f = sentenceFeatures(s);
  if (f.reflection || f.lateReflection) return false;
  return !LASTING.test(s.text) && matchCue(s, MECHANISMS) === null;
}

const LASTING = /\b(?:now|since|ever since|every|each time|always|never|from then on|going forward|these days|anymore|whenever|next time)\b/i;
