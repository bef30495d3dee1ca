// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CopyButton } from '../../../components/CopyButton';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

async function click(button: HTMLButtonElement) {
  await act(async () => {
    button.click();
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('CopyButton', () => {
  it('puts the rewrite on the clipboard and says so', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<CopyButton text="I traced the failure." label="Copy rewrite" />, root));
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Copy rewrite');
    await click(button);
    expect(write).toHaveBeenCalledWith('I traced the failure.');
    expect(button.textContent).toBe('Copied');
    expect(button.dataset.state).toBe('copied');
  });

  it('says when copying failed', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<CopyButton text="x" />, root));
    const button = root.querySelector('button')!;
    await click(button);
    expect(button.textContent).toBe('Copy failed');
    expect(document.querySelector('textarea')).toBeNull(); // the fallback's helper field is removed
  });
});
