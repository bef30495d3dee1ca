export interface BadgeProps {
  score: number;
  count: number;
  truncated: boolean;
  onOpen: () => void;
}

/** The small per-field badge: the answer's score and how many findings are open. */
export function Badge({ score, count, truncated, onOpen }: BadgeProps) {
  const label = `STAR score ${score}, ${count} ${count === 1 ? 'finding' : 'findings'}${truncated ? ', only the first part analysed' : ''}`;
  return (
    <button type="button" class="badge" aria-label={label} title={`${label}. Alt+Shift+. moves between findings.`}
      onMouseDown={(e) => e.preventDefault()} onClick={onOpen}>
      <span class="score">{score}</span>
      <span class={count === 0 ? 'count zero' : 'count'}>{count}</span>
      {truncated ? <span class="warn" aria-hidden="true">⚠</span> : null}
    </button>
  );
}
