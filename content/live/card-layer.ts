import { h } from 'preact';
import type { Finding } from '../../lib/types';
import { Card, UndoToast } from '../../components/Card';
import { DIMENSION_LABELS } from '../../components/labels';
import { previewRewrite } from '../../components/rewrite-preview';
import { FindingList, type ListItem } from '../../components/FindingList';
import { questionNote, type PickerOption, type QuestionPickerProps } from '../../components/QuestionPicker';
import { Announcer, BadgeView, Popover } from './popover';
import type { FieldState } from './session-api';
import { outerView, shift, type OuterView } from './frames';
import { topLayerHost } from './top-layer';
import type { Box, Placed } from './surfaces/surface';

/** The words a finding is about, in the text it was made for. */
export function wordsIn(text: string, f: Finding): string | undefined {
  return f.start !== undefined && f.end !== undefined ? text.slice(f.start, f.end) : undefined;
}

/** A finding as the list shows it. */
export type Shown = Placed & ListItem;

/** What the card layer needs of the session it belongs to. */
export interface CardHost {
  states(): Iterable<FieldState>;
  enabled(): boolean;
  isApplying(): boolean;
  apply(state: FieldState, p: Placed): void;
  dismiss(state: FieldState, p: Placed): void;
  restore(state: FieldState, hash: string): void;
  /** Stop flagging the finding's kind on this site; absent where that cannot be kept. */
  mute?: (state: FieldState, p: Placed) => void;
  /** Flag a muted kind again (the toast's Undo). */
  unmute(kind: string): void;
  /** The field written in most recently, for the key that opens the list. */
  latest(): FieldState | null;
  /** The dismissed findings of the field's last report, to restore from the list. */
  dismissedOf(state: FieldState): Shown[];
  placeChrome(state: FieldState): void;
  /** Put a rewrite on the clipboard; resolves whether it worked. */
  copy(text: string): Promise<boolean>;
  /** Whether an event came from the user (not synthesised by the page's scripts). */
  fromUser(event: Event): boolean;
  /** The question profiles a field may be coached for (empty until they are loaded). */
  questionOptions(): readonly PickerOption[];
  /** Coach the field for question `id` from now on (null: detect it again), and analyse it at once. */
  chooseQuestion(state: FieldState, id: string | null): void;
}

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 500;
/** How long "Undo" stays after a Dismiss. */
export const UNDO_MS = 6000;

/** How many `[placeholders]` the field still holds, in words. */
export function placeholdersLeft(placed: readonly Placed[]): string | undefined {
  const n = placed.filter((p) => p.finding.id === 'unfilled-placeholder').length;
  if (n === 0) return undefined;
  return `${n} ${n === 1 ? 'placeholder' : 'placeholders'} left in this answer: type your own facts over ${n === 1 ? 'it' : 'each'} (the first is selected after Apply).`;
}

/**
 * The session's user interface, the same for every field and surface: a badge per field, one
 * card or findings list at a time, the keys (Alt+Shift+. / , / Enter, Esc), and the pointer
 * (hovering or clicking an underline opens its card).
 */
export class CardLayer {
  // Built on first use: most pages never show a card.
  private popover: Popover | null = null;
  /** The card host in a same-origin outer document, for fields in frames too small for the card. */
  private outer: { popover: Popover; view: OuterView } | null = null;
  private announcer: Announcer | null = null;
  /** The field whose list is open. */
  private listOf: FieldState | null = null;
  /** Where the last card was, for the Undo toast that replaces it. */
  private lastAnchor: Box | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** The card open now, and how it was opened (a hover card closes when the pointer leaves). */
  private card: { state: FieldState; key: string; hover: boolean; status?: string } | null = null;
  private readonly badges = new Map<FieldState, BadgeView>();
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointer: { x: number; y: number } | null = null;
  private frame = 0;
  /** Where the focus goes back to when the list closes, after Alt+Shift+Q moved it into the list. */
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly page: Document,
    private readonly signal: AbortSignal,
    private readonly host: CardHost,
  ) {
    this.hearKeysIn(page);
    page.addEventListener('pointermove', (e) => this.onPointerMove(e), { capture: true, passive: true, signal });
    page.addEventListener('click', (e) => this.onClick(e), { capture: true, signal });
    signal.addEventListener('abort', () => {
      clearTimeout(this.hoverTimer);
      clearTimeout(this.toastTimer);
      this.popover?.destroy();
      this.outer?.popover.destroy();
      this.announcer?.destroy();
      for (const badge of this.badges.values()) badge.destroy();
      this.badges.clear();
    });
  }

  /** Our own shadow root, once the card was built: where a clipboard fallback can live unseen. */
  ownRoot(): ParentNode | null {
    return this.shown?.root ?? this.popover?.root ?? null;
  }

  hearKeysIn(document: Document): void {
    document.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal: this.signal });
  }

  updateBadge(state: FieldState): void {
    if (!state.last) return;
    let badge = this.badges.get(state);
    if (!badge) this.badges.set(state, (badge = new BadgeView(this.page)));
    badge.update(
      {
        score: state.last.report.score,
        count: state.placed.length,
        truncated: Boolean(state.last.report.truncated),
        onOpen: () => this.openList(state),
        question: state.last.report.question
          ? { title: state.last.report.question.title, note: questionNote(state.last.report.question) }
          : undefined,
      },
      state.target.source.element,
    );
  }

  placeBadge(state: FieldState, field: Box | null): void {
    this.badges.get(state)?.place(field);
  }

  /** The field's drawing was cleared: its badge goes, and its card. */
  forget(state: FieldState): void {
    this.badges.get(state)?.destroy();
    this.badges.delete(state);
    if (this.card?.state === state) this.close();
  }

  /** The field was drawn again: its card follows its finding, or closes when the finding went; its open list shows the new report. */
  repaint(state: FieldState): void {
    if (this.listOf === state) return this.openList(state);
    const card = this.card;
    if (card?.state !== state) return;
    if (state.placed.some((p) => p.key === card.key)) this.open(state, card.key, card.hover, card.status);
    else this.close();
  }

  /** After a scroll or resize: a pinned card follows its words. */
  follow(): void {
    const card = this.card;
    if (card && !card.hover && this.anchorOf(card.state, card.key)) this.open(card.state, card.key, false, card.status);
  }

  /** The user typed in the field: a card they opened on purpose closes (a hover card stays until the pointer leaves). */
  closeIfPinnedTo(state: FieldState): void {
    if (this.card?.state === state && !this.card.hover) this.close();
  }

  private anchorOf(state: FieldState, key: string): Box | null {
    return state.target.surface.rects(key)[0] ?? this.badges.get(state)?.anchor() ?? null;
  }

  /**
   * Show the card or list by `anchor`, in the field's document; when the field is in a same-origin
   * frame too small for it (TinyMCE's 200 px iframe), in the topmost same-origin document, beside
   * the frame, where nothing cuts it off.
   */
  private show(content: Parameters<Popover['show']>[0], anchor: Box, state: FieldState): void {
    const inner = (this.popover ??= new Popover(this.page));
    clearTimeout(this.toastTimer);
    const near = state.target.source.element;
    // A field in a modal dialog or popover: the card goes above it, inside it, where clicks reach it.
    const layer = state.target.surface.layer ?? topLayerHost(near) ?? undefined;
    const outside = layer ? null : outerView(this.page);
    if (this.outer?.popover.isOpen && (!outside || outside.document !== this.outer.view.document)) this.outer.popover.hide();
    inner.show(content, anchor, layer, near);
    if (!outside || !inner.cramped(anchor)) {
      this.outer?.popover.hide();
      return;
    }
    inner.hide();
    if (this.outer?.view.document !== outside.document) {
      this.outer?.popover.destroy();
      this.outer = { popover: this.outerPopover(outside.document), view: outside };
    }
    this.outer.view = outside;
    this.outer.popover.show(content, shift(anchor, outside.dx, outside.dy), outside.document.documentElement, near);
  }

  /** A card host in an outer document: the pointer over it keeps a hover card open; it follows that document's scrolling. */
  private outerPopover(document: Document): Popover {
    const popover = new Popover(document);
    popover.host.addEventListener('pointermove', () => clearTimeout(this.hoverTimer), { passive: true, signal: this.signal });
    popover.host.addEventListener(
      'pointerleave',
      () => {
        if (this.card?.hover) this.hoverTimer = setTimeout(() => this.card?.hover && this.close(), HOVER_CLOSE_MS);
      },
      { passive: true, signal: this.signal },
    );
    document.addEventListener('scroll', () => this.follow(), { capture: true, passive: true, signal: this.signal });
    // Clicking elsewhere in that document closes the card, as it does in the field's own; so does Esc.
    document.addEventListener(
      'click',
      (event) => {
        if (!this.host.fromUser(event)) return;
        if (popover.isOpen && !event.composedPath().includes(popover.host) && !this.host.isApplying()) this.close();
      },
      { capture: true, signal: this.signal },
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || !popover.isOpen || !this.host.fromUser(event)) return;
        consume(event);
        if (!this.host.isApplying()) this.close();
      },
      { capture: true, signal: this.signal },
    );
    return popover;
  }

  /** The card host that is showing now. */
  private get shown(): Popover | null {
    if (this.outer?.popover.isOpen) return this.outer.popover;
    return this.popover?.isOpen ? this.popover : null;
  }

  open(state: FieldState, key: string, hover: boolean, status?: string): void {
    const p = state.placed.find((x) => x.key === key);
    const anchor = p && this.anchorOf(state, key);
    if (!p || !anchor) return;
    const wasOpen = this.card?.state === state && this.card.key === key;
    this.card = { state, key, hover, status };
    this.listOf = null;
    this.lastAnchor = anchor;
    const f = p.finding;
    const text = state.snapshot?.text;
    const replaces = f.suggestion?.replaces;
    this.show(
      h(Card, {
        finding: f,
        words: text !== undefined ? wordsIn(text, f) : undefined,
        preview: text !== undefined && replaces && replaces.end <= text.length ? previewRewrite(text, replaces, f.suggestion!.text) : undefined,
        note: f.id === 'unfilled-placeholder' ? placeholdersLeft(state.placed) : undefined,
        status,
        onApply: f.suggestion?.replaces ? () => this.host.apply(state, p) : undefined,
        onCopy: f.suggestion
          ? () => void this.host.copy(f.suggestion!.text).then((ok) => this.open(state, key, false, ok ? 'Copied the rewrite.' : 'Could not copy the rewrite.'))
          : undefined,
        onDismiss: () => this.host.dismiss(state, p),
        onMute: this.host.mute ? () => this.host.mute!(state, p) : undefined,
        onClose: () => this.close(),
        question: this.pickerFor(state),
      }),
      anchor,
      state,
    );
    if (!wasOpen || status) this.announce(`${DIMENSION_LABELS[f.dimension]}: ${status ?? f.message}${f.suggestion ? ` Stronger: ${f.suggestion.text}` : ''}`);
  }

  private announce(text: string): void {
    (this.announcer ??= new Announcer(this.page)).say(text);
  }

  close(): void {
    this.card = null;
    this.listOf = null;
    clearTimeout(this.toastTimer);
    const hadFocus = (this.popover?.hasFocus() ?? false) || (this.outer?.popover.hasFocus() ?? false);
    this.popover?.hide();
    this.outer?.popover.hide();
    const back = this.returnFocus;
    this.returnFocus = null;
    if (hadFocus && back?.isConnected) back.focus({ preventScroll: true });
  }

  /** After a Dismiss: where the card was, "Undo" for a few seconds (Restore stays in the list). */
  showUndo(state: FieldState, hash: string): void {
    const anchor = this.lastAnchor ?? this.badges.get(state)?.anchor();
    this.card = null;
    this.listOf = null;
    if (!anchor) return this.close();
    this.show(h(UndoToast, { onUndo: () => { this.close(); this.host.restore(state, hash); } }), anchor, state);
    this.announce('Finding dismissed on this site. Undo is on screen for a few seconds, and Restore in the list.');
    this.toastTimer = setTimeout(() => {
      if (!this.card && !this.listOf) this.close();
    }, UNDO_MS);
  }

  /** After "Stop flagging this kind here": where the card was, "Undo" for a few seconds (options keep it too). */
  showMuted(state: FieldState, kind: string): void {
    const anchor = this.lastAnchor ?? this.badges.get(state)?.anchor();
    this.card = null;
    this.listOf = null;
    if (!anchor) return this.close();
    const message = 'This kind of finding is no longer flagged on this site.';
    this.show(h(UndoToast, { message, onUndo: () => { this.close(); this.host.unmute(kind); } }), anchor, state);
    this.announce(`${message} Undo is on screen for a few seconds; the settings page can flag it again.`);
    this.toastTimer = setTimeout(() => {
      if (!this.card && !this.listOf) this.close();
    }, UNDO_MS);
  }

  /** A dismissed finding came back: the list shows it again if it is open. */
  restored(state: FieldState): void {
    if (this.listOf === state) this.openList(state);
  }

  openList(state: FieldState): void {
    if (!state.last || !state.snapshot) return;
    const text = state.snapshot.text;
    this.card = null;
    const wasOpen = this.listOf === state;
    this.listOf = state;
    this.show(
      h(FindingList, {
        score: state.last.report.score,
        truncated: state.last.report.truncated,
        items: state.placed.map((p) => ({ key: p.key, finding: p.finding, words: wordsIn(text, p.finding) })),
        dismissed: this.host.dismissedOf(state),
        onSelect: (key: string) => {
          if (!this.reveal(state, key)) this.close();
        },
        onRestore: (hash: string) => this.host.restore(state, hash),
        onClose: () => this.close(),
        question: this.pickerFor(state),
      }),
      this.badges.get(state)?.anchor() ?? state.target.source.element.getBoundingClientRect(),
      state,
    );
    this.listOf = state; // showing closed any card, not this list
    if (!wasOpen) this.announce(`STAR Coach findings: score ${state.last.report.score}, ${state.placed.length} ${state.placed.length === 1 ? 'finding' : 'findings'}.`);
  }

  /** The question picker for a field's card and list, once a report says which question it was coached for. */
  private pickerFor(state: FieldState): QuestionPickerProps | undefined {
    const question = state.last?.report.question;
    if (!question) return undefined;
    return {
      question,
      options: this.host.questionOptions(),
      idPrefix: 'star-coach',
      onChange: (id) => {
        // The card's finding may not exist under another question: the list stays, and shows the new report.
        this.openList(state);
        this.focusPicker();
        this.announce('Checking the answer again for the question you chose.');
        this.host.chooseQuestion(state, id);
      },
    };
  }

  /** Alt+Shift+Q: the field's list, with the focus on its question picker (Esc gives the focus back to the field). */
  private pickQuestion(state: FieldState): void {
    this.openList(state);
    this.returnFocus = state.target.source.element as HTMLElement;
    this.focusPicker();
  }

  private focusPicker(): void {
    this.shown?.focus('select');
  }

  /** Bring a finding's words into view and open its card (the badge's card for a finding without words). */
  reveal(state: FieldState, key: string): boolean {
    if (!state.placed.some((x) => x.key === key)) return false;
    state.target.surface.reveal(key);
    this.host.placeChrome(state);
    this.open(state, key, false);
    return this.card?.key === key;
  }

  /** Alt+Shift+. and Alt+Shift+, step through the underlined findings of the field. */
  private step(state: FieldState, direction: 1 | -1): void {
    const spans = state.placed.filter((p) => p.finding.start !== undefined).sort((a, b) => a.finding.start! - b.finding.start!);
    const all = spans.length > 0 ? spans : state.placed;
    if (all.length === 0) return;
    const at = this.card?.state === state ? all.findIndex((p) => p.key === this.card!.key) : -1;
    const next = at < 0 ? (direction === 1 ? 0 : all.length - 1) : (at + direction + all.length) % all.length;
    this.reveal(state, all[next]!.key);
  }

  /** The followed field an event happened in. */
  private stateOf(event: Event): FieldState | undefined {
    const path = event.composedPath();
    const states = [...this.host.states()];
    for (const node of path) {
      const state = states.find((s) => s.target.source.element === node);
      if (state) return state;
    }
    const target = path[0] ?? event.target;
    return target ? states.find((s) => s.target.source.owns?.(target)) : undefined;
  }

  private onKeyDown(event: KeyboardEvent): void {
    // A key the page's script made up opens, applies and dismisses nothing.
    if (!this.host.enabled() || !this.host.fromUser(event)) return;
    if (event.key === 'Escape' && (this.card || this.shown)) {
      // Esc closes what is on top, and that is ours: the page does not hear it (a modal dialog
      // holding the field stays open; the next Esc, with nothing of ours open, is the page's).
      consume(event);
      if (!this.host.isApplying()) this.close();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if ((event.code === 'KeyD' || (event.code === 'KeyK' && this.host.mute)) && this.card) {
      // Dismiss the open card (D), or stop flagging its kind on this site (K), wherever the focus is.
      consume(event);
      const { state: s, key } = this.card;
      const p = s.placed.find((x) => x.key === key);
      if (p && event.code === 'KeyD') this.host.dismiss(s, p);
      else if (p) this.host.mute?.(s, p);
      return;
    }
    const state = this.stateOf(event) ?? (event.code === 'KeyL' || event.code === 'KeyQ' ? this.host.latest() ?? undefined : undefined);
    if (!state?.last) return;
    if (event.code === 'KeyQ') {
      consume(event);
      this.pickQuestion(state);
    } else if (event.code === 'KeyL') {
      consume(event);
      if (this.listOf === state) this.close();
      else this.openList(state);
    } else if (event.code === 'Period' || event.code === 'Comma') {
      consume(event);
      this.step(state, event.code === 'Period' ? 1 : -1);
    } else if (event.code === 'Enter' && this.card?.state === state) {
      consume(event);
      const p = state.placed.find((x) => x.key === this.card!.key);
      if (p) this.host.apply(state, p);
    }
  }

  private hitTest(x: number, y: number): { state: FieldState; key: string } | null {
    for (const state of this.host.states()) {
      if (!state.visible || state.placed.length === 0) continue;
      // Words scrolled out of the field are not under the pointer, whatever their boxes say.
      const box = state.target.source.element.getBoundingClientRect();
      if (x < box.left || x > box.right || y < box.top - 2 || y > box.bottom + 2) continue;
      const key = state.target.surface.hit(x, y);
      if (key) return { state, key };
    }
    return null;
  }

  private onPointerMove(event: PointerEvent): void {
    // A pointer the page's script made up never opens a card.
    if (!this.host.fromUser(event)) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    const view = this.page.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      const pointer = this.pointer;
      if (!pointer) return;
      clearTimeout(this.hoverTimer);
      if (this.popover?.isOpen && this.popover.contains(pointer.x, pointer.y)) return;
      const hit = this.hitTest(pointer.x, pointer.y);
      if (hit) {
        if (this.card?.key === hit.key && this.card.state === hit.state) return;
        this.hoverTimer = setTimeout(() => this.open(hit.state, hit.key, true), HOVER_OPEN_MS);
      } else if (this.card?.hover) {
        this.hoverTimer = setTimeout(() => {
          if (this.card?.hover) this.close();
        }, HOVER_CLOSE_MS);
      }
    });
  }

  private onClick(event: MouseEvent): void {
    if (!this.host.fromUser(event)) return;
    const popover = this.shown ?? this.popover;
    if (popover && event.composedPath().includes(popover.host)) return;
    const hit = this.hitTest(event.clientX, event.clientY);
    if (hit) this.open(hit.state, hit.key, false);
    else if ((this.card || this.shown) && !this.host.isApplying()) this.close();
  }
}

/** A key that was ours to handle: neither the page's handlers nor the browser's default (a dialog's close) see it. */
function consume(event: Event): void {
  event.preventDefault();
  event.stopPropagation();
}
