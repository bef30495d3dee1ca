import type { PickerOption } from './QuestionPicker';

/** A story as the grid reads it (`Story` in `platform/stories.ts`). */
export interface GridStory {
  id: string;
  title: string;
  questions: readonly string[];
  scores: Partial<Record<string, { score: number }>>;
}

/** A story's score for a question it answers, or undefined. */
export function scoreOf(story: GridStory, question: string): number | undefined {
  return story.questions.includes(question) ? story.scores[question]?.score : undefined;
}

/** The best score any story has for a question, and which story has it; null when no story answers it. */
export function bestFor<S extends GridStory>(stories: readonly S[], question: string): { score: number; story: S } | null {
  let best: { score: number; story: S } | null = null;
  for (const story of stories) {
    const score = scoreOf(story, question);
    if (score !== undefined && (!best || score > best.score)) best = { score, story };
  }
  return best;
}

/** A score as the grid says it: the number and a word, so colour is never the only sign. */
export function strength(score: number): 'strong' | 'fair' | 'weak' {
  return score >= 80 ? 'strong' : score >= 50 ? 'fair' : 'weak';
}

export interface CoverageGridProps {
  stories: readonly GridStory[];
  /** The questions (rows), in display order. */
  questions: readonly PickerOption[];
}

const GROUPS = [
  ['amazon', 'Amazon Leadership Principles'],
  ['common', 'Common questions'],
] as const;

/**
 * Which competencies have a strong story: a row per question family or principle, a column per
 * story (its score for that question, when it answers it), and the best score of all.
 */
export function CoverageGrid({ stories, questions }: CoverageGridProps) {
  const missing = questions.filter((q) => {
    const best = bestFor(stories, q.id);
    return !best || strength(best.score) !== 'strong';
  }).length;
  return (
    <div class="coverage">
      <p class="coverage-summary" data-testid="coverage-summary">
        {missing === 0 ? 'Every question has a strong story.' : `${missing} of ${questions.length} questions still lack a strong story (80 or more).`}
      </p>
      <div class="coverage-scroll" tabIndex={0} role="region" aria-label="Coverage grid (scrolls sideways)">
        <table class="coverage-grid" data-testid="coverage-grid">
          <caption class="sc-visually-hidden">Best score of each story for each question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Best</th>
              {stories.map((s) => <th key={s.id} scope="col" data-story={s.id}>{s.title}</th>)}
            </tr>
          </thead>
          {GROUPS.map(([group, label]) => {
            const rows = questions.filter((q) => q.group === group);
            if (rows.length === 0) return null;
            return (
              <tbody key={group}>
                <tr class="coverage-group"><th scope="rowgroup" colSpan={stories.length + 2}>{label}</th></tr>
                {rows.map((q) => {
                  const best = bestFor(stories, q.id);
                  return (
                    <tr key={q.id} data-question={q.id}>
                      <th scope="row">{q.title}</th>
                      <Cell score={best?.score} testid="best" />
                      {stories.map((s) => (
                        <Cell key={s.id} score={scoreOf(s, q.id)} />
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </div>
    </div>
  );
}

function Cell({ score, testid }: { score: number | undefined; testid?: string }) {
  if (score === undefined) return <td class="cell none" data-testid={testid}><span aria-hidden="true">·</span><span class="sc-visually-hidden">no story</span></td>;
  const band = strength(score);
  return (
    <td class={`cell ${band}`} data-testid={testid} data-score={score}>
      {score} <span class="word">{band}</span>
    </td>
  );
}
