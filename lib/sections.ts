import type { Sentence } from './doc-model';
import { foldCase, hasMoney, hasQuantity, inVerbClass, isDeed, isPerception, matchCue, predicates, speakerDeeds, type Predicate } from './grammar';
import { OUTCOME_CUES, PROBLEM_CUES, REFLECTION_AFTER_ACTION, REFLECTION_CUES, SECOND_ORDER, SECTION_LABELS, SINCE_THEN_HABIT, TASK_CUES, VAGUE_RESULT } from './data/cues';
import { CHANGE_VERBS, DECISION_VERBS, DELIVERY_VERBS, FIX_VERBS, INVESTIGATION_VERBS, IRREGULAR_PAST, REMEDY_VERBS, ROUTING_VERBS, VALIDATION_VERBS } from './data/verbs';
import type { Token } from './doc-model';
import { SHARED_WORK_ADVERBS } from './data/pronouns';
import type { Section } from './types';

/** What the section classifier reads from one sentence. */
export interface SentenceFeatures {
  /** The speaker acts: "I traced", "Pulled the logs" (not "I noticed", "I was", "I work on"). */
  speakerAction: boolean;
  /** A group acts: "we figured out", "the team rolled back". */
  groupAction: boolean;
  /** Work done with its actor hidden: "the logs were analyzed", "a fix was deployed". */
  passiveWork: boolean;
  /** A group acts on a problem ("we traced", "we fixed"): an action even before the problem is named. */
  groupRemedy: boolean;
  /** A group does work of the story's kind (investigating, fixing, verifying, routing): "we rolled back", not "we used a fleet of…". */
  groupWork: boolean;
  /** The speaker only perceives: "I noticed…", "I spotted…". */
  perception: boolean;
  problem: boolean;
  reflection: boolean;
  /** The speaker's deeds are all in the present tense ("I now review…"): a habit, which continues a lesson. */
  habit: boolean;
  /** "I learned/realized that…": a lesson after the actions, a discovery before them. */
  lateReflection: boolean;
  task: boolean;
  /** A measured outcome: a quantity that moved, money, "to zero". */
  measuredResult: boolean;
  /** Any outcome statement, measured or not. */
  result: boolean;
}

/** Money, a percentage, "to zero" or "from X to Y": an outcome-first opening leads with one of these, not "two reorganisations". */
function hardNumber(s: Sentence): boolean {
  return hasMoney(s) || /\d\s?%|\bper ?cent\b|\bto zero\b|\bfrom [$£€]?\d[\w.,]* (?:\w+ )?to\b|\b(?:halved|doubled|tripled)\b/i.test(s.text);
}

/** Part of a hyphenated compound ("drop-off", "roll-out"), not a verb in its own right. */
function inCompound(s: Sentence, t: Token): boolean {
  return s.text[t.end - s.start] === '-' || s.text[t.start - s.start - 1] === '-';
}

/** A verb of the story's work: investigating, fixing, shipping, verifying or routing (not "rounded", "grouped", "used"). */
export function isWorkVerb(t: Token): boolean {
  return inVerbClass(REMEDY_VERBS, t) || inVerbClass(FIX_VERBS, t) || inVerbClass(VALIDATION_VERBS, t) || inVerbClass(ROUTING_VERBS, t) || inVerbClass(INVESTIGATION_VERBS, t) || inVerbClass(DELIVERY_VERBS, t) || inVerbClass(DECISION_VERBS, t) || t.normal in IRREGULAR_PAST;
}

/**
 * "We" or "the team" doing something. Seeing or finding is context ("we found that 3% of orders
 * were missing") unless the sentence says the work was shared ("we found the root cause together"):
 * then it is the investigation, claimed jointly.
 */
function isGroupDeed(s: Sentence, p: Predicate): boolean {
  if (!(p.actor === 'we' || p.actor === 'group') || !isDeed(s.tokens, p)) return false;
  return !isPerception(s.tokens, p) || SHARED_WORK.test(s.text);
}

const SHARED_WORK = new RegExp(`\\b(?:${SHARED_WORK_ADVERBS.join('|')})\\b`, 'i');

const featureCache = new Map<string, SentenceFeatures>();

/** Features depend only on the sentence's text; cached so a one-word edit re-reads one sentence. */
export function sentenceFeatures(s: Sentence): SentenceFeatures {
  let hit = featureCache.get(s.text);
  if (!hit) {
    hit = readFeatures(s);
    featureCache.set(s.text, hit);
    if (featureCache.size > 2000) featureCache.delete(featureCache.keys().next().value!);
  }
  return hit;
}

export function clearFeatureCache(): void {
  featureCache.clear();
}

/** A past tense, or a participle compromise reads as an adjective ("$8K recovered weekly"). */
const isPastForm = (t: Token) => t.tags.has('PastTense') || (t.tags.has('Adjective') && /ed$/.test(t.normal));

const ZERO_PHRASE = String.raw`\b(?:\w+ ){0,2}to zero\b|\bzero (?:\w+ )?(?:drops?|errors?|failures?|incidents?|complaints?|defects?|timeouts?|escalations?)(?: rate)?\b`;
export const ZERO_RESULT = new RegExp(ZERO_PHRASE, 'i');
const ZERO_RESULT_GLOBAL = new RegExp(ZERO_PHRASE, 'gi');

/** "Since then, I review every integration for an owner": a present-tense habit the story taught. */
function presentHabit(s: Sentence): boolean {
  if (!SINCE_THEN_HABIT.test(foldCase(s.text))) return false;
  return speakerDeeds(s).some((p) => s.tokens[p.verb]!.tags.has('PresentTense') && !s.tokens[p.verb]!.tags.has('PastTense'));
}

function readFeatures(s: Sentence): SentenceFeatures {
  const preds = predicates(s);
  const deeds = speakerDeeds(s);
  const perceptionOnly = deeds.length > 0 && deeds.every((p) => isPerception(s.tokens, p));
  // A change verb, even one compromise reads as an adjective ("$8K a week was recovered").
  const changes = s.tokens.some((t) => (t.tags.has('Verb') || /ed$/.test(t.normal)) && !inCompound(s, t) && (CHANGE_VERBS.has(t.root) || CHANGE_VERBS.has(t.normal) || CHANGE_VERBS.has(t.normal.replace(/e?d$/, '')) || CHANGE_VERBS.has(t.normal.replace(/d$/, ''))));
  const quantity = hasQuantity(s);
  const outcome = matchCue(s, OUTCOME_CUES) !== null;
  const measuredResult = (quantity && (changes || outcome)) || (hasMoney(s) && changes) || ZERO_RESULT.test(s.text);
  return {
    speakerAction: deeds.length > 0 && !perceptionOnly,
    groupAction: preds.some((p) => isGroupDeed(s, p)),
    passiveWork: preds.some((p) => p.passive && p.actor !== 'i' && p.actor !== 'we' && isWorkVerb(s.tokens[p.verb]!)),
    groupRemedy: preds.some((p) => isGroupDeed(s, p) && REMEDY_VERBS.has(s.tokens[p.verb]!.root)),
    // A jointly claimed discovery ("we found the root cause together") is investigation too.
    groupWork: preds.some((p) => isGroupDeed(s, p) && (isWorkVerb(s.tokens[p.verb]!) || isPerception(s.tokens, p))),
    perception: perceptionOnly,
    // "zero drop rate", "errors to zero": the problem's measure is gone, which is a result, not the problem.
    problem: PROBLEM_CUES.test(foldCase(s.text).replace(ZERO_RESULT_GLOBAL, ' ')),
    reflection: matchCue(s, REFLECTION_CUES) !== null || presentHabit(s),
    habit: deeds.length > 0 && deeds.every((p) => s.tokens[p.verb]!.tags.has('PresentTense') && !s.tokens[p.verb]!.tags.has('PastTense')),
    lateReflection: matchCue(s, REFLECTION_AFTER_ACTION) !== null,
    task: matchCue(s, TASK_CUES) !== null,
    measuredResult,
    result: measuredResult || outcome || matchCue(s, SECOND_ORDER) !== null || matchCue(s, VAGUE_RESULT) !== null,
  };
}

/** The section an explicit label opens ("Situation:", "Result –", "**Actions**"), if the sentence starts with one. */
export function sectionLabel(text: string): Section | null {
  const m = /^[\s*#_>]*([A-Za-z][A-Za-z ]{0,30}?)[\s*_]*(?:[:\-\u2013\u2014]|\)|$)/.exec(text);
  if (!m) return null;
  const label = m[1]!.trim().toLowerCase();
  // A label is short: "Situation", "What I did"; not the first words of a sentence.
  if (label.split(' ').length > 6) return null;
  for (const [re, section] of SECTION_LABELS) {
    const hit = re.exec(label);
    if (hit && hit[0].length === label.length) return section;
  }
  return null;
}

export interface SectionReading {
  sections: Section[];
  /** Index of the sentence that first states the problem, or null. */
  problemIndex: number | null;
}

/**
 * STAR section of each sentence. The situation runs until the speaker first acts; "we" and "the
 * team" before the problem is stated describe context ("We ran a nightly job…"), after it they
 * claim an action. A measured outcome before any action is an outcome-first opening, which is a
 * result. Reflection is recognised by its cues and runs to the end unless a result interrupts it.
 */
export function classifySections(sentences: Sentence[]): SectionReading {
  const feats = sentences.map(sentenceFeatures);
  let problemIndex: number | null = null;
  let seenAction = false;
  let inReflection = false;
  const sections: Section[] = [];
  let labelled: Section | null = null;
  feats.forEach((f, i) => {
    const s = sentences[i]!;
    // The writer's own STAR labels win over the cues.
    const label = sectionLabel(s.text);
    if (label) labelled = label;
    if (labelled) {
      if (problemIndex === null && (f.problem || f.perception)) problemIndex = i;
      let section: Section = labelled;
      // Results pasted among the actions are still results.
      if (section === 'action' && f.measuredResult) section = 'result';
      // A lesson written under the result or action label ("Result: … Going forward, I…") is still a lesson.
      if ((section === 'result' || section === 'action') && seenAction && !f.measuredResult && (f.reflection || f.lateReflection)) section = 'reflection';
      if (section === 'action' || section === 'result') seenAction = true;
      sections.push(section);
      return;
    }
    // "We ran a nightly job" before the problem is context; after it (or "we traced…") it is a claim.
    const afterProblem = (problemIndex !== null && problemIndex < i) || seenAction;
    // Before the speaker acts, only group *work* counts: "we used a fleet of…", "my team only recruited…" is background.
    const actsNow = f.speakerAction || f.groupRemedy || ((f.groupWork || f.passiveWork) && afterProblem) || (f.groupAction && seenAction);
    if (problemIndex === null && (f.problem || f.perception)) problemIndex = i;
    let section: Section;
    // After the story, a present-tense habit of the speaker's ("I now add a reconciliation step to every close") is what it taught.
    const habitLesson = seenAction && f.habit && !f.measuredResult && !f.result && /\bnow\b/i.test(s.text);
    if (f.reflection || (f.lateReflection && seenAction) || habitLesson) {
      section = 'reflection';
      inReflection = true;
    } else if (inReflection && !f.measuredResult && (!actsNow || f.habit)) {
      section = 'reflection';
    } else if (!seenAction) {
      // An outcome-first opening reports what changed, in the past tense ("I recovered $12K a month
      // by fixing…"); a numeric change with a problem and no actor of the speaker's is the problem.
      if (f.measuredResult && hardNumber(s) && (f.speakerAction || (!f.problem && s.tokens.some(isPastForm)))) section = 'result';
      // The rest of an outcome-first opening ("…recovering $8K a week. The Platform team adopted it.").
      else if (sections[i - 1] === 'result' && f.result && !f.problem) section = 'result';
      else if (actsNow && !f.perception) {
        section = 'action';
        seenAction = true;
      } else if (f.task) section = 'task';
      else section = 'situation';
    } else if (f.result) section = 'result';
    else if (actsNow || f.task) section = 'action';
    else section = sections[i - 1] === 'result' ? 'result' : 'action';
    if (section !== 'reflection') inReflection = false;
    sections.push(section);
  });
  // No problem cue anywhere: the problem is implied by the first action.
  if (problemIndex === null) {
    const firstAct = sections.findIndex((s) => s === 'action' || s === 'task');
    problemIndex = firstAct >= 0 ? firstAct : null;
  }
  return { sections, problemIndex };
}
