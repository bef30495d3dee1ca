// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DefaultQuestionSetting } from '../../../components/DefaultQuestionSetting';
import { QUESTION_PROFILES, type ProfileId } from '../../../lib/questions/profiles';
import { loadSettings, saveSettings } from '../../../platform/settings';

const choose = (select: HTMLSelectElement, value: string) =>
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('the default question on the options page', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('offers every question profile, grouped like the practice page, with the current one selected', () => {
    render(<DefaultQuestionSetting value="dive-deep" onChange={() => {}} />, root);
    const select = root.querySelector<HTMLSelectElement>('select#question')!;
    expect(root.querySelector('label[for="question"]')?.textContent).toBe('Default question');
    const options = [...select.querySelectorAll('option')];
    expect(options).toHaveLength(25);
    expect(options.map((o) => o.value).sort()).toEqual(QUESTION_PROFILES.map((p) => p.id).sort());
    const groups = [...select.querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).toEqual(['Amazon Leadership Principles', 'Common questions']);
    const titles = (g: HTMLOptGroupElement) => [...g.querySelectorAll('option')].map((o) => o.textContent);
    expect(titles(groups[0]!)).toEqual(QUESTION_PROFILES.filter((p) => p.group === 'amazon').map((p) => p.title));
    expect(titles(groups[1]!)).toEqual(QUESTION_PROFILES.filter((p) => p.group === 'common').map((p) => p.title));
    expect(titles(groups[1]!)).toEqual(expect.arrayContaining(['Any behavioural question', 'Caught a critical issue others missed']));
    expect(select.value).toBe('dive-deep');
    // What the default is for, tied to the select for screen readers.
    const help = root.querySelector(`#${select.getAttribute('aria-describedby')}`);
    expect(help?.textContent).toMatch(/^Used for answer fields where no question is detected/);
  });

  it('passes on the profile chosen, and nothing that is not a profile', async () => {
    const onChange = vi.fn();
    render(<DefaultQuestionSetting value="caught-issue" onChange={onChange} />, root);
    const select = root.querySelector<HTMLSelectElement>('select#question')!;
    await choose(select, 'learning-fast');
    expect(onChange).toHaveBeenLastCalledWith('learning-fast');
    onChange.mockClear();
    const stray = document.createElement('option');
    stray.value = 'no-such-question';
    select.append(stray);
    await choose(select, 'no-such-question');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('saves the choice in the settings, as the options page wires it', async () => {
    function Wired() {
      return <DefaultQuestionSetting value="caught-issue" onChange={(question: ProfileId) => void saveSettings({ question })} />;
    }
    await saveSettings({ level: 'senior' });
    render(<Wired />, root);
    await choose(root.querySelector<HTMLSelectElement>('select#question')!, 'backbone');
    await vi.waitFor(async () => expect((await loadSettings()).question).toBe('backbone'));
    expect((await loadSettings()).level).toBe('senior');
  });
});
