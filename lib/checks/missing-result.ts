import { defineCheck } from './define';
import { sentenceFeatures } from '../sections';
import { actionBy, firstOwnAction, lessonSentences, plays } from '../roles/query';
import { foldCase, hasQuantity, mainClause, matchCue, predicates, type Predicate } from '../grammar';
import { CHECK_AGREED, CLOSING_FILLER, OUTCOME_CHANGES, PLAN_AHEAD, VAGUE_RESULT } from '../data/cues';
import { STATE_VERBS, UNDER_WAY_AUX, UNDER_WAY_VERBS, VALIDATION_VERBS } from '../data/verbs';
import type { AnalyzedDoc, Sentence } from '../doc-model';
import { insertAfter, measuredChange } from '../rewrite';
import { hasMetricDelta } from '../outcome';

export const missingResult = defineCheck({
  id: 'missing-result',
  dimension: 'structure',
  title: 'No result',
  run(doc, finding) {
    if (doc.sentences.length === 0) return [];
    const lessons = new Set(lessonSentences(doc));
    // A result is what a sentence does, not a keyword: an event ("back online in 40 minutes") or a
    // state ("the patient stabilised") counts as much as a metric, and a measured change counts however it is placed.
    const firstAct = doc.roles.findIndex((r) => r.roles.has('action'));
    const ownFrom = firstOwnAction(doc);
    const landed = doc.sentences.some((s, i) => !lessons.has(s) && !saysNothing(s) && !stillGoing(s) && (plays(doc, i, 'result') || landsInline(doc, s, i, firstAct) || othersRespond(doc, s, i, ownFrom)));
    if (landed && !endsUnfinished(doc, lessons)) return [];
    const acts = doc.sentences.filter((s) => s.section === 'action' || s.section === 'task');
    return [
      finding('major',
        null,
        'Land the result after your actions: what changed because of what you did.',
        insertAfter(doc, acts[acts.length - 1], `As a result, ${measuredChange(doc)}.`),
      ),
    ];
  },
});

/**
 * What others did once the speaker had acted is how the story ended: "He kept us on for the next
 * year", "He was released with the correct date", "Her team rewrote the join the next sprint". A
 * finished past event by someone other than the speaker, after the speaker's first deed; not
 * something still going on ("the engineers were working on it") nor the problem or a lesson.
 */
function othersRespond(doc: AnalyzedDoc, s: Sentence, i: number, ownFrom: number): boolean {
  if (ownFrom < 0 || i <= ownFrom) return false;
  const r = doc.roles[i]!;
  if (r.roles.has('problem') || r.roles.has('context') || r.roles.has('lesson') || r.roles.has('filler')) return false;
  // The speaker's own deed is not a response; but a main clause with someone else as its subject is,
  // whatever follows it ("The engineer replaced the sensor that afternoon, and I checked the probe").
  // A deed told in the passive where the role reader sees an action ("The slot capacity was changed,
  // and extra pickers were scheduled") is the fix with its actor hidden, not anyone's response.
  const hiddenDeed = (p: Predicate) => p.passive && r.roles.has('action') && !r.roles.has('result');
  const responds = (p: Predicate) => p.actor !== 'i' && p.actor !== 'we' && p.actor !== 'implicit' && !hiddenDeed(p) && finished(s, p);
  if ((r.roles.has('action') || r.roles.has('verification')) && (r.actor === 'I' || r.actor === 'we')) {
    const main = mainClause(s);
    return main !== undefined && responds(main);
  }
  return predicates(s).some(responds);
}

/** A finished past deed: not modal ("would review"), not still going on ("were working on it"). */
function finished(s: Sentence, p: Predicate): boolean {
  const verb = s.tokens[p.verb]!;
  const aux = p.aux >= 0 ? s.tokens[p.aux]! : null;
  if (aux && (aux.tags.has('Modal') || /^(?:will|would|could|should|might|may|can)$/.test(aux.normal))) return false;
  if (verb.tags.has('Gerund') || s.tokens.slice(Math.max(0, p.aux), p.verb).some((t) => t.tags.has('Gerund'))) return false;
  return verb.tags.has('PastTense');
}

/**
 * What lands a result inside a sentence the role reader does not read as one. A figure inside the
 * speaker's own deed ("I moved the job's run time to 9:30") is part of the action: it lands a result
 * only as a change of the outcome ("I cut it from six to one"), an outcome, a re-check that came
 * back clean, or another's response joined to it. Elsewhere a measured change in the result, or an
 * outcome told at the end of an action ("…and after that it was fine"), lands one.
 */
function landsInline(doc: AnalyzedDoc, s: Sentence, i: number, firstAct: number): boolean {
  // Reached only for a sentence not read as a result, so its deed is told as a deed.
  if (actionBy(doc, i, 'I') || actionBy(doc, i, 'we')) return hasMetricDelta(s) || [OUTCOME_CHANGES, VAGUE_RESULT, CHECK_AGREED].some((cue) => matchCue(s, cue) !== null) || consequence(s, plays(doc, i, 'verification') || checks(s));
  return (s.section === 'result' && sentenceFeatures(s).measuredResult) || (firstAct >= 0 && i >= firstAct && sentenceFeatures(s).result && !plays(doc, i, 'problem'));
}

/** The speaker (or "we") checking: "I monitored the counts for a month", "we re-ran the audit". */
function checks(s: Sentence): boolean {
  return predicates(s).some((p) => (p.actor === 'i' || p.actor === 'we') && !p.passive && VALIDATION_VERBS.has(s.tokens[p.verb]!.root));
}

/** A sentence that tells no outcome whatever its role: the speaker's own feeling, or a closing that only ends the story. */
function saysNothing(s: Sentence): boolean {
  const folded = foldCase(s.text);
  return speakerFeeling(s) || CLOSING_FILLER.test(folded.trim()) || PLAN_AHEAD.test(folded);
}

/**
 * Everything the sentence tells is still going on ("The engineering team was working on it",
 * "we were still chasing the supplier"): whoever is at work, nothing has landed yet.
 */
function stillGoing(s: Sentence): boolean {
  const ps = predicates(s);
  return ps.length > 0 && ps.every((p) => underWay(s, p));
}

/** "started going through", "began pulling"; "was pulling the logs". */
function underWay(s: Sentence, p: Predicate): boolean {
  const verb = s.tokens[p.verb]!;
  const next = s.tokens[p.verb + 1];
  if (UNDER_WAY_VERBS.has(verb.root) && next?.tags.has('Gerund')) return true;
  return verb.tags.has('Gerund') && p.aux >= 0 && UNDER_WAY_AUX.has(s.tokens[p.aux]!.normal);
}

/**
 * Another person's or team's response joined after the speaker's deed, with its own subject: "I
 * emailed the list to pricing, and her team updated the table", "…, so the consultant agreed to
 * Monday". A thing's clause inside the deed ("so the stores with the earliest dates came first",
 * "the file crossed 8 MB") describes the deed or the test; reported and relative clauses ("two
 * part-timers who agreed", "I suggested she go home") are part of it too.
 */
function consequence(s: Sentence, check = false): boolean {
  return predicates(s).some((p) => {
    // After a check, a thing's own clause is what the check read: "…, and the counts stayed low".
    const responder = p.actor === 'person' || p.actor === 'group' || (check && p.actor === 'thing');
    if (!p.subject || p.inherited || !responder) return false;
    if (!finished(s, p) || s.tokens[p.verb]!.tags.has('Copula')) return false;
    // A person's state is what the check found ("…and they all had the same problem"), not their response.
    if (p.actor !== 'thing' && STATE_VERBS.has(s.tokens[p.verb]!.root)) return false;
    // "…, and that the job ran at 9:15": a reported clause whose "that" was read into the subject.
    if (p.subject[1] > p.subject[0] && s.tokens[p.subject[0]]!.normal === 'that') return false;
    const before = s.tokens[p.subject[0] - 1];
    // "…and saw that the job ran at nine" reports what was found, not what followed.
    if (!before || before.normal === 'that' || s.tokens[p.subject[0] - 2]?.normal === 'that') return false;
    const gap = s.text.slice(before.end - s.start, s.tokens[p.subject[0]]!.start - s.start);
    return /^(?:and|so|then)$/.test(before.normal) || /[,;:]/.test(gap);
  });
}

/**
 * The speaker telling how they felt ("I was really proud of myself afterwards", "Felt like a proper
 * team by the end"): nothing changed outside the speaker, so no result has landed.
 */
function speakerFeeling(s: Sentence): boolean {
  const ps = predicates(s);
  const feels = (p: Predicate) => s.tokens[p.verb]!.tags.has('Copula') || s.tokens[p.verb]!.root === 'feel';
  const first = ps[0];
  if (!first || (first.actor !== 'i' && first.actor !== 'implicit') || !feels(first) || hasQuantity(s)) return false;
  return ps.every((p) => p.actor === 'i' || p.actor === 'implicit' || feels(p));
}

/**
 * The story stops while the work is still going on: its last sentence (lessons and fillers aside) has
 * the speaker or "we" starting or in the middle of a deed ("Started going back through the till roll",
 * "…and was pulling the firewall logs"). Whatever came before, the story has not landed.
 */
function endsUnfinished(doc: AnalyzedDoc, lessons: ReadonlySet<Sentence>): boolean {
  let last = -1;
  doc.sentences.forEach((s, i) => {
    if (!lessons.has(s) && s.section !== 'reflection' && !plays(doc, i, 'filler') && !saysNothing(s)) last = i;
  });
  if (last < 0 || !(plays(doc, last, 'action') && !plays(doc, last, 'result'))) return false;
  const s = doc.sentences[last]!;
  const ours = (p: Predicate) => p.actor === 'i' || p.actor === 'we' || p.actor === 'implicit';
  return predicates(s).some((p) => ours(p) && underWay(s, p));
}
