import type { Sentence } from '../doc-model';
import { isDeed, isPerception, matchCue, predicates, type ActorKind } from '../grammar';
import { sectionLabel, type SentenceFeatures } from '../sections';
import { hasSecondOrder } from '../outcome';
import { GENERIC_REFLECTION, MECHANISMS, REPRODUCTION, SCOPE_BOUNDARY, VAGUE_RESULT, VALIDATION_EVIDENCE } from '../data/cues';
import type { Section } from '../types';
import { assignmentCue } from '../assignment';
import type { Actor, ResultKind, Role, SentenceRoles } from './types';

const ACTOR_OF: Record<ActorKind, Actor> = { i: 'I', implicit: 'I', we: 'we', group: 'we', person: 'other', thing: 'other', relative: 'other' };

/** The actor of a sentence's first action: its first deed's subject, or hidden when that deed is passive. */
export function clauseActor(s: Sentence): Actor | null {
  for (const p of predicates(s)) {
    if (p.passive) return 'hidden';
    if (isDeed(s.tokens, p) && !isPerception(s.tokens, p)) return ACTOR_OF[p.actor];
  }
  return null;
}

/**
 * The roles the hand-written rules give a sentence, from its STAR section and cue features: the
 * baseline the learned reader is measured against, and its fallback when it is unsure.
 */
export function ruleRoles(s: Sentence, section: Section, f: SentenceFeatures): SentenceRoles {
  const roles = new Set<Role>();
  const results = new Set<ResultKind>();
  const words = s.tokens.filter((t) => t.start !== t.end).length;
  let scope: SentenceRoles['scope'] = null;
  if (assignmentCue(s)) scope = 'assigned';
  else if (matchCue(s, SCOPE_BOUNDARY)) scope = 'boundary';
  if ((sectionLabel(s.text) && words <= 2) || (words <= 4 && predicates(s).length === 0 && !f.measuredResult)) roles.add('filler');
  else if (scope) roles.add('scope');
  else if (section === 'situation' || section === 'task') roles.add(f.problem || f.perception ? 'problem' : 'context');
  else if (section === 'action') {
    roles.add('action');
    if (matchCue(s, VALIDATION_EVIDENCE) || matchCue(s, REPRODUCTION)) roles.add('verification');
  } else if (section === 'result') {
    roles.add('result');
    if (f.measuredResult) results.add('metric');
    if (hasSecondOrder(s)) results.add('spread');
    if (!f.measuredResult && matchCue(s, VAGUE_RESULT)) results.add('vague');
    if (results.size === 0) results.add('state');
  } else roles.add('lesson');
  const acts = roles.has('action') || roles.has('verification');
  return {
    roles,
    actor: acts ? (clauseActor(s) ?? 'I') : null,
    results,
    scope,
    genericLesson: roles.has('lesson') && matchCue(s, GENERIC_REFLECTION) !== null && matchCue(s, MECHANISMS) === null,
  };
}
