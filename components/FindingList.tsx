import type { Finding, Report } from '../lib/types';
import { DIMENSION_LABELS } from './labels';
import { DIMENSION_COLOURS } from './palette';

export interface ListItem {
  key: string;
  finding: Finding;
  words?: string;
}

export interface FindingListProps {
  score: number;
  items: ListItem[];
  dismissed: Array<ListItem & { hash: string }>;
  truncated?: Report['truncated'];
  onSelect: (key: string) => void;
  onRestore: (hash: string) => void;
  onClose: () => void;
}

function Label({ item }: { item: ListItem }) {
  return (
    <>
      <span class="dot" style={{ background: DIMENSION_COLOURS[item.finding.dimension], display: 'inline-block', marginRight: '6px' }} />
      <strong>{DIMENSION_LABELS[item.finding.dimension]}</strong>
      {item.words ? <> · “{item.words}”</> : <span class="muted"> · missing</span>}
      <br />
      <span class="muted">{item.finding.message}</span>
    </>
  );
}

/** Every finding of a field, including the missing pieces that have no underline, and the dismissed ones to restore. */
export function FindingList({ score, items, dismissed, truncated, onSelect, onRestore, onClose }: FindingListProps) {
  return (
    <section class="list" role="dialog" aria-label="STAR Coach findings">
      <header>
        <h2>STAR score {score}</h2>
        <span class="muted">{items.length} {items.length === 1 ? 'finding' : 'findings'}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
      </header>
      {truncated ? (
        <p class="notice" role="note">
          This answer is long: only the first {truncated.analysedLength.toLocaleString()} characters were analysed.
        </p>
      ) : null}
      {items.length === 0 ? <p class="muted">Nothing to fix in what was analysed.</p> : null}
      <ul class="findings">
        {items.map((item) => (
          <li key={item.key}>
            <button type="button" class="item" data-key={item.key} onClick={() => onSelect(item.key)}><Label item={item} /></button>
          </li>
        ))}
      </ul>
      {dismissed.length > 0 ? (
        <>
          <p class="muted">Dismissed on this site</p>
          <ul class="dismissed">
            {dismissed.map((item) => (
              <li key={item.hash}>
                <span class="item"><Label item={item} /></span>
                <button type="button" class="restore" data-hash={item.hash} onClick={() => onRestore(item.hash)}>Restore</button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="muted">Alt+Shift+. / Alt+Shift+, move between findings in the field.</p>
    </section>
  );
}
