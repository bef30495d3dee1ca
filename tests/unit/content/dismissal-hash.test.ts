import { describe, expect, it } from 'vitest';
import { findingKey } from '../../../platform/protocol';
import { dismissalHash, hashString, setDismissalSalt } from '../../../content/live/dismissal-hash';
import type { Finding } from '../../../lib/types';

const at = (text: string, words: string): Finding => {
  const start = text.indexOf(words);
  return { id: 'we-action', dimension: 'ownership', severity: 'major', start, end: start + words.length, message: 'm' };
};

describe('dismissalHash', () => {
  const text = 'We figured out the root cause together.';
  it('is the same for the same finding wherever its sentence moves', () => {
    const moved = `Some new opening paragraph that is long enough.\n${text}`;
    expect(dismissalHash(moved, at(moved, 'We figured out'))).toBe(dismissalHash(text, at(text, 'We figured out')));
  });

  it('depends on the install\'s salt, so a hash from one install cannot be matched in another', () => {
    const finding = at(text, 'We figured out');
    const unsalted = dismissalHash(text, finding);
    expect(dismissalHash(text, finding, 'salt-a')).not.toBe(unsalted);
    expect(dismissalHash(text, finding, 'salt-a')).not.toBe(dismissalHash(text, finding, 'salt-b'));
    setDismissalSalt('salt-a');
    try {
      expect(dismissalHash(text, finding)).toBe(dismissalHash(text, finding, 'salt-a'));
      const moved = `An opening line.\n${text}`;
      expect(dismissalHash(moved, at(moved, 'We figured out'))).toBe(dismissalHash(text, finding)); // still follows the sentence
    } finally {
      setDismissalSalt('');
    }
  });

  it('differs when the words or their context differ', () => {
    const other = 'We figured out the billing bug together.';
    expect(dismissalHash(other, at(other, 'We figured out'))).not.toBe(dismissalHash(text, at(text, 'We figured out')));
    expect(dismissalHash(text, { ...at(text, 'We figured out'), id: 'other' })).not.toBe(dismissalHash(text, at(text, 'We figured out')));
  });

  it('keeps no text, only a short hash', () => {
    const hash = dismissalHash(text, at(text, 'We figured out'));
    expect(hash).toMatch(/^[0-9a-z]{1,12}$/);
    expect(text.toLowerCase()).not.toContain(hash);
  });

  it('keys a finding without a span by its kind and message', () => {
    const f: Finding = { id: 'no-result', dimension: 'quantification', severity: 'major', message: 'No number.' };
    expect(dismissalHash('a', f)).toBe(dismissalHash('b', f));
    expect(dismissalHash('a', f)).not.toBe(dismissalHash('a', { ...f, message: 'Other.' }));
  });
});

describe('findingKey and hashString', () => {
  it('names a finding by kind and span', () => {
    expect(findingKey(at('xx We figured out', 'We figured out'))).toBe('we-action@3-17');
    expect(findingKey({ id: 'no-result', dimension: 'quantification', severity: 'major', message: 'm' })).toBe('no-result@---');
  });
  it('spreads similar inputs', () => {
    expect(hashString('abc')).not.toBe(hashString('abd'));
    expect(hashString('abc')).toBe(hashString('abc'));
  });
});
