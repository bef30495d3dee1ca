import { describe, expect, it } from 'vitest';
import { clearNlpCache, prefetch, tokenize } from '../../../lib/nlp';
import { splitSentences } from '../../../lib/text/sentences';

const TEXT =
  'We ran a nightly job that synced orders. I noticed a 0.3% drop!\n- Pulled the delivery logs\n- Traced it to a timeout\r\n' +
  'I wasn’t sure, so I reproduced it (locally). 😀 We shipped the fix; the team was happy. Revenue went from $2K to $10K a week.';

const snapshot = (sentences: string[]) =>
  sentences.map((s) => tokenize(s, 0).map((t) => [t.text, t.start, t.end, [...t.tags].sort().join(','), t.root, t.chunk]));

describe('nlp', () => {
  it('gives tokens with absolute offsets that index the exact text', () => {
    for (const s of splitSentences(TEXT)) {
      for (const t of tokenize(s.text, s.start)) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('parses a batch of sentences exactly as it parses them one by one', () => {
    const sentences = splitSentences(TEXT).map((s) => s.text);
    clearNlpCache();
    const single = snapshot(sentences);
    clearNlpCache();
    prefetch(sentences);
    expect(snapshot(sentences)).toEqual(single);
  });

  it('gives dictionary roots for verbs', () => {
    const roots = tokenize('I traced the failure and wrote a fix.', 0).map((t) => t.root);
    expect(roots).toEqual(expect.arrayContaining(['trace', 'write']));
  });
});
