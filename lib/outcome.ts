import type { AnalyzedDoc, Sentence, Token } from './doc-model';
import { hasMoney, hasQuantity, isDeed, matchCue, predicates } from './grammar';
import { sentenceFeatures, ZERO_RESULT } from './sections';
import { firstOwnAction, lessonSentences } from './roles/query';
import { BUSINESS_TERMS, NUMBER, OUTCOME_CUES, SECOND_ORDER } from './data/cues';
import { ADOPTION_VERBS, CHANGE_VERBS } from './data/verbs';
import { EVERY_WORDS, OTHER_WORDS, PLACE_PREPOSITIONS, SAME_THING, SPREAD_ADVERBS, UNIT_NOUNS } from './data/words';

/**
 * Sentences that carry the result: the ones whose role is a result, wherever they sit (an
 * outcome-first opening, a result told among the actions), and a measured change in the result
 * section. Numbers in the context, the problem or the lesson are never the result.
 */
export function outcomeSentences(doc: AnalyzedDoc): Sentence[] {
  const lessons = new Set(lessonSentences(doc));
  const acted = firstOwnAction(doc);
  return doc.sentences.filter((s, i) => {
    if (lessons.has(s)) return false;
    const r = doc.roles[i]!.roles;
    if (r.has('result')) return true;
    // A measured change told after the speaker has acted is the result even where the role reader
    // takes it for the problem ("ticket times had gone from 14 minutes to 9"): a problem is told
    // before the work, not after it.
    if (r.has('problem') && !r.has('context') && acted >= 0 && i > acted && (hasMetricDelta(s) || hasSplitDelta(doc, s))) return true;
    if (r.has('context') || r.has('problem')) return false;
    if (s.section === 'result') return true;
    // A measured change told among the actions ("…reducing errors to zero") is a result too.
    return s.section !== 'situation' && sentenceFeatures(s).measuredResult;
  });
}

/**
 * A metric that moved: the outcome measured before and after. Either a relative change ("cut by a
 * third", "halved", "by 35%", "to zero", "3x faster"), or two figures of it with a change between
 * them ("fell from 40 minutes to 12", "40 minutes instead of four hours"). One figure alone is not
 * a delta ("dropped to 92", "3,000 samples were kept safe", "sheets 212 to 219"), and money alone
 * is the business translation, not the delta.
 */
export function hasMetricDelta(s: Sentence): boolean {
  // A fraction or multiple of the old figure, with a verb of change: "cut by a third", "fell by half", "3x faster".
  if (/\b(?:by|to|under|over) (?:a |one |two |three )?(?:half|third|quarter|fifth|tenth)s?\b|\bin half\b|\b\d+(?:\.\d+)?x\b|\b(?:twice|three times|four times|ten times) (?:as |faster|quicker|more|fewer|less)/i.test(s.text) && hasChange(s)) return true;
  if (!sentenceFeatures(s).measuredResult && !hasChange(s) && !COMPARISON.test(s.text)) return false;
  if (ZERO_RESULT.test(s.text) || /\b(?:to|at) (?:none|nothing|nil)\b|\b(?:halved|doubled|tripled|quadrupled)\b/i.test(s.text)) return true;
  // A percentage change: "by 35%", "35% fewer", "down 12 points".
  if (/\b(?:by|down|up) (?:about |around |roughly |almost |nearly |over )?\d[\d.,]*\s?(?:%|per ?cent|percentage points|points|pp)|\d[\d.,]*\s?(?:%|per ?cent) (?:fewer|less|lower|more|higher|faster|quicker|slower|cheaper|shorter|smaller|bigger|larger)\b/i.test(s.text) && hasChange(s)) return true;
  // Two figures of one measure: "from 40 minutes to 12", "from 1.8% to 0.05%", "12 instead of 40",
  // "from $310K to $720K a month". Two unrelated figures ("three reviewers… dropped to 92") are not
  // a before and after, and one sum of money alone is the business translation, not the delta.
  const pair = BEFORE_AFTER.exec(s.text);
  if (!pair) return false;
  const figures = s.tokens.filter((t) => /\d/.test(t.text) || (t.tags.has('Value') && !/^(?:a|an)$/i.test(t.text))).length;
  return figures >= 2;
}

/**
 * A before told earlier and an after told in the result: "the audit had come back at 62 percent"
 * … "after eight weeks the audit was at 91 percent". The result's figure and an earlier figure share
 * their unit and the sentences share the thing measured (a noun), and the figures differ.
 */
export function hasSplitDelta(doc: AnalyzedDoc, result: Sentence): boolean {
  let found = splitCache.get(doc);
  if (!found) splitCache.set(doc, (found = splitDeltas(doc)));
  return found.has(result.index);
}

const splitCache = new WeakMap<AnalyzedDoc, Set<number>>();
const MAX_FIGURES = 6;
const MAX_THINGS = 24;

/** In one pass: the sentences with a figure whose unit and thing measured an earlier sentence gave another figure of. */
function splitDeltas(doc: AnalyzedDoc): Set<number> {
  const out = new Set<number>();
  // unit → thing named → the figures told of it so far
  const seen = new Map<string, Map<string, Set<string>>>();
  for (const s of doc.sentences) {
    // A result names a figure or two and a few things: bounded, so a pathological sentence with
    // thousands of numbers and nouns stays linear.
    const figures = measures(s).slice(0, MAX_FIGURES);
    if (figures.length === 0) continue;
    const things = [...thingsNamed(s)].slice(0, MAX_THINGS);
    const differs = figures.some((f) => things.some((n) => {
      const values = seen.get(f.unit)?.get(n);
      return values !== undefined && [...values].some((v) => v !== f.value);
    }));
    if (differs) out.add(s.index);
    for (const f of figures) {
      let byThing = seen.get(f.unit);
      if (!byThing) seen.set(f.unit, (byThing = new Map()));
      for (const n of things) {
        let values = byThing.get(n);
        if (!values) byThing.set(n, (values = new Set()));
        // Two figures are enough to tell a change: keep the memory small on a long draft.
        if (values.size < 2) values.add(f.value);
      }
    }
  }
  return out;
}

const UNITS = /^(?:%|percent|per|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|seconds?|secs?|ms|points?|calls?|errors?|complaints?|tickets?|times)$/;

/** Each figure of a sentence with its unit: the unit word after it, or % written on it. */
function measures(s: Sentence): { value: string; unit: string }[] {
  const out: { value: string; unit: string }[] = [];
  s.tokens.forEach((t, i) => {
    if (!/\d/.test(t.text)) return;
    if (/%$/.test(t.text)) return void out.push({ value: t.text.replace(/%$/, ''), unit: '%' });
    const next = s.tokens[i + 1]?.normal ?? '';
    if (UNITS.test(next)) out.push({ value: t.text, unit: next === 'percent' || next === 'per' ? '%' : next.replace(/s$/, '') });
  });
  return out;
}

/** The nouns of a sentence other than units and pronouns: what it talks about. */
function thingsNamed(s: Sentence): Set<string> {
  return new Set(s.tokens.filter((t) => t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Value') && !UNITS.test(t.normal) && t.normal.length > 2).map((t) => t.root || t.normal));
}

/** A decimal point is not a sentence's end: "from 1.8% to 0.05%". */
const CLAUSE = String.raw`(?:[^.;]|\.(?=\d))`;
const COMPARED = String.raw`\b(?:instead of|rather than|down from|up from|compared (?:to|with)|against|versus|vs\.?)\s+(?:(?:the|a|an|our|its|their|usual|normal|old|previous|expected|typical|about|around|roughly|nearly|almost|over)\s+){0,3}${NUMBER}|\b(?:where|whereas|when|while) (?:before|previously)\b`;
const BEFORE_AFTER = new RegExp(String.raw`\bfrom\b${CLAUSE}{0,60}?\bto\b|${COMPARED}|→|->`, 'i');
/** A figure set against another ("eleven days against the fifteen budgeted", "where before it dropped eleven times"): a change without a verb of change. */
const COMPARISON = new RegExp(COMPARED, 'i');

function hasChange(s: Sentence): boolean {
  return predicates(s).some((p) => CHANGE_VERBS.has(s.tokens[p.verb]!.root) || CHANGE_VERBS.has(s.tokens[p.verb]!.normal)) || matchCue(s, OUTCOME_CUES) !== null;
}

/** Money, or a business quantity (customers, hours, tickets…) that is counted or moved. */
export function hasBusinessValue(s: Sentence): boolean {
  if (hasMoney(s)) return true;
  return matchCue(s, BUSINESS_TERMS) !== null && (hasQuantity(s) || hasChange(s));
}

/**
 * Another actor (a team, a department, a site, a named function: not "I" or "we") using, applying
 * or following the same thing: "Treasury then applied the same standard to…", "two clinics now use
 * my checklist".
 */
function othersAdopt(s: Sentence): boolean {
  const { tokens } = s;
  return predicates(s).some((p) => {
    if (p.passive || p.actor === 'i' || p.actor === 'we' || p.actor === 'implicit' || p.actor === 'relative') return false;
    const v = tokens[p.verb]!;
    if (p.subject && isDeed(tokens, p)) {
      const [first, head] = p.subject;
      // "the other two billing teams switched to the new macro", "two other product teams moved to the
      // same freeze": other units doing something in the outcome is the work spreading.
      if (tokens.slice(first, head + 1).some((t) => OTHER_WORDS.has(t.normal))) return true;
      // "the council's property team now asks for a second source": a unit's new habit.
      if (UNIT_NOUNS.test(tokens[head]!.normal) && tokens.slice(head + 1, p.verb).some((t) => SPREAD_ADVERBS.has(t.normal))) return true;
    }
    const object = tokens.slice(p.verb + 1, p.verb + 5);
    const adopting = ADOPTION_VERBS.has(v.root) || ADOPTION_VERBS.has(v.normal);
    const theSpeakersThing = object.some((t) => SAME_THING.has(t.normal));
    // The subject must be a real one: a proper noun, a group, a person, or a plural noun ("other sites").
    if ((!adopting && !theSpeakersThing) || !p.subject) return false;
    if (adopting && theSpeakersThing) return true;
    // "…added the contract test to their suite": the thing went into another actor's own work.
    const rest = tokens.slice(p.verb + 1, p.verb + 9);
    if (rest.some((t, k) => (t.normal === 'to' || t.normal === 'into' || t.normal === 'in') && rest[k + 1]?.normal === 'their')) return true;
    // "QA added a two-probe comparison to every chamber's plan", "the group wrote my riser change into
    // the specification for all three foundries": the speaker's thing, or a thing taken up, carried to
    // every or other place by someone else.
    if (reachesEveryPlace(tokens.slice(p.verb + 1, p.verb + 14))) return true;
    // "…now use it", "…also follow it": a pronoun object counts with a word saying it spread.
    const around = tokens.slice(Math.max(0, p.verb - 3), p.verb + 5);
    return object.slice(0, 2).some((t) => t.normal === 'it' || t.normal === 'them') && around.some((t) => SPREAD_ADVERBS.has(t.normal));
  });
}

/** "to every remaining wave", "for all three of its foundries", "across the other sites": a place word, then every, all or other. */
function reachesEveryPlace(after: readonly Token[]): boolean {
  return after.some((t, k) => PLACE_PREPOSITIONS.has(t.normal) && (EVERY_WORDS.has(after[k + 1]?.normal ?? '') || (after[k + 1]?.normal === 'the' && EVERY_WORDS.has(after[k + 2]?.normal ?? ''))));
}

/** "…asked every branch to use the same count sheet": a group noun, then "to" + a verb of using + the same thing. */
function askedToAdopt(s: Sentence): boolean {
  const { tokens } = s;
  for (let j = 1; j + 2 < tokens.length; j++) {
    if (tokens[j]!.normal !== 'to') continue;
    const v = tokens[j + 1]!;
    if (!ADOPTION_VERBS.has(v.root) && !ADOPTION_VERBS.has(v.normal)) continue;
    const prev = tokens[j - 1]!;
    if (!prev.tags.has('Noun') || prev.tags.has('Pronoun')) continue;
    if (tokens.slice(j + 2, j + 5).some((t) => SAME_THING.has(t.normal))) return true;
  }
  return false;
}

/**
 * Another organisation acts: a named team, department or site as the subject of a deed ("The data
 * team applied…", "Treasury made…"), not the speaker, "we", or a thing ("the parser used…").
 */
export function anotherUnitActs(s: Sentence): boolean {
  return predicates(s).some((p) => {
    if (p.passive || !p.subject || p.actor === 'i' || p.actor === 'we' || p.actor === 'implicit') return false;
    const head = s.tokens[p.subject[1]]!;
    const named = s.tokens.slice(p.subject[0], p.subject[1] + 1).some((t) => t.tags.has('ProperNoun') || t.tags.has('Organization'));
    return named || UNIT_NOUNS.test(head.normal);
  });
}


export function hasSecondOrder(s: Sentence): boolean {
  return matchCue(s, SECOND_ORDER) !== null || othersAdopt(s) || askedToAdopt(s);
}

/** Where a missing result part belongs: after the last result sentence, else after the last action. */
export function resultAnchor(doc: AnalyzedDoc): Sentence | undefined {
  const rs = doc.sentences.filter((s) => s.section === 'result');
  if (rs.length) return rs[rs.length - 1];
  const acts = doc.sentences.filter((s) => s.section === 'action' || s.section === 'task');
  return acts.length ? acts[acts.length - 1] : doc.sentences[doc.sentences.length - 1];
}
