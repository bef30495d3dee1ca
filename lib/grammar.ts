import type { Token } from './doc-model';
import type { Sentence } from './doc-model';
import { PERCEPTION_VERBS, STATE_VERBS } from './data/verbs';
import { SUBORDINATORS } from './data/words';
import { TextCache } from './text/text-cache';

/** Who performs a predicate. `implicit`: no subject written (a pasted bullet: "Traced the failure to…"). */
export type ActorKind = 'i' | 'we' | 'group' | 'person' | 'thing' | 'implicit' | 'relative';

export interface Predicate {
  /** Index of the main verb in the sentence's tokens. */
  verb: number;
  /** Token range [first, last] of the subject noun phrase, when one is written. */
  subject: [number, number] | null;
  actor: ActorKind;
  passive: boolean;
  /** Index of the first auxiliary ("were" in "were analyzed"), or -1. */
  aux: number;
  /** The subject was carried over from an earlier verb ("I pulled the logs and traced…"). */
  inherited: boolean;
}

const GROUP_HEADS = new Set(['team', 'teams', 'everyone', 'everybody', 'group', 'squad', 'department', 'together']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'them', 'someone', 'somebody', 'nobody', 'anyone']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const COORDINATORS = new Set(['and', 'or', 'then', 'but', 'so', '&', 'plus']);
/** Participles spelled like the base form, which compromise tags as infinitives ("was put", "was set up"). */
const SAME_FORM_PARTICIPLES = new Set(['put', 'set', 'cut', 'shut', 'let', 'hit', 'split', 'spread', 'read', 'reset', 'upset', 'cast', 'broadcast', 'forecast', 'rerun', 'run', 'quit', 'rid', 'shed', 'input', 'output']);

/** Verbs that hand their subject to the verb after "to". */
const CATENATIVE = new Set(['manage', 'try', 'attempt', 'decide', 'start', 'begin', 'proceed', 'go', 'continue', 'volunteer', 'offer', 'choose', 'have', 'get', 'help', 'work', 'rush', 'move']);
const NP_PARTS = ['Determiner', 'Adjective', 'Noun', 'Possessive', 'Value', 'Pronoun', 'ProperNoun'];

function isVerbLike(t: Token): boolean {
  return t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Particle');
}

function inNounPhrase(t: Token): boolean {
  return NP_PARTS.some((p) => t.tags.has(p)) && !t.tags.has('Verb');
}

/** Whether a comma or other clause break sits between two adjacent tokens. */
function breakBetween(text: string, base: number, a: Token, b: Token): boolean {
  return /[,;:()\u2013\u2014]/.test(text.slice(a.end - base, b.start - base));
}

export function actorOf(tokens: Token[], first: number, last: number): ActorKind {
  const bare = (t: Token) => t.normal.replace(/['’](?:ve|d|ll|re|m|s)$/, '');
  const head = { ...tokens[last]!, normal: bare(tokens[last]!) };
  const words = tokens.slice(first, last + 1).map(bare);
  // "the team and I", "my colleagues and I": the speaker inside a group.
  if ((head.normal === 'i' || head.normal === 'me') && words.includes('and') && words.some((w) => GROUP_HEADS.has(w) || /^(?:colleagues?|teammates?|coworkers?|co-workers?|manager|lead|partner|we)$/.test(w))) return 'group';
  if (head.normal === 'i' || head.normal === 'me') return 'i';
  if (head.normal === 'we' || head.normal === 'us') return 'we';
  if (words.includes('together')) return 'group';
  if (GROUP_HEADS.has(head.normal)) {
    // "the team", "my team", "everyone" stand for the speaker's own group; "the Platform team",
    // "their team" are other people.
    const own = words.every((w, i) => i === words.length - 1 || ['the', 'my', 'our', 'whole', 'entire', 'and', 'i'].includes(w));
    return own ? 'group' : 'person';
  }
  if (PERSON_PRONOUNS.has(head.normal) || head.tags.has('Actor') || head.tags.has('Person')) return 'person';
  return 'thing';
}

/** Sentence text kept per cache, in characters (see `NLP_CACHE_CHARS` in nlp.ts). */
export const GRAMMAR_CACHE_CHARS = 200_000;
/**
 * Predicates depend only on the sentence's own text (token indices, not offsets), so they are
 * cached by text like the NLP parse: after a one-word edit only the edited sentence is re-read.
 */
const predicateCache = new TextCache<Predicate[]>(GRAMMAR_CACHE_CHARS);

/**
 * The predicates of a sentence with their subjects: a light clause reading built on compromise's
 * tags. Good enough to tell "I traced", "we figured out", "the logs were analyzed" and "they
 * handled it" apart, which is what the ownership checks need.
 */
export function predicates(sentence: Sentence): Predicate[] {
  let hit = predicateCache.get(sentence.text);
  if (!hit) {
    hit = readPredicates(sentence);
    predicateCache.set(sentence.text, hit);
  }
  return hit;
}

/** The main clause's predicate: the first one not opened by a subordinator ("Because he couldn't work, I ordered…"). */
export function mainClause(s: Sentence): Predicate | undefined {
  const ps = predicates(s);
  return ps.find((p) => !p.subject || !SUBORDINATORS.has(s.tokens[p.subject[0] - 1]?.normal ?? '')) ?? ps[0];
}

export function clearGrammarCache(): void {
  predicateCache.clear();
  foldCache.clear();
}

function readPredicates(sentence: Sentence): Predicate[] {
  const { tokens, text, start: base } = sentence;
  const out: Predicate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Implied words of a contraction ("we've" → we + have) are auxiliaries, never predicates.
    if (!isVerbLike(t) || t.start === t.end) continue;
    // A verb right after another verb belongs to it ("started investigating", "helped fix").
    const prevTok = tokens[i - 1];
    if (prevTok && isVerbLike(prevTok) && !prevTok.tags.has('Copula') && !breakBetween(text, base, prevTok, t)) continue;
    if (prevTok && prevTok.normal === 'to') {
      // "we were able to fix", "I managed to ship": the real action takes over the chain's predicate.
      const last = out[out.length - 1];
      const link = tokens[i - 2];
      if (last && link && ((CATENATIVE.has(link.root) && last.verb === i - 2) || (link.normal === 'able' && last.verb === i - 3))) {
        last.verb = i;
        last.passive = false;
      }
      // Otherwise "to confirm" is a purpose clause, not a new predicate.
      continue;
    }
    if (t.tags.has('Gerund') && !(prevTok && prevTok.tags.has('Copula'))) continue;
    // Copula as a main verb only when nothing verbal follows ("it was my ticket").
    const next = tokens[i + 1];
    if (t.tags.has('Copula') && next && (next.tags.has('Passive') || next.tags.has('Gerund') || SAME_FORM_PARTICIPLES.has(next.normal)) && next.tags.has('Verb')) continue;
    // "it was fixed" where compromise reads "fixed" as an adjective: a passive of that verb.
    const adv = next && next.tags.has('Adverb') ? 1 : 0;
    const participle = tokens[i + 1 + adv];
    if (t.tags.has('Copula') && participle && participle.tags.has('Adjective') && !participle.tags.has('Verb') && /(?:ed|en)$/.test(participle.normal)) {
      const subj = subjectBefore(tokens, text, base, i, out);
      out.push({ verb: i + 1 + adv, subject: subj.subject, actor: subj.actor, passive: true, aux: i, inherited: subj.inherited });
      i += 1 + adv;
      continue;
    }

    const found = subjectBefore(tokens, text, base, i, out);
    const passive = found.passive || (t.tags.has('Passive') && !t.tags.has('Copula'));
    const { subject, actor, inherited, aux } = found;
    out.push({ verb: i, subject, actor, passive, aux, inherited });
  }
  return out;
}

/** The subject of the verb at `i`: skips auxiliaries and adverbs, follows relatives and coordination. */
function subjectBefore(
  tokens: Token[],
  text: string,
  base: number,
  i: number,
  out: Predicate[],
): { subject: [number, number] | null; actor: ActorKind; inherited: boolean; aux: number; passive: boolean } {
  const t = tokens[i]!;
  let k = i - 1;
  let aux = -1;
  let passive = false;
  while (k >= 0) {
    const p = tokens[k]!;
    if (p.tags.has('Auxiliary') || p.tags.has('Copula') || p.tags.has('Modal') || (p.start === p.end && p.tags.has('Verb'))) {
      aux = k;
      if (['was', 'were', 'been', 'be', 'being', 'is', 'are', 'got', 'get', 'gets'].includes(p.normal) && (t.tags.has('PastTense') || SAME_FORM_PARTICIPLES.has(t.normal)) && !t.tags.has('Copula')) {
        // A form of "be" or "get" before a past participle, adverbs between or not ("was quickly rolled back").
        passive = true;
      }
      k--;
      continue;
    }
    if (p.normal === 'then' && out.length > 0 && (k === 0 || !inNounPhrase(tokens[k - 1]!) || breakBetween(text, base, tokens[k - 1]!, p))) break;
    if (p.tags.has('Adverb') || p.tags.has('Negative') || ['also', 'then', 'just', 'since', 'eventually', 'finally', 'quickly', 'now', 'still', 'later', 'soon'].includes(p.normal)) {
      if (breakBetween(text, base, p, tokens[k + 1]!)) break;
      k--;
      continue;
    }
    break;
  }
  const before = tokens[k];
  let subject: [number, number] | null = null;
  let actor: ActorKind = 'implicit';
  let inherited = false;
  if (before && RELATIVE.has(before.normal) && k > 0) {
    // "my manager, who escalated it": the relative pronoun's antecedent acts.
    let h = k - 1;
    while (h >= 0 && !inNounPhrase(tokens[h]!)) h--;
    if (h >= 0) {
      let s = h;
      while (s > 0 && inNounPhrase(tokens[s - 1]!) && !breakBetween(text, base, tokens[s - 1]!, tokens[s]!)) s--;
      subject = [s, h];
      actor = actorOf(tokens, s, h);
    } else actor = 'relative';
  } else if (before && inNounPhrase(before) && !before.tags.has('Preposition') && !before.tags.has('Pronoun') && out.length > 0 && breakBetween(text, base, before, tokens[k + 1]!)) {
    // "I stopped the payment run, recovered the money, and reconciled…": a noun phrase, then a comma,
    // then a verb is the end of the last clause's object, and the verb shares that clause's subject.
    const last = out[out.length - 1]!;
    subject = last.subject;
    actor = last.actor;
    inherited = true;
  } else if (before && inNounPhrase(before) && !(before.tags.has('Preposition'))) {
    let s = k;
    while (s > 0 && inNounPhrase(tokens[s - 1]!) && !breakBetween(text, base, tokens[s - 1]!, tokens[s]!)) s--;
    // "the team and I": a compound subject that includes the speaker.
    if (tokens[s]!.normal === 'i' && s >= 2 && tokens[s - 1]!.normal === 'and' && inNounPhrase(tokens[s - 2]!)) {
      s -= 2;
      while (s > 0 && inNounPhrase(tokens[s - 1]!) && !breakBetween(text, base, tokens[s - 1]!, tokens[s]!)) s--;
    }
    subject = [s, k];
    // "Questions to my team dropped": a noun phrase after a preposition is its object; the subject
    // is the noun phrase the preposition hangs on.
    // ("calls from the branch managers to my team dropped": as many hops as there are prepositions).
    for (let prep = tokens[s - 1]; prep?.tags.has('Preposition') && s >= 2 && inNounPhrase(tokens[s - 2]!) && !tokens[s - 2]!.tags.has('Pronoun') && !breakBetween(text, base, tokens[s - 2]!, prep) && !breakBetween(text, base, prep, tokens[s]!); prep = tokens[s - 1]) {
      let h = s - 2;
      while (h > 0 && inNounPhrase(tokens[h - 1]!) && !breakBetween(text, base, tokens[h - 1]!, tokens[h]!)) h--;
      subject = [h, s - 2];
      s = h;
    }
    actor = actorOf(tokens, subject[0], subject[1]);
    // An object followed by a verb is a mis-tag more often than a clause; only a pronoun or a
    // noun phrase after a break or at the start counts as a fresh subject.
    const prior = tokens[s - 1];
    if (prior && !COORDINATORS.has(prior.normal) && !breakBetween(text, base, prior, tokens[s]!) && !prior.tags.has('Preposition') && !tokens[k]!.tags.has('Pronoun') && out.length > 0 && !prior.tags.has('Conjunction')) {
      subject = null;
      actor = 'thing';
    }
  } else if (before && (COORDINATORS.has(before.normal) || before.tags.has('Conjunction')) && out.length > 0) {
    const last = out[out.length - 1]!;
    subject = last.subject;
    actor = last.actor;
    inherited = true;
  } else if (before && out.length > 0 && breakBetween(text, base, before, tokens[k + 1]!)) {
    // "I pulled the logs, traced the failure, …": a list of verbs shares the subject.
    const last = out[out.length - 1]!;
    subject = last.subject;
    actor = last.actor;
    inherited = true;
  } else if (k >= 0) {
    actor = 'thing';
  }
  return { subject, actor, inherited, aux, passive };
}

/** Whether a verb (or a participle compromise read as an adjective) belongs to a verb class. */
export function inVerbClass(set: ReadonlySet<string>, t: Token): boolean {
  if (set.has(t.root) || set.has(t.normal)) return true;
  const n = t.normal;
  return [n.replace(/ied$/, 'y'), n.replace(/ed$/, ''), n.replace(/d$/, ''), n.replace(/(.)\1ed$/, '$1')].some((c) => c !== n && set.has(c));
}

/** A verb the speaker performs: active, past or present narration, not a state or mere perception. */
export function isDeed(tokens: Token[], p: Predicate): boolean {
  const v = tokens[p.verb]!;
  if (p.passive) return false;
  if (v.tags.has('Copula')) return false;
  if (STATE_VERBS.has(v.root) || STATE_VERBS.has(v.normal)) return false;
  return v.tags.has('PastTense') || v.tags.has('PresentTense') || v.tags.has('Infinitive');
}

/**
 * The verb at `index` is negated by the words just before it: "I never measured it", "we didn't
 * test it again", "had not yet been checked". Only auxiliaries and adverbs may stand between.
 */
export function negatedAt(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const t = tokens[k]!;
    if (t.tags.has('Negative') || t.normal === 'never' || t.normal === 'not') return true;
    if (!(t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Condition'))) return false;
  }
  return false;
}

export function isPerception(tokens: Token[], p: Predicate): boolean {
  return PERCEPTION_VERBS.has(tokens[p.verb]!.root);
}

/** Predicates whose actor is the speaker (written "I", or an implicit subject at the start of a bullet). */
export function speakerDeeds(sentence: Sentence): Predicate[] {
  return predicates(sentence).filter((p) => {
    if (!isDeed(sentence.tokens, p)) return false;
    if (p.actor === 'i') return true;
    // Resume-style bullet: a past-tense verb opens the sentence.
    return p.actor === 'implicit' && p.verb === 0 && sentence.tokens[0]!.tags.has('PastTense');
  });
}

const PARTICLES = new Set(['back', 'out', 'up', 'down', 'off', 'over', 'through', 'around', 'into', 'in', 'on', 'together']);

/** The particle of a phrasal verb right after `verb` ("rolled back", "figured out"), or -1. */
export function particleAfter(tokens: Token[], verb: number): number {
  const next = tokens[verb + 1];
  if (!next) return -1;
  // "put in place", "put on hold": a preposition before a bare noun, not a particle.
  const after = tokens[verb + 2];
  if ((next.normal === 'in' || next.normal === 'on') && after && after.tags.has('Noun') && !after.tags.has('Pronoun')) return -1;
  if (next.tags.has('Particle')) return verb + 1;
  if (next.tags.has('Adverb') && PARTICLES.has(next.normal) && next.normal !== 'together') return verb + 1;
  return -1;
}

/** The sentence lower-cased in ASCII only, apostrophes straightened: same length, same offsets. */
export function foldCase(text: string): string {
  let hit = foldCache.get(text);
  if (hit === undefined) {
    hit = text.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[\u2018\u2019]/g, "'");
    foldCache.set(text, hit);
  }
  return hit;
}
const foldCache = new TextCache<string>(GRAMMAR_CACHE_CHARS);

/** Characters of sentence text the clause and case-folding caches hold (each bounded by `GRAMMAR_CACHE_CHARS`). */
export function grammarCacheChars(): number {
  return predicateCache.size + foldCache.size;
}

/** Patterns compiled once without the global flag, so exec() never carries state between calls. */
const compiled = new WeakMap<RegExp, RegExp>();
function once(re: RegExp): RegExp {
  let c = compiled.get(re);
  if (!c) {
    c = re.flags.includes('g') ? new RegExp(re.source, re.flags.replace('g', '')) : re;
    compiled.set(re, c);
  }
  return c;
}
const compiledGlobal = new WeakMap<RegExp, RegExp>();
function global(re: RegExp): RegExp {
  let c = compiledGlobal.get(re);
  if (!c) {
    c = re.flags.includes('g') ? re : new RegExp(re.source, re.flags + 'g');
    compiledGlobal.set(re, c);
  }
  return c;
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

/** The first match of any pattern in a sentence, with absolute offsets. */
export function matchCue(sentence: Sentence, patterns: RegExp | readonly RegExp[]): Match | null {
  const folded = foldCase(sentence.text);
  let best: Match | null = null;
  for (const re of Array.isArray(patterns) ? patterns : [patterns as RegExp]) {
    const m = once(re).exec(folded);
    if (m && (!best || m.index + sentence.start < best.start)) {
      best = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: sentence.text.slice(m.index, m.index + m[0].length) };
    }
  }
  return best;
}

export function countCue(sentence: Sentence, pattern: RegExp): number {
  return foldCase(sentence.text).match(global(pattern))?.length ?? 0;
}

/** Numbers, money, percentages and "zero": what a measured claim is made of. */
export function hasQuantity(sentence: Sentence): boolean {
  return sentence.tokens.some((t) => t.tags.has('Value') && !/^(?:a|an|one)$/i.test(t.text) || t.tags.has('Money') || t.tags.has('Percent') || /\d/.test(t.text));
}

export function hasMoney(sentence: Sentence): boolean {
  return sentence.tokens.some((t) => t.tags.has('Money')) || /[$£€¥]\s?\d|\b\d[\d,.]*\s?(?:k|m|bn)?\s?(?:dollars|usd|eur|euros|pounds|gbp)\b/i.test(sentence.text);
}

/** A sentence's span without trailing punctuation, for underlining. */
export function trimmedSpan(sentence: Sentence): { start: number; end: number } {
  let end = sentence.end;
  while (end > sentence.start && /[.!?…\s]/.test(sentence.text[end - 1 - sentence.start]!)) end--;
  return { start: sentence.start, end: end > sentence.start ? end : sentence.end };
}
