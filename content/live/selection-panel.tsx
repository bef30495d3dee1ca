import { render } from 'preact';
import type { Report } from '../../lib/types';
import { Scorecard } from '../../components/Scorecard';
import scorecardCss from '../../components/scorecard.css?inline';
import { closedRoot } from './popover';

const HOST_TAG = 'star-coach-selection-panel';
const QUOTE_LIMIT = 400;

const PANEL_CSS = `
:host { all: initial; }
.panel {
  position: fixed; inset: 16px 16px auto auto; margin: 0; box-sizing: border-box;
  width: min(420px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
  padding: 14px 16px; border: 1px solid var(--sc-line); border-radius: 12px;
  background: var(--sc-bg); color: var(--sc-fg); box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
}
.panel:not(:popover-open):not(.no-popover) { display: none; }
.top { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
h2 { font-size: 14px; margin: 0; }
.close { font: inherit; font-size: 18px; line-height: 1; width: 28px; height: 28px; border-radius: 6px; border: 1px solid transparent; background: transparent; color: var(--sc-muted); cursor: pointer; }
.close:hover { background: var(--sc-soft); color: var(--sc-fg); }
.close:focus-visible { outline: 2px solid var(--sc-accent); }
.selection { margin: 0 0 10px; padding: 6px 8px; border-left: 3px solid var(--sc-line); color: var(--sc-muted); font-size: 12px; white-space: pre-wrap; max-height: 7.5em; overflow: auto; }
.hint { margin: 10px 0 0; color: var(--sc-muted); font-size: 11px; }
`;

export interface SelectionPanel {
  /** The panel's host element (in the page's DOM, its content in a closed shadow root). */
  host: HTMLElement;
  close(): void;
}

function SelectionPanelView({ text, report, onClose }: { text: string; report: Report; onClose: () => void }) {
  const quote = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
  return (
    <>
      <div class="top">
        <h2 id="star-coach-selection-title">STAR check of your selection</h2>
        <button type="button" class="close" aria-label="Close STAR report" onClick={onClose}>
          ×
        </button>
      </div>
      {/* A scroll region the keyboard can reach (focusable, named). */}
      <blockquote class="selection" data-testid="selection-text" tabIndex={0} aria-label="The selected text">
        {quote}
      </blockquote>
      <Scorecard report={report} text={text} openWeakest idPrefix="star-coach-sel" />
      <p class="hint">Esc closes this panel. The text was checked on your computer; nothing was sent anywhere.</p>
    </>
  );
}

/**
 * Show the report for a selection in a panel on the page: a closed shadow root (page styles and
 * scripts cannot reach it), in the top layer through the Popover API (no z-index fight), closed with Escape or ×.
 * The selected text is rendered as text, never parsed as HTML. Replaces a panel already open.
 */
export function showSelectionPanel(page: Document, data: { text: string; report: Report }): SelectionPanel {
  page.querySelector(HOST_TAG)?.remove();
  const previousFocus = page.activeElement as HTMLElement | null;
  const host = page.createElement(HOST_TAG);
  const shadow = closedRoot(host);
  const style = page.createElement('style');
  style.textContent = scorecardCss + PANEL_CSS;
  const panel = page.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'star-coach-selection-title');
  panel.tabIndex = -1;
  shadow.append(style, panel);
  page.documentElement.append(host);

  const controller = new AbortController();
  const close = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    render(null, panel);
    host.remove();
    if (previousFocus && previousFocus.isConnected) previousFocus.focus?.({ preventScroll: true });
  };
  render(<SelectionPanelView text={data.text} report={data.report} onClose={close} />, panel);

  const popover = panel as HTMLElement & { showPopover?: () => void };
  if (typeof popover.showPopover === 'function') {
    panel.setAttribute('popover', 'manual');
    popover.showPopover();
  } else {
    panel.classList.add('no-popover');
  }
  page.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
    },
    { capture: true, signal: controller.signal },
  );
  panel.focus({ preventScroll: true });
  return { host, close };
}

const NOTICE_CSS = `
:host { all: initial; }
.notice {
  position: fixed; inset: 16px 16px auto auto; margin: 0; max-width: 320px; padding: 10px 14px;
  border: 1px solid var(--sc-line); border-radius: 10px; background: var(--sc-bg); color: var(--sc-fg);
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.2); font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
}
.notice:not(:popover-open):not(.no-popover) { display: none; }
`;

/** A short message in the page's top layer that goes away by itself (e.g. "select some text first"). */
export function showNotice(page: Document, message: string, ms = 4000): HTMLElement {
  page.querySelector('star-coach-notice')?.remove();
  const host = page.createElement('star-coach-notice');
  const shadow = closedRoot(host);
  const style = page.createElement('style');
  style.textContent = scorecardCss + NOTICE_CSS;
  const box = page.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'status');
  box.textContent = message;
  shadow.append(style, box);
  page.documentElement.append(host);
  const popover = box as HTMLElement & { showPopover?: () => void };
  if (typeof popover.showPopover === 'function') {
    box.setAttribute('popover', 'manual');
    popover.showPopover();
  } else {
    box.classList.add('no-popover');
  }
  setTimeout(() => host.remove(), ms);
  return host;
}
