import type { Finding, Report } from '../lib/types';
import { DIMENSION_LABELS } from './labels';
import { DimensionMark, Legend } from './Legend';
import { QuestionPicker, type QuestionPickerProps } from './QuestionPicker';

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
  /** Which question the answer is coached for, and the picker that changes it for this field. */
  question?: QuestionPickerProps;
}

function Label({ item }: { item: ListItem }) {
  return (
    <>
      <DimensionMark dimension={item.finding.dimension} />
      <span class="item-text">
        <strong>{DIMENSION_LABELS[item.finding.dimension]}</strong>
        {item.words ? <> · “{item.words}”</> : <span class="muted"> · missing</span>}
        <br />
        <span class="muted">{item.finding.message}</span>
      </span>
    </>
  );
}

/**
 * Every finding of a field, including the missing pieces that have no underline, and the
 * dismissed ones to restore. It starts with a compact legend; the findings scroll inside it (with
 * a shadow at the edge that has more) so the list always fits the viewport.
 */
export function FindingList({ score, items, dismissed, truncated, onSelect, onRestore, onClose, question }: FindingListProps) {
  return (
    <section class="list" role="dialog" aria-label="STAR Coach findings">
      <header>
        <h2>STAR score {score}</h2>
        <span class="muted">{items.length} {items.length === 1 ? 'finding' : 'findings'}</span>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>×</button>
      </header>
      {question ? <QuestionPicker {...question} /> : null}
      <Legend />
      {truncated ? (
        <p class="notice" role="note">
          This answer is long: only the first {truncated.analysedLength.toLocaleString()} characters were analysed.
        </p>
      ) : null}
      {items.length === 0 ? <p class="muted">Nothing to fix in what was analysed.</p> : null}
      <div class="scroll" tabIndex={0} role="group" aria-label="Findings">
        <ul class="findings">
          {items.map((item) => (
            <li key={item.key}>
              <button type="button" class="item" data-key={item.key} onClick={() => onSelect(item.key)}><Label item={item} /></button>
            </li>
          ))}
        </ul>
      </div>
      {dismissed.length > 0 ? (
        <div class="scroll dismissed-box" tabIndex={0} role="group" aria-label="Dismissed on this site" style={{ flex: '0 1 auto', maxHeight: '35%' }}>
          <p class="muted">Dismissed on this site</p>
          <ul class="dismissed">
            {dismissed.map((item) => (
              <li key={item.hash}>
                <span class="item"><Label item={item} /></span>
                <button type="button" class="restore" data-hash={item.hash} onClick={() => onRestore(item.hash)}>Restore</button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="muted">Alt+Shift+. / Alt+Shift+, move between findings; Alt+Shift+D dismisses the open one; Esc closes.</p>
    </section>
  );
}
