import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismissals, MAX_PER_SITE } from '../../../platform/dismissals';

describe('dismissals', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers hashes per site in storage.local and forgets them on restore', async () => {
    await dismissals.add('https://a.example', 'h1');
    await dismissals.add('https://a.example', 'h2');
    await dismissals.add('https://b.example', 'h3');
    expect([...(await dismissals.load('https://a.example'))]).toEqual(['h1', 'h2']);
    expect([...(await dismissals.load('https://b.example'))]).toEqual(['h3']);
    await dismissals.remove('https://a.example', 'h1');
    expect([...(await dismissals.load('https://a.example'))]).toEqual(['h2']);
    expect(await fakeBrowser.storage.local.get('dismissals')).toEqual({ dismissals: { 'https://a.example': ['h2'], 'https://b.example': ['h3'] } });
  });

  it('keeps only the newest dismissals of a site', async () => {
    for (let i = 0; i < MAX_PER_SITE + 3; i++) await dismissals.add('https://a.example', `h${i}`);
    const kept = await dismissals.load('https://a.example');
    expect(kept.size).toBe(MAX_PER_SITE);
    expect(kept.has('h0')).toBe(false);
    expect(kept.has(`h${MAX_PER_SITE + 2}`)).toBe(true);
  });
});
