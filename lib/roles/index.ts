import type { Sentence } from '../doc-model';
import { sentenceFeatures } from '../sections';
import type { Section } from '../types';
import { positionFeatures, textFeatures } from './features';
import { compileModel, type CompiledModel, type LinearModel } from './model';
import { ruleRoles } from './rules';
import { ACTORS, RESULT_KINDS, ROLES, type Actor, type ResultKind, type Role, type SentenceRoles } from './types';
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
}

/** Every feature of sentence `i` of an answer, for the model (and for training it). */
export function featuresOf(sentences: readonly Sentence[], sections: readonly Section[], i: number, set: FeatureSet): string[] {
  const actedBefore = sections.slice(0, i).includes('action');
  const all = [...cachedTextFeatures(sentences[i]!), ...positionFeatures(i, sentences.length, sections, actedBefore)];
  return set === 'all' ? all : all.filter((f) => !RULE_FEATURE.test(f));
}

let compiled: { model: CompiledModel; set: FeatureSet } | null = null;
function shipped(): { model: CompiledModel; set: FeatureSet } {
  compiled ??= { model: compileModel(ROLE_MODEL as LinearModel), set: ROLE_MODEL.featureSet as FeatureSet };
  return compiled;
}

function argmax<T extends string>(p: Record<string, number>, options: readonly T[]): T {
  return options.reduce((best, o) => ((p[o] ?? 0) > (p[best] ?? 0) ? o : best), options[0]!);
}

/** Turn one sentence's label probabilities into its roles. */
export function decide(p: Record<string, number>): SentenceRoles {
  const roles = new Set<Role>(ROLES.filter((r) => (p[r] ?? 0) >= 0.5));
  if (roles.size === 0) roles.add(argmax(p, ROLES));
  // A filler says nothing else; any other role outranks it.
  if (roles.size > 1) roles.delete('filler');
  const acts = roles.has('action') || roles.has('verification');
  const results = new Set<ResultKind>();
  if (roles.has('result')) {
    for (const k of RESULT_KINDS) if ((p[`result:${k}`] ?? 0) >= 0.5) results.add(k);
    if (results.size === 0) results.add(argmax(Object.fromEntries(RESULT_KINDS.map((k) => [k, p[`result:${k}`] ?? 0])), RESULT_KINDS));
  }
  return {
    roles,
    actor: acts ? argmax(Object.fromEntries(ACTORS.map((a) => [a, p[`actor:${a}`] ?? 0])), ACTORS as readonly Actor[]) : null,
    results,
    // An assignment is a strong claim (it outweighs any boundary), so the reader must be sure of it.
    scope: roles.has('scope') ? ((p['scope:assigned'] ?? 0) >= 0.5 && (p['scope:assigned'] ?? 0) > (p['scope:boundary'] ?? 0) ? 'assigned' : 'boundary') : null,
    genericLesson: roles.has('lesson') && (p['lesson:generic'] ?? 0) >= 0.5,
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
  return sentences.map((_, i) => {
    const scores = m.model.score(featuresOf(sentences, sections, i, m.set));
    return decide(Object.fromEntries(m.model.labels.map((l, k) => [l, scores[k]!])));
  });
}
