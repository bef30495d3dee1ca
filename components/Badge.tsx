export interface BadgeProps {
  score: number;
  count: number;
  truncated: boolean;
  onOpen: () => void;
  /** The question coached for: its short title, and how it was chosen ("from the page, likely"). */
  question?: { title: string; note: string };
}

/**
 * The small per-field badge: the answer's score and how many findings are open. Its name is its
 * own text (the words around the numbers are visually hidden), so what a screen reader says
 * contains what is on screen: "STAR Coach: score 53, 8 findings, coaching for: Conflict (from the
 * page, likely)"; the question's title is shown, cut to fit, and whole in the tooltip.
 */
export function Badge({ score, count, truncated, onOpen, question }: BadgeProps) {
  const findings = count === 1 ? 'finding' : 'findings';
  const about = question ? ` Coaching for: ${question.title} (${question.note}); Alt+Shift+Q changes it.` : '';
  return (
    <button type="button" class="badge" title={`STAR Coach: score ${score}, ${count} ${findings}.${about} Alt+Shift+L lists them; Alt+Shift+. moves between them.`}
      onMouseDown={(e) => e.preventDefault()} onClick={onOpen}>
      <span class="sr">STAR Coach: score </span>
      <span class="score">{score}</span>
      <span class="sr">, </span>
      <span class={count === 0 ? 'count zero' : 'count'}>{count}</span>
      <span class="sr"> {findings}</span>
      {question ? (
        <>
          <span class="sr">, coaching for: </span>
          <span class="q">{question.title}</span>
          <span class="sr"> ({question.note})</span>
        </>
      ) : null}
      {truncated ? <span class="warn"><span aria-hidden="true">⚠</span><span class="sr">, only the first part analysed</span></span> : null}
    </button>
  );
}
