import { splitSentences } from './text/sentences';
import { prefetch, tokenize } from './nlp';
import type { AnalyzedDoc } from './doc-model';
import { classifySections } from './sections';
import { readRoles } from './roles';
import type { Role, SentenceRoles } from './roles/types';
import { findPlaceholders, maskPlaceholders } from './text/placeholders';
import type { ResolvedOptions, Section } from './types';


/**
 * Where the story starts: the first sentence that states the problem or its boundary, or acts, or
 * leads with the outcome. Everything before it is context, however many problem-sounding words it has ("we had
 * issues with…" in a company history is not the problem).
 */
function storyStart(roles: readonly SentenceRoles[]): number | null {
  // A sentence read as both context and problem ("my shift handled 90 trailers a day") is still context.
  const i = roles.findIndex((r) => !r.roles.has('context') && ['problem', 'scope', 'action', 'verification', 'result'].some((role) => r.roles.has(role as Role)));
  return i >= 0 ? i : null;
}

export function buildDoc(text: string, options: ResolvedOptions): AnalyzedDoc {
  // Placeholders are blanked before anything reads the text: a suggestion's "[X] to [Y]" is not a result.
  const placeholders = findPlaceholders(text);
  // Sentences are found in the text as written (a placeholder can open one: "[Metric] went from…"),
  // then each is read with its placeholders blanked.
  const masked = maskPlaceholders(text, placeholders);
  const spans = splitSentences(text).map((s) => ({ ...s, text: masked.slice(s.start, s.end) }));
  prefetch(spans.map((s) => s.text));
  const sentences = spans.map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    text: s.text,
    tokens: tokenize(s.text, s.start),
    section: 'situation' as Section,
  }));
  const { sections, problemIndex } = classifySections(sentences);
  sentences.forEach((s, i) => (s.section = sections[i]!));
  const roles = readRoles(sentences, sections);
  return { text, sentences, options, problemIndex: pickStart(storyStart(roles), problemIndex), roles, placeholders };
}

/**
 * The problem's sentence: the later of the rules' reading (problem words, "I noticed…") and the
 * role reader's. Both must agree the story has begun, so a company history with a problem-sounding
 * word in it still counts as context.
 */
function pickStart(roleStart: number | null, ruleStart: number | null): number | null {
  if (roleStart === null || ruleStart === null) return roleStart ?? ruleStart;
  return Math.max(roleStart, ruleStart);
}

