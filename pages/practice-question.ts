import { matchQuestion } from '../lib/questions/match';
import type { ProfileId } from '../lib/questions/ids';
import type { AnalyzeOptions, ReportQuestion } from '../lib/types';
import type { Settings } from '../lib/settings';
import { questionOptions } from '../platform/question-choices';
import { confidenceWord } from '../components/QuestionPicker';

/**
 * The practice page's analysis options. `chosen` is the question picked on the page or in the
 * card; null is "Detect automatically": the same path as a field on a web page with no question
 * of its own and no pick (`questionOptions`, as the worker uses it), so the engine reads a first
 * line of the draft that is a question ("Q: …", or a line ending with "?") and matches it
 * (`lib/questions/match.ts`), and the settings' default question stands when nothing matches.
 */
export function practiceAnalyzeOptions(settings: Pick<Settings, 'level' | 'focus' | 'question'>, chosen: ProfileId | null): AnalyzeOptions {
  return { level: settings.level, focus: settings.focus, ...questionOptions(chosen, null, settings.question, matchQuestion) };
}

/** What "Detect automatically" found, in words, with its confidence; null when a question was picked. */
export function detectionNote(question: Pick<ReportQuestion, 'title' | 'source' | 'confidence'>): string | null {
  if (question.source === 'draft') {
    const c = question.confidence ?? 0;
    return `Detected from your first line: ${question.title} (${confidenceWord(c)}, ${Math.round(c * 100)}% match).`;
  }
  if (question.source === 'default' || question.source === 'page') {
    return `No question detected in your draft: coached for your default question, ${question.title}. Start with the question (“Q: …”) to coach for it.`;
  }
  return null;
}
