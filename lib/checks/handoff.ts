import { defineCheck } from './define';
import { lessonSentences, ownAction, plays } from '../roles/query';
import type { AnalyzedDoc, Sentence } from '../doc-model';
import { inVerbClass, isDeed, isPerception, predicates, speakerDeeds, trimmedSpan, type Predicate } from '../grammar';
import { capitalizeIfStart } from '../rewrite';
import { COGNITION_VERBS, FIX_VERBS, HANDING_VERBS, INFORMATION_NOUNS, REMEDY_NOUNS, RESOLUTION_VERBS, ROUTING_VERBS, MONITORING_VERBS, ROUTING_ONLY_WITH } from '../data/verbs';
import type { Finding } from '../types';
import { PROBLEM_SUBJECT } from '../data/words';

const REWRITE = 'I flagged it to [the owner] and brought [a ready-to-merge fix]; I coordinated the rollout and verified [the metric] after deployment';


/** "The issue was escalated": the problem itself is what got passed on (not "patients were contacted"). */
function isProblemNoun(s: Sentence, subject: [number, number]): boolean {
  return PROBLEM_SUBJECT.test(s.tokens[subject[1]]!.normal);
}

function isRouting(s: Sentence, p: Predicate): boolean {
  if (!inVerbClass(ROUTING_VERBS, s.tokens[p.verb]!)) return false;
  // "let them know" passes news on; "I let him finish" does not.
  const needs = ROUTING_ONLY_WITH[s.tokens[p.verb]!.root];
  return needs === undefined || s.tokens.slice(p.verb + 1, p.verb + 6).some((t) => t.root === needs || t.normal === needs);
}

/**
 * Someone other than the speaker (a person, a team, not "we") does the remedy in a sentence:
 * "her team split the flag and backfilled it", "they pushed a fix", "the contractor replaced it".
 */
function otherRemedies(s: Sentence, from = -1): boolean {
  return predicates(s).some((p) => {
    if (p.verb <= from || p.passive || (p.actor !== 'person' && p.actor !== 'group' && p.actor !== 'relative') || !isDeed(s.tokens, p)) return false;
    const v = s.tokens[p.verb]!;
    return inVerbClass(RESOLUTION_VERBS, v) || inVerbClass(FIX_VERBS, v) || objectIsRemedy(s, p.verb);
  });
}

/** The speaker goes on with the work, not only watching it or concluding ("I tracked the rates", "I took it that it worked"). */
function speakerWorksOn(doc: AnalyzedDoc, j: number): boolean {
  if (!ownAction(doc, j) || plays(doc, j, 'verification')) return false;
  const s = doc.sentences[j]!;
  // Watching is not fixing: "I watched the counts for two weeks" leaves the remedy someone else's.
  return speakerDeeds(s).some((p) => !COGNITION_VERBS.has(s.tokens[p.verb]!.root) && !MONITORING_VERBS.has(s.tokens[p.verb]!.root) && !isPerception(s.tokens, p));
}

/** Someone else resolves it: "they handled it", "who escalated it", "it was fixed". */
function otherResolves(s: Sentence, from: number): boolean {
  return predicates(s).some((p) => {
    if (p.verb <= from) return false;
    const v = s.tokens[p.verb]!;
    if (!inVerbClass(RESOLUTION_VERBS, v) && !inVerbClass(ROUTING_VERBS, v)) return false;
    if (p.passive) return true;
    return !p.inherited && (p.actor === 'person' || p.actor === 'group' || p.actor === 'thing') && isDeed(s.tokens, p);
  });
}

/** The object of a verb names a remedy: the nouns after it, up to the next verb ("brought a ready-to-merge fix"). */
function objectIsRemedy(s: Sentence, verb: number): boolean {
  for (let j = verb + 1; j < s.tokens.length; j++) {
    const t = s.tokens[j]!;
    if (t.tags.has('Verb') && !t.tags.has('Hyphenated') && j > verb + 1) return false;
    if (t.tags.has('Noun') && REMEDY_NOUNS.has(t.normal)) return true;
    if (t.tags.has('Conjunction') && !t.tags.has('Hyphenated')) return false;
  }
  return false;
}

/** A verb whose object is news of the problem: "wrote it up", "prepared a summary for them". */
function reportsNews(s: Sentence, verb: number): boolean {
  for (let j = verb + 1; j < Math.min(s.tokens.length, verb + 6); j++) {
    const t = s.tokens[j]!;
    // "wrote it up" reports; "set up a check" builds: read the object after the particle.
    if (t.normal === 'up') {
      if (j === verb + 2 && /^(?:it|this|that|them)$/.test(s.tokens[verb + 1]!.normal)) return true;
      continue;
    }
    if ((t.tags.has('Verb') && j > verb + 1) || t.tags.has('Preposition') || t.tags.has('Conjunction')) return false;
    if (t.tags.has('Noun') && !t.tags.has('Pronoun')) return INFORMATION_NOUNS.has(t.root) || INFORMATION_NOUNS.has(t.normal);
  }
  return false;
}

/** The speaker built or shipped a remedy somewhere in the answer (other than routing it). */
function speakerBroughtFix(doc: AnalyzedDoc, lessons: ReadonlySet<Sentence>): boolean {
  // What the speaker changed afterwards ("I've since added a label test for every new carrier") is
  // the lesson, not a remedy brought to this problem.
  return doc.sentences.some((s) => !lessons.has(s) && s.section !== 'reflection' &&
    speakerDeeds(s).some((p) => {
      const root = s.tokens[p.verb]!.root;
      // "brought a ready-to-merge fix", "handed them a patch": bringing the remedy, not only the news.
      if (objectIsRemedy(s, p.verb)) return true;
      if (!FIX_VERBS.has(root)) return false;
      // "wrote it up", "drafted an email": a report of the problem, not its remedy.
      if (reportsNews(s, p.verb)) return false;
      // "raised it with my manager" routes; "raised a PR" fixes.
      if (ROUTING_VERBS.has(root)) return /\b(?:pr|pull request|fix|patch|change|mr|merge request)\b/i.test(s.text);
      return true;
    }),
  );
}

/**
 * "sent her a replacement router", "sent it up with the porter": handing over a thing is not
 * routing the problem. It is routing when what is handed over is news of it: a message, a report,
 * the issue, or "it".
 */
function sendsAThing(s: Sentence, p: Predicate): boolean {
  if (!HANDING_VERBS.has(s.tokens[p.verb]!.root)) return false;
  let thing = false;
  for (let j = p.verb + 1; j < Math.min(s.tokens.length, p.verb + 8); j++) {
    const t = s.tokens[j]!;
    if (j === p.verb + 1 && /^(?:it|this|that|them)$/.test(t.normal)) return false;
    if (t.tags.has('Verb') || t.tags.has('Preposition')) break;
    if (!t.tags.has('Noun') || t.tags.has('Pronoun')) continue;
    if (INFORMATION_NOUNS.has(t.root) || INFORMATION_NOUNS.has(t.normal)) return false;
    thing = true;
  }
  return thing;
}

export const handoff = defineCheck({
  id: 'handoff',
  dimension: 'ownership',
  title: 'Handed off, not owned',
  run(doc, finding) {
    const lessons = new Set(lessonSentences(doc));
    const broughtFix = speakerBroughtFix(doc, lessons);
    const n = doc.sentences.length;
    const counted = doc.sentences.map((s) => !lessons.has(s));
    const own = doc.sentences.map((_, j) => ownAction(doc, j));
    // What the sentences after each one do (lessons aside), read once from the end: one pass, so a
    // long draft full of routing stays linear.
    const othersActFrom = new Array<boolean>(n + 1).fill(false);
    const selfActsFrom = new Array<boolean>(n + 1).fill(false);
    const othersFixFrom = new Array<boolean>(n + 1).fill(false);
    const speakerWorksFrom = new Array<boolean>(n + 1).fill(false);
    for (let j = n - 1; j >= 0; j--) {
      const c = counted[j]!;
      othersActFrom[j] = othersActFrom[j + 1]! || (c && plays(doc, j, 'action') && (doc.roles[j]!.actor === 'other' || doc.roles[j]!.actor === 'group'));
      selfActsFrom[j] = selfActsFrom[j + 1]! || (c && own[j]!);
      // A result told after the fix ("the ward manager added my check to their routine") is what
      // followed, not someone else fixing it.
      othersFixFrom[j] = othersFixFrom[j + 1]! || (c && !broughtFix && !own[j] && !(plays(doc, j, 'result') && !plays(doc, j, 'action')) && otherRemedies(doc.sentences[j]!));
      speakerWorksFrom[j] = speakerWorksFrom[j + 1]! || (c && speakerWorksOn(doc, j));
    }
    const ownCount = own.filter((o, j) => o && counted[j]).length;
    const findings: Finding[] = [];
    for (let i = 0; i < n && findings.length === 0; i++) {
      const s = doc.sentences[i]!;
      if (s.section === 'reflection' || !counted[i]) continue;
      // "I sent them a message", or with the speaker hidden: "the issue was escalated to engineering".
      const routing =
        speakerDeeds(s).find((p) => isRouting(s, p) && !sendsAThing(s, p)) ??
        predicates(s).find((p) => p.passive && p.subject !== null && isProblemNoun(s, p.subject) && isRouting(s, p));
      if (!routing) continue;
      const next = doc.sentences[i + 1];
      // Someone else resolving it is a hand-off whatever else happened: "…and they handled it",
      // "…who escalated it", or the story going on with others acting and the speaker no longer.
      // Without a remedy of the speaker's, another's remedy after the routing is the fix ("her team
      // split the flag"), and watching it afterwards does not make it the speaker's.
      const othersFix = !broughtFix && (otherRemedies(s, routing.verb) || othersFixFrom[i + 1]!) && !speakerWorksFrom[i + 1]!;
      const resolved = otherResolves(s, routing.verb) || (next !== undefined && counted[i + 1]! && !own[i + 1] && otherResolves(next, -1)) || (othersActFrom[i + 1]! && !selfActsFrom[i + 1]!) || othersFix;
      // Routing with nothing after it is a hand-off only when the speaker did nothing else: telling
      // the owner, calling people together or informing the next shift is fine once you acted yourself.
      const actedOtherwise = broughtFix || speakerDeeds(s).some((p) => p.verb > routing.verb && !isRouting(s, p)) || ownCount - (own[i] ? 1 : 0) > 0;
      if (!resolved && actedOtherwise) continue;
      const startTok = s.tokens[routing.subject ? routing.subject[0] : routing.verb]!;
      const span = { start: startTok.start, end: trimmedSpan(s).end };
      findings.push(
        finding(
          'major',
          span,
          resolved
            ? 'Someone else fixed it here: passing the problem on is routing, not ownership.'
            : 'Reporting the problem is only half the story: say what you brought and saw through.',
          { text: capitalizeIfStart(REWRITE, span.start === s.start), replaces: span },
        ),
      );
    }
    return findings;
  },
});
