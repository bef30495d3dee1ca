import { splitSentences } from './text/sentences';
import { prefetch, tokenize } from './nlp';
import type { AnalyzedDoc } from './doc-model';
import { classifySections } from './sections';
import { readRoles } from './roles';
import type { Role, SentenceRoles } from './roles/types';
import { findPlaceholders, maskPlaceholders } from './text/placeholders';
import type { ResolvedOptions, Section } from './types';
import type { Sentence } from './doc-model';
import { foldCase, isDeed, isPerception, predicates } from './grammar';
import { HABIT, TIME_ANCHOR } from './data/cues';
import { PAST_AUXILIARIES } from './data/verbs';


/**
 * Where the story starts: the first sentence that states the problem or its boundary, or acts, or
 * leads with the outcome. Everything before it is context, however many problem-sounding words it has ("we had
 * issues with…" in a company history is not the problem).
 */
function storyStart(roles: readonly SentenceRoles[], sentences: readonly Sentence[]): number | null {
  let pastTold: boolean | undefined;
  const told = () => (pastTold ??= sentences.filter(toldInPast).length * 2 >= sentences.length);
  // A sentence read as both context and problem ("my shift handled 90 trailers a day") is still context.
  const i = roles.findIndex((r, k) => !r.roles.has('context') && ['problem', 'scope', 'action', 'verification', 'result'].some((role) => r.roles.has(role as Role)) && !(standing(sentences[k]!) && told()));
  return i >= 0 ? i : null;
}

/**
 * A habit that governs the sentence's main clause ("Every April the director asked…", "I usually
 * checked…"), not a later detail ("On day one I asked which screens I'd use every shift", "…and
 * the reconciliation I built is now run by all nine branches every quarter").
 */
function habitGoverns(s: Sentence): boolean {
  const habit = HABIT.exec(s.text);
  const verb = predicates(s)[0];
  return habit !== null && (!verb || s.start + habit.index < s.tokens[verb.verb]!.start);
}

function toldInPast(s: Sentence): boolean {
  return s.tokens.some((t) => t.tags.has('PastTense') || PAST_AUXILIARIES.has(t.text.toLowerCase()));
}

/**
 * The standing background of a story told in the past: a habit ("Every April the director asked…")
 * or a description in the present ("Every one of those systems ships its logs to a SIEM").
 */
function standing(s: Sentence): boolean {
  if (habitGoverns(s)) return true;
  return !toldInPast(s) && !TIME_ANCHOR.test(foldCase(s.text));
}

export function buildDoc(text: string, options: ResolvedOptions): AnalyzedDoc {
  // Placeholders are blanked before anything reads the text: a suggestion's "[X] to [Y]" is not a result.
  const placeholders = findPlaceholders(text);
  // Sentences are found in the text as written (a placeholder can open one: "[Metric] went from…"),
  // then each is read with its placeholders blanked.
  const masked = maskPlaceholders(text, placeholders);
  const spans = splitSentences(text);
  const holding = spans.map((s) => placeholders.some((p) => p.start < s.end && p.end > s.start));
  const read = (blankHolders: boolean) => {
    const sentences = spans.map((s, index) => {
      // A sentence still holding a template's placeholders is not evidence of anything: its other
      // words are the template's ("went from … to …"), not the writer's, so it is read as blank.
      const own = blankHolders && holding[index] ? ' '.repeat(s.end - s.start) : masked.slice(s.start, s.end);
      return { index, start: s.start, end: s.end, text: own, tokens: tokenize(own, s.start), section: 'situation' as Section };
    });
    prefetch(sentences.map((s) => s.text));
    const { sections, problemIndex } = classifySections(sentences);
    sentences.forEach((s, i) => (s.section = sections[i]!));
    return { sentences, problemIndex, roles: readRoles(sentences, sections) };
  };
  const doc = read(true);
  // The role a template sentence would play once filled in: the dimension of its placeholder finding.
  const template = holding.some(Boolean) ? read(false) : null;
  const templateRoles = template ? template.roles.map((r, i) => (holding[i] ? r : null)) : undefined;
  const { sentences, roles } = doc;
  return { text, sentences, options, problemIndex: openingStart(sentences, roles) ?? pickStart(storyStart(roles, sentences), firstCue(doc.problemIndex, roles), sentences, roles), roles, templateRoles, placeholders };
}

/**
 * The rules' problem sentence, unless the speaker has already acted by then and that sentence does
 * not read as the problem: a problem word in a later deed ("I stuck to the early slots she
 * needed") is part of the story, not its start; the story began with the first deed.
 */
function firstCue(ruleStart: number | null, roles: readonly SentenceRoles[]): number | null {
  const deed = roles.findIndex((r) => !r.roles.has('context') && r.roles.has('action') && r.actor === 'I');
  if (ruleStart === null || deed < 0 || roles[ruleStart]!.roles.has('problem')) return ruleStart;
  return Math.min(ruleStart, deed);
}

/**
 * The problem's sentence: the later of the rules' reading (problem words, "I noticed…") and the
 * role reader's. Both must agree the story has begun, so a company history with a problem-sounding
 * word in it still counts as context.
 */
function pickStart(roleStart: number | null, ruleStart: number | null, sentences: readonly Sentence[], roles: readonly SentenceRoles[]): number | null {
  if (roleStart === null || ruleStart === null) return roleStart ?? ruleStart;
  // A problem told as an event ("One Monday it hit 19% by lunchtime", "the client told us their
  // provider was being switched three weeks before launch") starts the story even where the rules only see it start at the first deed.
  if (roleStart < ruleStart && roles[roleStart]!.roles.has('problem') && tellsEvent(sentences[roleStart]!)) return roleStart;
  return Math.max(roleStart, ruleStart);
}

/**
 * A moment of the story: a sentence anchored in time ("One Monday it hit 19%") or telling what the
 * speaker noticed ("I saw the pH was 8.2"); not a habit, nor the standing background.
 */
function tellsEvent(s: Sentence): boolean {
  if (HABIT.test(s.text)) return false;
  // Anchored in time, the tense does not matter: "One afternoon this lady comes to the desk" is told
  // in the historical present, and "it hit 19%" is a past compromise reads as present.
  if (TIME_ANCHOR.test(foldCase(s.text))) return true;
  return predicates(s).some((p) => p.actor === 'i' && isPerception(s.tokens, p) && s.tokens[p.verb]!.tags.has('PastTense'));
}


/**
 * An answer that opens with its problem or its outcome ("I refused to sign off the revenue testing…",
 * "I raised completion from 58% to 83%…") starts there, whatever the rules read later. The opening
 * must tell an event (a past deed or a passive), not a standing description ("Our plant makes
 * housings", "The survey went to 20,000 customers a quarter"), which is context however it reads.
 */
function openingStart(sentences: readonly Sentence[], roles: readonly SentenceRoles[]): number | null {
  const first = roles.findIndex((r) => !r.roles.has('filler'));
  if (first < 0) return null;
  const r = roles[first]!;
  if (r.roles.has('context') || !(r.roles.has('problem') || r.roles.has('result'))) return null;
  const s = sentences[first]!;
  if (habitGoverns(s)) return null;
  const event = predicates(s).some((p) => s.tokens[p.verb]!.tags.has('PastTense') && (p.passive || isDeed(s.tokens, p)));
  return event ? first : null;
}
