import type { Sentence } from '../doc-model';
import { hasMoney, hasQuantity, isDeed, isPerception, matchCue, predicates, speakerDeeds } from '../grammar';
import { sectionLabel, sentenceFeatures } from '../sections';
import {
  ASSUMED_SUCCESS,
  GENERIC_REFLECTION,
  MECHANISMS,
  REPRODUCTION,
  SCOPE_BOUNDARY,
  SECOND_ORDER,
  VAGUE_RESULT,
  VALIDATION_EVIDENCE,
  HABIT,
} from '../data/cues';
import { VALIDATION_VERBS } from '../data/verbs';
import type { Section } from '../types';
import { assignmentCue } from '../assignment';

/** Compromise tags whose presence says something about a sentence's role. */
const TAGS = ['PastTense', 'PresentTense', 'FutureTense', 'Infinitive', 'Gerund', 'Passive', 'Modal', 'Copula', 'Money', 'Percent', 'Value', 'Negative', 'Adjective', 'Comparative', 'Superlative', 'QuestionWord', 'ProperNoun', 'Organization', 'Person', 'Date', 'Duration'] as const;

const TENURE = /\bfor (?:about |around |almost |nearly |over )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many) (?:years?|months?)\b|\b(?:years?|months?) (?:in|into) the (?:role|job)\b/i;

/** A word as a feature: lower case, every number one token, so "40" and "12" teach the same thing. */
function wordOf(text: string): string {
  const w = text.toLowerCase().replace(/[’']/g, "'");
  if (/\d/.test(w)) return /%$/.test(w) ? '<pct>' : /^[$£€¥]/.test(w) ? '<money>' : '<num>';
  return w;
}

/**
 * The features of one sentence that depend on its text alone: words, word pairs, tags, who the
 * clauses' subjects are and which rubric cues it carries. Cached by text with the parse.
 */
export function textFeatures(s: Sentence): string[] {
  const out = new Set<string>();
  const words = s.tokens.filter((t) => t.start !== t.end).map((t) => wordOf(t.text));
  words.forEach((w, i) => {
    out.add(`w:${w}`);
    if (i + 1 < words.length) out.add(`b:${w}_${words[i + 1]}`);
  });
  if (words.length) out.add(`first:${words[0]}`);
  if (words.length > 1) out.add(`first2:${words[0]}_${words[1]}`);
  const len = words.length;
  out.add(len <= 3 ? 'len:tiny' : len <= 8 ? 'len:short' : len <= 25 ? 'len:mid' : 'len:long');
  for (const tag of TAGS) if (s.tokens.some((t) => t.tags.has(tag))) out.add(`tag:${tag}`);
  if (/^\s*[-*•]/.test(s.text) || /^[a-z]/.test(s.text.trim()) === false && !/[.!?]["'”’)]*\s*$/.test(s.text)) out.add('shape:unterminated');
  const label = sectionLabel(s.text);
  if (label) out.add(`label:${label}`);

  const preds = predicates(s);
  preds.forEach((p, k) => {
    const tense = s.tokens[p.verb]!.tags.has('PastTense') ? 'past' : s.tokens[p.verb]!.tags.has('PresentTense') ? 'present' : 'other';
    const deed = isDeed(s.tokens, p) ? (isPerception(s.tokens, p) ? 'perceive' : 'deed') : p.passive ? 'passive' : 'state';
    out.add(`subj:${p.actor}:${deed}`);
    out.add(`tense:${p.actor}:${tense}`);
    if (k === 0) out.add(`subj0:${p.actor}:${deed}`);
    out.add(`verb:${s.tokens[p.verb]!.root}`);
    if (p.actor === 'i' || p.actor === 'implicit') out.add(`iverb:${s.tokens[p.verb]!.root}`);
  });
  if (preds.length === 0) out.add('noverb');
  if (speakerDeeds(s).some((p) => VALIDATION_VERBS.has(s.tokens[p.verb]!.root))) out.add('cue:speaker-verifies');

  // Standing circumstances, not an event: a habit ("every April", "usually") or a tenure ("for six years").
  if (HABIT.test(s.text)) out.add('time:habitual');
  if (TENURE.test(s.text)) out.add('time:tenure');

  const f = sentenceFeatures(s);
  for (const [k, v] of Object.entries(f)) if (v) out.add(`f:${k}`);
  if (hasQuantity(s)) out.add('q:quantity');
  if (hasMoney(s)) out.add('q:money');
  const cues = { SCOPE_BOUNDARY, VAGUE_RESULT, SECOND_ORDER, MECHANISMS, GENERIC_REFLECTION, VALIDATION_EVIDENCE, REPRODUCTION, ASSUMED_SUCCESS };
  for (const [name, re] of Object.entries(cues)) if (matchCue(s, re)) out.add(`cue:${name}`);
  if (assignmentCue(s)) out.add('cue:ASSIGNED');
  return [...out];
}

/**
 * Where a sentence sits: first, last, which fifth of the answer, how many sentences and about how
 * many seconds of speaking come before it (a preamble is told at the start, whatever the answer's
 * length), and what the rules read before it.
 */
export function positionFeatures(index: number, count: number, sections: readonly Section[], actedBefore: boolean, wordsBefore = 0): string[] {
  const out = [`pos:q${Math.min(4, Math.floor((index / Math.max(1, count)) * 5))}`, `abs:${Math.min(index, 5)}`];
  out.push(`said:${wordsBefore < 20 ? 0 : wordsBefore < 45 ? 1 : wordsBefore < 75 ? 2 : wordsBefore < 120 ? 3 : 4}`);
  if (index === 0) out.push('pos:first');
  if (index === count - 1) out.push('pos:last');
  out.push(`sec:${sections[index]}`);
  if (index > 0) out.push(`prevsec:${sections[index - 1]}`);
  if (actedBefore) out.push('ctx:after-action');
  return out;
}
