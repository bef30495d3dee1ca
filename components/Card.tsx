import type { Finding, Severity } from '../lib/types';
import { DIMENSION_LABELS } from './labels';
import { DIMENSION_COLOURS } from './palette';

export interface CardProps {
  finding: Finding;
  /** The flagged words, when the finding has a span. */
  words?: string;
  /** What happened after Apply (e.g. the rewrite was copied instead). */
  status?: string;
  /** Absent when the rewrite replaces nothing in the text (it is offered to copy instead). */
  onApply?: () => void;
  onCopy?: () => void;
  onDismiss: () => void;
  onClose: () => void;
}

const SEVERITY = { major: 'Costs the interview', minor: 'Weakens the answer', hint: 'Hint' } satisfies Record<Severity, string>;

/** One finding: the dimension, the problem in plain words, the rewrite, Apply and Dismiss. */
export function Card({ finding, words, status, onApply, onCopy, onDismiss, onClose }: CardProps) {
  const colour = DIMENSION_COLOURS[finding.dimension];
  return (
    <section class="card" role="dialog" aria-label={`STAR Coach: ${DIMENSION_LABELS[finding.dimension]}`} data-finding-id={finding.id}>
      <header>
        <span class="dot" style={{ background: colour }} />
        <strong class="dimension">{DIMENSION_LABELS[finding.dimension]}</strong>
        <span class="severity">{SEVERITY[finding.severity]}</span>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>×</button>
      </header>
      {words ? <p class="excerpt">“{words}”</p> : null}
      <p class="message">{finding.message}</p>
      {finding.suggestion ? (
        <div class="rewrite">
          <span class="label">Stronger</span>
          <p class="suggestion" data-testid="rewrite">{finding.suggestion.text}</p>
        </div>
      ) : null}
      {status ? <p class="status" role="status">{status}</p> : null}
      <footer>
        {onApply ? <button type="button" class="apply primary" title="Apply (Alt+Shift+Enter)" onClick={onApply}>Apply</button> : null}
        {!onApply && onCopy ? <button type="button" class="copy primary" onClick={onCopy}>Copy rewrite</button> : null}
        <button type="button" class="dismiss" onClick={onDismiss}>Dismiss</button>
      </footer>
    </section>
  );
}

/** Styles for the card, badge and list; they live in the overlay's shadow root, so the page cannot reach them. */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.card, .list { position: fixed; left: var(--star-coach-x, 8px); top: var(--star-coach-y, 8px); pointer-events: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #202124; background: #fff;
  border: 1px solid #dadce0; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px; width: 340px; max-width: calc(100vw - 16px); }
header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; }
.severity { color: #5f6368; font-size: 12px; }
.close { margin-left: auto; border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: #5f6368; padding: 2px 4px; }
p { margin: 6px 0; }
.excerpt { color: #5f6368; font-style: italic; }
.rewrite { background: #f1f8f4; border-left: 3px solid #188038; padding: 6px 10px; border-radius: 4px; margin: 8px 0; }
.rewrite .label { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #188038; font-weight: 600; }
.suggestion { margin: 2px 0 0; }
.status { color: #a50e0e; font-size: 13px; }
footer { display: flex; gap: 8px; margin-top: 8px; }
button.primary, button.dismiss, button.restore, button.item { font: inherit; border-radius: 6px; padding: 5px 12px; cursor: pointer; border: 1px solid #dadce0; background: #fff; color: #202124; }
button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; font-weight: 600; }
.list h2 { font-size: 14px; margin: 0; }
.list ul { list-style: none; margin: 6px 0; padding: 0; max-height: 50vh; overflow: auto; }
.list li { margin: 4px 0; display: flex; gap: 6px; align-items: flex-start; }
button.item { text-align: left; flex: 1; border: 0; padding: 4px 6px; }
button.item:hover { background: #f1f3f4; }
.muted { color: #5f6368; font-size: 12px; }
.notice { background: #fef7e0; border-radius: 6px; padding: 6px 8px; font-size: 13px; }
.badge { all: initial; font: 600 12px/1 system-ui, sans-serif; display: inline-flex; align-items: center; gap: 4px; padding: 4px 7px; border-radius: 12px;
  background: #fff; color: #202124; border: 1px solid #dadce0; box-shadow: 0 1px 4px rgba(0,0,0,.15); cursor: pointer; opacity: .92; }
.badge:hover { opacity: 1; }
.badge .count { background: #d93025; color: #fff; border-radius: 8px; padding: 2px 5px; }
.badge .count.zero { background: #188038; }
.badge .warn { color: #b06000; }
`;
