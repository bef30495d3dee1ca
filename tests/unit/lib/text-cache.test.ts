import { describe, expect, it } from 'vitest';
import { TextCache } from '../../../lib/text/text-cache';
import { analyze, clearCaches } from '../../../lib/analyze';
import { NLP_CACHE_CHARS, nlpCacheChars } from '../../../lib/nlp';
import { GRAMMAR_CACHE_CHARS, grammarCacheChars } from '../../../lib/grammar';

describe('TextCache', () => {
  it('is bounded by the total length of its keys, evicting the least recently used first', () => {
    const cache = new TextCache<number>(10);
    cache.set('aaaa', 1);
    cache.set('bbbb', 2);
    expect(cache.get('aaaa')).toBe(1); // now the most recent
    cache.set('cccc', 3); // 12 > 10: "bbbb" goes
    expect(cache.has('bbbb')).toBe(false);
    expect(cache.get('aaaa')).toBe(1);
    expect(cache.get('cccc')).toBe(3);
    expect(cache.size).toBe(8);
  });

  it('never keeps a key longer than its whole budget, and counts a replaced key once', () => {
    const cache = new TextCache<number>(10);
    cache.set('abc', 1);
    cache.set('x'.repeat(11), 2);
    expect(cache.has('x'.repeat(11))).toBe(false);
    expect(cache.get('abc')).toBe(1);
    cache.set('abc', 5);
    expect(cache.size).toBe(3);
    expect(cache.get('abc')).toBe(5);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});

describe('engine caches', () => {
  it('stay within their character budgets after many edits of a long draft', { timeout: 30_000 }, () => {
    clearCaches();
    // Drafts of long sentences (cheap to parse: mostly emoji), every one new.
    const draft = (edit: number) => Array.from({ length: 25 }, (_, i) => `${edit}x${i} ${'😀'.repeat(950)}`).join('\n');
    for (let edit = 0; edit < 6; edit++) analyze(draft(edit));
    expect(nlpCacheChars()).toBeGreaterThan(NLP_CACHE_CHARS / 2); // the test did fill it
    expect(nlpCacheChars()).toBeLessThanOrEqual(NLP_CACHE_CHARS);
    expect(grammarCacheChars()).toBeLessThanOrEqual(2 * GRAMMAR_CACHE_CHARS);
  });
});
