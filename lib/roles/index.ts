import type { Sentence } from '../doc-model';
import { sentenceFeatures } from '../sections';
import { hasQuantity, predicates } from '../grammar';
import type { Section } from '../types';
import { positionFeatures, textFeatures } from './features';
import { compileModel, type CompiledModel, type LinearModel } from './model';
import { ruleRoles } from './rules';
import { ACTORS, RESULT_KINDS, ROLES, type ResultKind, type Role, type RoleLabel, type SentenceRoles } from './types';
import { ROLE_MODEL } from '../data/role-model';

export type { SentenceRoles } from './types';

/** Which reader decides the roles: the hand-written rules, the learned model, or the model with the rules' readings among its features. */
export type RoleReader = 'rules' | 'model';

/** Features the shipped model reads; `text` leaves out the rules' own readings (cues, sections). */
export type FeatureSet = 'text' | 'all';

const RULE_FEATURE = /^(?:f:|cue:|sec:|prevsec:|q:)/;

const textCache = new Map<string, string[]>();
const CACHE_LIMIT = 2000;

function cachedTextFeatures(s: Sentence): string[] {
  let hit = textCache.get(s.text);
  if (!hit) {
    hit = textFeatures(s);
    textCache.set(s.text, hit);
    if (textCache.size > CACHE_LIMIT) textCache.delete(textCache.keys().next().value!);
  }
  return hit;
}

export function clearRoleCache(): void {
  textCache.clear();
  rolesCache.clear();
}

/** Every feature of sentence `i` of an answer, for the model (and for training it). */
export function featuresOf(sentences: readonly Sentence[], sections: readonly Section[], i: number, set: FeatureSet): string[] {
  const actedBefore = sections.slice(0, i).includes('action');
  const said = sentences.slice(0, i).reduce((n, s) => n + s.tokens.length, 0);
  return filterSet([...cachedTextFeatures(sentences[i]!), ...positionFeatures(i, sentences.length, sections, actedBefore, said)], set);
}

let compiled: { model: CompiledModel; set: FeatureSet } | null = null;
function shipped(): { model: CompiledModel; set: FeatureSet } {
  compiled ??= { model: compileModel(ROLE_MODEL as LinearModel), set: ROLE_MODEL.featureSet as FeatureSet };
  return compiled;
}

/** The probability of each label, read by name from one sentence's scores. */
export type LabelScores = (label: RoleLabel) => number;

function best<T extends string>(p: LabelScores, options: readonly T[], name: (o: T) => RoleLabel): T {
  let top = options[0]!;
  for (const o of options) if (p(name(o)) > p(name(top))) top = o;
  return top;
}

/**
 * Whether the speaker can be the actor of a sentence, by its clauses: some verb has "I" (or "me",
 * "my colleague and I" aside) as its subject, or has no written subject at all (a bullet list's
 * "Traced the logs"), or no clause was read. "So afterwards we met and talked it through" and "The
 * backlog was cleared by Wednesday" cannot be the speaker's deed, whatever their words suggest.
 */
export function speakerCanAct(s: Sentence): boolean {
  // "I" written anywhere keeps the speaker possible: the clause reader misses some ("I bladder-scanned him").
  if (s.tokens.some((t, k) => t.normal === 'i' || /^i['’]/.test(t.normal) || (t.normal === 'me' && s.tokens[k - 1]?.normal === 'by'))) return true;
  const clauses = predicates(s);
  return clauses.length === 0 || clauses.some((c) => c.actor === 'i' || c.actor === 'implicit');
}

/** Turn one sentence's label probabilities into its roles (`speaker`: whether the speaker can be its actor, `speakerCanAct`). */
export function decide(p: LabelScores, measured = false, speaker = true): SentenceRoles {
  const roles = new Set<Role>(ROLES.filter((r) => p(r) >= 0.5));
  if (roles.size === 0) roles.add(best(p, ROLES, (r) => r));
  // A filler says nothing else; any other role outranks it.
  if (roles.size > 1) roles.delete('filler');
  // A result reports what happened and a lesson what the speaker does since: no labelled sentence is
  // both. A sentence that measures something is the result ("Since then, the error rate stayed at
  // zero"); otherwise the likelier reading wins.
  if (roles.has('result') && roles.has('lesson')) roles.delete(measured || p('result') >= p('lesson') ? 'lesson' : 'result');
  const acts = roles.has('action') || roles.has('verification');
  const results = new Set<ResultKind>();
  if (roles.has('result')) {
    for (const k of RESULT_KINDS) if (p(`result:${k}`) >= 0.5) results.add(k);
    if (results.size === 0) results.add(best(p, RESULT_KINDS, (k) => `result:${k}`));
  }
  // An assignment is a strong claim (it outweighs any boundary), so the reader must be sure of it.
  const assigned = p('scope:assigned');
  return {
    roles,
    actor: acts ? best(p, speaker ? ACTORS : ACTORS.filter((a) => a !== 'I'), (a) => `actor:${a}`) : null,
    results,
    scope: roles.has('scope') ? (assigned >= 0.5 && assigned > p('scope:boundary') ? 'assigned' : 'boundary') : null,
    genericLesson: roles.has('lesson') && p('lesson:generic') >= 0.5,
  };
}

/**
 * The role of every sentence of an answer. The learned model decides; the rules' STAR sections are
 * among its features, so it starts from what they read and corrects it with the sentence's words,
 * tags, clause subjects and position.
 */
export function readRoles(sentences: readonly Sentence[], sections: readonly Section[], reader: RoleReader = 'model', model?: { model: CompiledModel; set: FeatureSet }): SentenceRoles[] {
  if (reader === 'rules') return sentences.map((s, i) => ruleRoles(s, sections[i]!, sentenceFeatures(s)));
  const m = model ?? shipped();
  const labels = m.model.labels;
  let actedBefore = false;
  let said = 0;
  return sentences.map((s, i) => {
    const where = positionFeatures(i, sentences.length, sections, actedBefore, said);
    if (sections[i] === 'action') actedBefore = true;
    said += s.tokens.length;
    // A sentence's reading depends on its text and its place only: cached by both, so after an
    // edit only the edited sentence is read again.
    const key = m === compiled ? `${where.join('|')}\u0000${s.text}` : null;
    const hit = key !== null ? rolesCache.get(key) : undefined;
    if (hit) return hit;
    const own = m.model.sum(filterSet(cachedTextFeatures(s), m.set));
    const scores = m.model.finish(own, m.model.sum(filterSet(where, m.set)));
    const read = decide((label) => scores[indexOf(labels, label)] ?? 0, hasQuantity(s), speakerCanAct(s));
    if (key !== null) {
      rolesCache.set(key, read);
      if (rolesCache.size > CACHE_LIMIT) rolesCache.delete(rolesCache.keys().next().value!);
    }
    return read;
  });
}

const rolesCache = new Map<string, SentenceRoles>();

const labelIndex = new WeakMap<readonly string[], Map<string, number>>();
function indexOf(labels: readonly string[], label: string): number {
  let map = labelIndex.get(labels);
  if (!map) labelIndex.set(labels, (map = new Map(labels.map((l, i) => [l, i]))));
  return map.get(label) ?? -1;
}

function filterSet(features: string[], set: FeatureSet): string[] {
  return set === 'all' ? features : features.filter((f) => !RULE_FEATURE.test(f));
}

