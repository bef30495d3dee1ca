import type { Finding, Severity } from '../lib/types';
import { DIMENSION_LABELS } from './labels';
import { DimensionMark, LEGEND_CSS } from './Legend';
import type { Piece, RewritePreview } from './rewrite-preview';
import { QUESTION_PICKER_CSS, QuestionPicker, type QuestionPickerProps } from './QuestionPicker';

export interface CardProps {
  finding: Finding;
  /** The flagged words, when the finding has a span. */
  words?: string;
  /** The sentence Apply changes, before and after. */
  preview?: RewritePreview;
  /** A standing remark about the finding (how many placeholders are left to fill). */
  note?: string;
  /** What happened after Apply (e.g. the rewrite was copied instead). */
  status?: string;
  /** Absent when the rewrite replaces nothing in the text (it is offered to copy instead). */
  onApply?: () => void;
  onCopy?: () => void;
  onDismiss: () => void;
  /** "Stop flagging this kind here"; absent where the choice cannot be kept (extension pages). */
  onMute?: () => void;
  onClose: () => void;
  /** Which question the answer is coached for, and the picker that changes it for this field. */
  question?: QuestionPickerProps;
}

const SEVERITY = { major: 'Costs the interview', minor: 'Weakens the answer', hint: 'Hint' } satisfies Record<Severity, string>;

function Pieces({ pieces, mark }: { pieces: Piece[]; mark: 'del' | 'ins' }) {
  const Mark = mark;
  return <>{pieces.map((p, i) => (p.changed ? <Mark key={i}>{p.text}</Mark> : <span key={i}>{p.text}</span>))}</>;
}

/** One finding: the dimension, the problem in plain words, the rewrite and what it changes, Apply and Dismiss. */
export function Card({ finding, words, preview, note, status, onApply, onCopy, onDismiss, onMute, onClose, question }: CardProps) {
  return (
    <section class="card" role="dialog" aria-label={`STAR Coach: ${DIMENSION_LABELS[finding.dimension]}`} data-finding-id={finding.id}
      data-dimension={finding.dimension}>
      <header>
        <DimensionMark dimension={finding.dimension} />
        <strong class="dimension">{DIMENSION_LABELS[finding.dimension]}</strong>
        <span class="severity">{SEVERITY[finding.severity]}</span>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>×</button>
      </header>
      {words ? <p class="excerpt">“{words}”</p> : null}
      <p class="message">{finding.message}</p>
      {note ? <p class="note" data-testid="note">{note}</p> : null}
      {finding.suggestion ? (
        <div class="rewrite">
          <span class="label">Stronger</span>
          <p class="suggestion" data-testid="rewrite">{finding.suggestion.text}</p>
        </div>
      ) : null}
      {preview && onApply ? (
        <div class="preview" data-testid="preview">
          <span class="label">Apply changes your answer</span>
          <p class="before"><span class="sr">Now: </span><Pieces pieces={preview.before} mark="del" /></p>
          <p class="after"><span class="sr">After Apply: </span><Pieces pieces={preview.after} mark="ins" /></p>
        </div>
      ) : null}
      {status ? <p class="status" role="status">{status}</p> : null}
      <footer>
        {onApply ? <button type="button" class="apply primary" title="Apply (Alt+Shift+Enter)" onClick={onApply}>Apply</button> : null}
        {!onApply && onCopy ? <button type="button" class="copy primary" onClick={onCopy}>Copy rewrite</button> : null}
        <button type="button" class="dismiss" title="Dismiss (Alt+Shift+D)" onClick={onDismiss}>Dismiss</button>
      </footer>
      {onMute ? (
        <button type="button" class="mute link" title="Stop flagging this kind of finding on this site (Alt+Shift+K); the settings page can turn it back on"
          onClick={onMute}>Stop flagging this kind here</button>
      ) : null}
      {question ? <QuestionPicker {...question} /> : null}
    </section>
  );
}

/** "Dismissed", with Undo, for a few seconds after a Dismiss. */
export function UndoToast({ onUndo, message = 'Finding dismissed on this site.' }: { onUndo: () => void; message?: string }) {
  return (
    <section class="toast" role="status" aria-label="STAR Coach">
      <span>{message}</span>
      <button type="button" class="undo" onClick={onUndo}>Undo</button>
    </section>
  );
}

/**
 * Styles for the card, badge, list and toast; they live in the overlay's shadow root, so the page
 * cannot reach them. Light by default; the class `dark` on the root's mount (a dark page) turns them dark.
 */
export const OVERLAY_CSS = `
:host { all: initial; --fg: #202124; --muted: #5f6368; --bg: #fff; --line: #dadce0; --soft: #f1f3f4; --ok: #137333; --ok-bg: #e6f4ea;
  --accent: #1a73e8; --accent-fg: #fff; --warn-bg: #fef7e0; --bad: #a50e0e; --del: #fce8e6; --ins: #e6f4ea; --focus: #1a73e8; --shade: rgba(0,0,0,.22); }
.dark { --fg: #e8eaed; --muted: #bdc1c6; --bg: #2a2b2e; --line: #5f6368; --soft: #3c4043; --ok: #81c995; --ok-bg: #1e3a28;
  --accent: #8ab4f8; --accent-fg: #202124; --warn-bg: #4a3b0c; --bad: #f28b82; --del: #5c2b29; --ins: #1e3a28; --focus: #8ab4f8; --shade: rgba(0,0,0,.6); }
* { box-sizing: border-box; }
.card, .list, .toast { position: fixed; left: var(--star-coach-x, 8px); top: var(--star-coach-y, 8px); pointer-events: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 6px 24px var(--shade); padding: 12px 14px; width: 360px; max-width: calc(100vw - 16px);
  max-height: var(--star-coach-max-h, calc(100vh - 16px)); overflow: auto; }
.list { display: flex; flex-direction: column; overflow: hidden; }
.toast { display: flex; align-items: center; gap: 10px; width: auto; padding: 8px 12px; }
header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.severity { color: var(--muted); font-size: 12px; }
.close { margin-left: auto; border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: var(--muted); padding: 2px 6px; border-radius: 4px; }
p { margin: 6px 0; }
.excerpt { color: var(--muted); font-style: italic; }
.note { background: var(--warn-bg); border-radius: 6px; padding: 4px 8px; font-size: 13px; }
.rewrite, .preview { background: var(--ok-bg); border-left: 3px solid var(--ok); padding: 6px 10px; border-radius: 4px; margin: 8px 0; }
.preview { background: var(--soft); border-left-color: var(--muted); font-size: 13px; }
.preview p { margin: 2px 0; }
.label { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--ok); font-weight: 600; }
.preview .label { color: var(--muted); }
del { background: var(--del); color: var(--fg); text-decoration: line-through; }
ins { background: var(--ins); color: var(--fg); text-decoration: underline; font-weight: 600; }
.suggestion { margin: 2px 0 0; }
.status { color: var(--bad); font-size: 13px; }
footer { display: flex; gap: 8px; margin-top: 8px; }
button.primary, button.dismiss, button.restore, button.item, button.undo { font: inherit; border-radius: 6px; padding: 5px 12px; cursor: pointer; border: 1px solid var(--line); background: var(--bg); color: var(--fg); }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); font-weight: 600; }
button.undo { font-weight: 600; color: var(--accent); }
button.link { font: inherit; font-size: 12px; border: 0; background: none; color: var(--accent); text-decoration: underline; padding: 2px 0; margin-top: 6px; cursor: pointer; }
button:focus-visible, .scroll:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.list h2 { font-size: 14px; margin: 0; }
.scroll { flex: 1 1 auto; min-height: 48px; overflow: auto; margin: 0 -6px; padding: 0 6px;
  background: linear-gradient(var(--bg) 30%, transparent) top / 100% 24px no-repeat local,
    linear-gradient(transparent, var(--bg) 70%) bottom / 100% 24px no-repeat local,
    radial-gradient(farthest-side at 50% 0, var(--shade), transparent) top / 100% 12px no-repeat scroll,
    radial-gradient(farthest-side at 50% 100%, var(--shade), transparent) bottom / 100% 12px no-repeat scroll;
  background-color: var(--bg); }
.list ul.findings, .list ul.dismissed { list-style: none; margin: 6px 0; padding: 0; }
.list li { margin: 4px 0; display: flex; gap: 6px; align-items: flex-start; }
button.item, span.item { text-align: left; flex: 1; border: 0; padding: 4px 6px; display: flex; gap: 8px; align-items: flex-start; }
button.item:hover { background: var(--soft); }
.item-text { flex: 1; }
.muted { color: var(--muted); font-size: 12px; }
.notice { background: var(--warn-bg); border-radius: 6px; padding: 6px 8px; font-size: 13px; }
.more { text-align: center; margin: 2px 0 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.badge { all: initial; font: 600 12px/1 system-ui, sans-serif; display: inline-flex; align-items: center; gap: 4px; padding: 4px 7px; border-radius: 12px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); box-shadow: 0 1px 4px var(--shade); cursor: pointer; opacity: .92; position: relative; }
.badge:hover, .badge:focus-visible { opacity: 1; }
.badge:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.badge .count { background: #c5221f; color: #fff; border-radius: 8px; padding: 2px 5px; }
.badge .count.zero { background: #137333; }
.badge .warn { color: #b06000; }
/* The question's title is read out always, and shown only when the badge is pointed at or focused: a wider badge would cover the writer's words. */
.badge .q { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.badge:hover .q, .badge:focus-visible .q { position: static; width: auto; height: auto; clip: auto; font-weight: 500; max-width: 11em; text-overflow: ellipsis; }
${QUESTION_PICKER_CSS}
${LEGEND_CSS}
`;
