import type { Finding } from '../../lib/types';
import { DIMENSION_LABELS } from '../../components/labels';
import { DIMENSION_COLOURS } from '../../components/palette';

export interface DocsCardProps {
  finding: Finding;
  /** The words the finding is about. */
  excerpt: string;
  /** What happened after Apply, for the user to read. */
  status: string | null;
  busy: boolean;
  onApply: (() => void) | null;
  onDismiss: () => void;
  onClose: () => void;
}

/** The finding card drawn over Google Docs: dimension, message, rewrite, Apply, Dismiss. */
export function DocsCard({ finding, excerpt, status, busy, onApply, onDismiss, onClose }: DocsCardProps) {
  const colour = DIMENSION_COLOURS[finding.dimension];
  return (
    <section class="card" role="dialog" aria-label={`STAR Coach: ${DIMENSION_LABELS[finding.dimension]}`} style={{ borderTopColor: colour }}>
      <header>
        <span class="dimension" style={{ color: colour }}>{DIMENSION_LABELS[finding.dimension]}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
      </header>
      <p class="excerpt">“{excerpt}”</p>
      <p class="message">{finding.message}</p>
      {finding.suggestion ? <p class="rewrite" data-testid="rewrite">{finding.suggestion.text}</p> : null}
      <div class="actions">
        {onApply ? (
          <button type="button" class="apply" disabled={busy} onClick={onApply}>Apply</button>
        ) : null}
        <button type="button" class="dismiss" disabled={busy} onClick={onDismiss}>Dismiss</button>
      </div>
      <p class="status" role="status" aria-live="polite">{status ?? ''}</p>
    </section>
  );
}

export const CARD_CSS = `
.card { position: fixed; width: 320px; box-sizing: border-box; background: #fff; color: #202124;
  border: 1px solid #dadce0; border-top: 4px solid; border-radius: 8px; padding: 10px 12px 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  pointer-events: auto; }
.card header { display: flex; justify-content: space-between; align-items: center; }
.card .dimension { font-weight: 600; text-transform: uppercase; letter-spacing: .04em; font-size: 11px; }
.card .close { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: #5f6368; }
.card .excerpt { margin: 6px 0 2px; color: #5f6368; font-style: italic; }
.card .message { margin: 4px 0; }
.card .rewrite { margin: 6px 0; padding: 6px 8px; background: #f1f3f4; border-radius: 4px; }
.card .actions { display: flex; gap: 8px; margin-top: 8px; }
.card button.apply, .card button.dismiss { border-radius: 4px; padding: 4px 12px; cursor: pointer; font: inherit; }
.card button.apply { background: #1a73e8; color: #fff; border: 1px solid #1a73e8; }
.card button.dismiss { background: #fff; color: #1a73e8; border: 1px solid #dadce0; }
.card .status { margin: 6px 0 0; min-height: 1em; color: #3c4043; }
.card .status:empty { display: none; }
`;
