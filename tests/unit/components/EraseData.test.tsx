// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EraseData } from '../../../components/EraseData';
import { eraseUserData } from '../../../platform/erase';
import { dismissals } from '../../../platform/dismissals';
import { practiceDraftsItem, practiceHistoryItem } from '../../../platform/practice';
import { saveSettings, loadSettings } from '../../../platform/settings';

const settle = () => act(async () => void (await new Promise((ok) => setTimeout(ok, 10))));
const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')];
const byText = (root: HTMLElement, text: string) => buttons(root).find((b) => b.textContent?.trim() === text);

describe('Erase my data (options)', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
    await practiceDraftsItem.setValue({ 'caught-issue': 'my draft' });
    await practiceHistoryItem.setValue({ 'caught-issue': [{ at: 1, score: 60 }] });
    await dismissals.add('https://a.example', 'h1');
    await saveSettings({ level: 'senior' });
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('asks first, then erases drafts, history and dismissals, and keeps the settings', async () => {
    act(() => render(<EraseData erase={eraseUserData} />, root));
    act(() => byText(root, 'Erase my data…')!.click());
    // The confirmation takes focus: Enter or Space on it erases.
    expect(document.activeElement?.textContent).toBe('Erase');
    expect(root.textContent).toContain('This cannot be undone');
    expect(await practiceDraftsItem.getValue()).toEqual({ 'caught-issue': 'my draft' }); // nothing gone yet
    act(() => byText(root, 'Erase')!.click());
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Erased/);
    expect(await practiceDraftsItem.getValue()).toEqual({});
    expect(await practiceHistoryItem.getValue()).toEqual({});
    expect([...(await dismissals.load('https://a.example'))]).toEqual([]);
    expect((await loadSettings()).level).toBe('senior');
  });

  it('erases nothing when cancelled, by button or Escape, and gives focus back', async () => {
    act(() => render(<EraseData erase={eraseUserData} />, root));
    act(() => byText(root, 'Erase my data…')!.click());
    act(() => byText(root, 'Cancel')!.click());
    await settle();
    expect(document.activeElement?.textContent).toBe('Erase my data…');
    act(() => byText(root, 'Erase my data…')!.click());
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await settle();
    expect(byText(root, 'Erase')).toBeUndefined();
    expect(document.activeElement?.textContent).toBe('Erase my data…');
    expect(await practiceDraftsItem.getValue()).toEqual({ 'caught-issue': 'my draft' });
    expect([...(await dismissals.load('https://a.example'))]).toEqual(['h1']);
  });

  it('says so when erasing fails', async () => {
    act(() => render(<EraseData erase={() => Promise.reject(new Error('no'))} />, root));
    act(() => byText(root, 'Erase my data…')!.click());
    act(() => byText(root, 'Erase')!.click());
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Could not erase/);
  });
});
