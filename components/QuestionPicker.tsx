import type { ReportQuestion } from '../lib/types';
import type { QuestionSource } from '../lib/questions/ids';
import { QuestionOptionGroups, type PickerOption } from './QuestionOptions';

export type { PickerOption } from './QuestionOptions';

const SOURCE_WORDS = {
  page: 'from the page',
  draft: 'from your first line',
  user: 'your choice',
  default: 'the default question',
} satisfies Record<QuestionSource, string>;

/** How sure a match is, in words: the number alone means little to a reader. */
export function confidenceWord(confidence: number): string {
  return confidence >= 0.75 ? 'sure' : confidence >= 0.5 ? 'likely' : 'a guess';
}

/** How the question was chosen, in words: "from the page, likely", "your choice". */
export function questionNote(q: Pick<ReportQuestion, 'source' | 'confidence'>): string {
  const words = SOURCE_WORDS[q.source];
  return q.confidence !== undefined && (q.source === 'page' || q.source === 'draft') ? `${words}, ${confidenceWord(q.confidence)}` : words;
}

/** "Coaching for: Disagree and commit (from the page, likely)". */
export function coachingFor(q: Pick<ReportQuestion, 'title' | 'source' | 'confidence'>): string {
  return `Coaching for: ${q.title} (${questionNote(q)})`;
}

export interface QuestionPickerProps {
  question: ReportQuestion;
  /** Every profile; empty while they load (the select then offers only the current one). */
  options: readonly PickerOption[];
  /** A profile id, or null to detect the question again. */
  onChange: (id: string | null) => void;
  /** For the select's id, so two pickers can share a page. */
  idPrefix: string;
}

/**
 * Which question the answer is coached for, how that was decided, and a select to change it for
 * this field ("Detect automatically" goes back to reading the page).
 */
export function QuestionPicker({ question, options, onChange, idPrefix }: QuestionPickerProps) {
  const id = `${idPrefix}-question`;
  const listed = options.length > 0 ? options : [{ id: question.id, title: question.title, group: 'common' as const }];
  return (
    <div class="question">
      <p class="coaching-for" data-testid="coaching-for">
        Coaching for: <strong>{question.title}</strong> <span class="muted">({questionNote(question)})</span>
      </p>
      <label class="question-pick" for={id}>
        <span>Question</span>
        <select id={id} class="question-select" value={question.source === 'user' ? question.id : ''}
          onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value || null)}>
          <option value="">Detect automatically</option>
          <QuestionOptionGroups options={listed} />
        </select>
      </label>
    </div>
  );
}

/** Styles for the picker inside the overlay's shadow root. */
export const QUESTION_PICKER_CSS = `
.question { border-top: 1px solid var(--line); margin-top: 8px; padding-top: 6px; font-size: 13px; }
.question .coaching-for { margin: 2px 0 6px; }
.question-pick { display: flex; align-items: center; gap: 8px; }
.question-select { font: inherit; flex: 1; min-width: 0; padding: 3px 4px; border-radius: 6px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); }
.question-select:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
`;
