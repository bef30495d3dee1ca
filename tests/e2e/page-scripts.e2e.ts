// What a page's own scripts can do to live coaching, and read of it: they cannot start it (synthetic
// input, keys and pointer events are ignored; the user's typing is not), and once the user has
// typed they cannot read the score, the findings or the card's text.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../lib/types';
import { DEBOUNCE_MS } from '../../content/live/session';
import { CARD, MIRROR, badgeState, highlightsByDimension, launch, mirrorMarks, uiAll, uiPoint, uiWait, type Harness } from './harness';
import { PROBLEM, WEAK, expectedMarks, extensionPage, openTab, storedTabReport, workerAnalyses } from './hostile-tools';

const STORY = `${PROBLEM} ${WEAK}`;

/** The analyses the worker ran for a tab. */
const analysesOf = async (h: Harness, tabId: number) => (await workerAnalyses(h)).filter((a) => a.tab === tabId);

/** A wait long enough for anything the page's events could have started to show (two debounces and a report). */
const settle = (page: Page) => page.waitForTimeout(2 * DEBOUNCE_MS + 1_000);

describe("a page's own scripts cannot start live coaching", () => {
  let h: Harness;
  let ext: Page;
  beforeAll(async () => {
    h = await launch();
    ext = await extensionPage(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('synthetic input, keys and pointer events start nothing; the user typing does', async () => {
    const { page, tabId } = await openTab(h, ext, 'textarea.html');
    // The page fills a textarea and a contenteditable of its own and fakes typing in them.
    await page.evaluate((text) => {
      const editable = document.createElement('div');
      editable.id = 'editable';
      editable.contentEditable = 'true';
      editable.style.cssText = 'width:640px;min-height:80px;border:1px solid #999';
      document.body.append(editable);
      for (const field of [document.querySelector<HTMLTextAreaElement>('#answer')!, editable]) {
        field.focus();
        if (field instanceof HTMLTextAreaElement) field.value = text;
        else field.textContent = text;
        field.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
        field.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'e', code: 'KeyE' }));
        field.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'e', code: 'KeyE' }));
        field.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'L', code: 'KeyL', altKey: true, shiftKey: true }));
        // execCommand fires a trusted input event; it is still the page's script, not the user.
        document.execCommand('insertText', false, ' We did it.');
      }
    }, STORY);
    await settle(page);
    expect(await analysesOf(h, tabId)).toEqual([]);
    expect(await storedTabReport(ext, tabId)).toBeNull();
    expect(await page.evaluate(() => ({ ours: document.querySelectorAll('star-coach-mirror, star-coach-badge, star-coach-card').length, highlights: CSS.highlights.size }))).toEqual({
      ours: 0,
      highlights: 0,
    });

    // The user types in the same textarea: that is analysed, and drawn.
    await page.click('#answer');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' I');
    const text = `${await page.inputValue('#answer')}`;
    expect(text.endsWith(' I')).toBe(true);
    await expect.poll(async () => (await mirrorMarks(page)).map((m) => `${m.findingId}: ${m.text}`), { timeout: 15_000 }).toEqual(expectedMarks(text));
    expect((await analysesOf(h, tabId)).map((a) => a.length)).toContain(text.length);
    expect((await storedTabReport(ext, tabId))?.text).toBe(text);

    // A pointer the page makes up over the underline opens no card; the user's click does.
    const mark = (await uiAll(page, MIRROR, '.star-coach-mark')).find((m) => m.text === 'We figured out')!;
    const { x, y } = await uiPoint(page, mark);
    await page.mouse.move(5, 5);
    await page.evaluate(
      ({ x, y }) => {
        const at = document.elementFromPoint(x, y) ?? document.body;
        const init = { bubbles: true, composed: true, clientX: x, clientY: y };
        at.dispatchEvent(new PointerEvent('pointermove', init));
        at.dispatchEvent(new MouseEvent('mousemove', init));
        at.dispatchEvent(new PointerEvent('pointerdown', init));
        at.dispatchEvent(new MouseEvent('mousedown', init));
        at.dispatchEvent(new MouseEvent('mouseup', init));
        at.dispatchEvent(new MouseEvent('click', init));
        // And the keys that open the list and step to a finding.
        for (const code of ['KeyL', 'Period']) at.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, code, altKey: true, shiftKey: true }));
      },
      { x, y },
    );
    await settle(page);
    expect(await uiAll(page, CARD, '.card, .list')).toEqual([]);
    await page.mouse.click(x, y);
    expect((await uiWait(page, CARD, '.card'))!.attrs['data-finding-id']).toBe('we-action');
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('a page script cannot read the report', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Everything a page script can find of STAR Coach's in its document. */
  const pageView = (page: Page) =>
    page.evaluate((dimensions) => {
      const hosts = [...document.querySelectorAll('*')].filter((el) => el.tagName.toLowerCase().startsWith('star-coach'));
      const names = [...(CSS.highlights as unknown as Map<string, unknown>).keys()];
      return {
        hosts: hosts.map((el) => ({
          tag: el.tagName.toLowerCase(),
          open: el.shadowRoot !== null,
          attributes: [...el.attributes].map((a) => a.name).filter((n) => n !== 'style' && n !== 'popover'),
          text: el.textContent,
        })),
        names,
        namesTellKinds: names.some((n) => n.startsWith('star-coach') || dimensions.some((d) => n.includes(d))),
        text: document.documentElement.innerText,
        attributeValues: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value)),
      };
    }, DIMENSIONS as unknown as string[]);

  it.each([
    ['textarea', 'textarea.html', '#answer'],
    ['contenteditable', 'contenteditable.html', '#editor'],
  ])('in a %s: no open root, no data attributes, no report text, highlight names that tell nothing', async (_kind, path, selector) => {
    const page = await h.open(path);
    await page.click(selector);
    await page.keyboard.type(STORY, { delay: 2 });
    // What the user sees: the badge with a score, and the card open on the we-action.
    await expect.poll(() => badgeState(page), { timeout: 15_000 }).not.toBeNull();
    const point = async () => {
      const marks = await uiAll(page, MIRROR, '.star-coach-mark');
      if (marks.length > 0) return uiPoint(page, marks.find((m) => m.text === 'We figured out')!);
      // A contenteditable: the words' own box.
      return page.evaluate(() => {
        const el = document.querySelector('#editor')!;
        const text = el.textContent!;
        const at = text.indexOf('We figured out');
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent!.length;
          if (at < offset + len) {
            const r = document.createRange();
            r.setStart(n, at - offset);
            r.setEnd(n, at - offset + 2);
            const b = r.getBoundingClientRect();
            return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
          }
          offset += len;
        }
        throw new Error('no words');
      });
    };
    await expect.poll(async () => (await highlightsByDimension(page)).ownership ?? (await mirrorMarks(page)).map((m) => m.text), { timeout: 15_000 }).toContain('We figured out');
    const { x, y } = await point();
    await page.mouse.click(x, y);
    const card = (await uiWait(page, CARD, '.card'))!;
    expect(card.text).toContain('figured out');
    const badge = await badgeState(page);
    expect(badge!.score).toBeGreaterThan(0);

    const seen = await pageView(page);
    expect(seen.hosts.length).toBeGreaterThan(0); // the page does see that elements of ours exist…
    for (const host of seen.hosts) {
      expect(host.open, host.tag).toBe(false); // …but not into them
      expect(host.attributes, host.tag).toEqual([]);
      expect(host.text, host.tag).toBe('');
    }
    expect(seen.text).not.toContain(card.text);
    expect(seen.text).not.toContain(`score ${badge!.score}`);
    expect(seen.attributeValues.some((v) => v.includes('we-action') || v === String(badge!.score))).toBe(false);
    expect(seen.namesTellKinds).toBe(false);
    if (path === 'contenteditable.html') expect(seen.names.length).toBeGreaterThan(0); // underlined, under names it cannot guess
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});
