import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../lib/document';
import { predicates } from '../../../lib/grammar';
import { DEFAULT_OPTIONS } from '../../../lib/types';

/** Each predicate of a one-sentence text: its verb, its subject's words (or null), its actor and whether it is passive. */
const actors = (text: string) => {
  const [s] = buildDoc(text, DEFAULT_OPTIONS).sentences;
  return predicates(s!).map((p) => [s!.tokens[p.verb]!.text, p.subject ? s!.tokens.slice(p.subject[0], p.subject[1] + 1).map((t) => t.text).join(' ') : null, p.actor, p.passive]);
};

describe('clause reading', () => {
  it('keeps the subject across "now", "still", "later" and "soon"', () => {
    expect(actors('The support desk now uses my macro.')).toEqual([['uses', 'The support desk', 'thing', false]]);
    expect(actors('We still run the nightly check.')).toEqual([['run', 'We', 'we', false]]);
    expect(actors('I later rewrote the importer.')).toEqual([['rewrote', 'I', 'i', false]]);
  });

  it('reads a phrasal passive as a passive with no actor', () => {
    const [first] = actors('The issue was looked into by nobody in particular.');
    expect(first?.[0]).toBe('looked');
    expect(first?.[3]).toBe(true);
  });

  it('takes the noun a preposition hangs on as the subject, not the preposition\'s object', () => {
    const dropped = (text: string) => actors(text).find((p) => p[0] === 'dropped')?.slice(1, 3);
    expect(dropped('Calls from the branch managers to my team dropped to two a week.')).toEqual(['Calls', 'thing']);
    expect(dropped('My team dropped the old report.')).toEqual(['My team', 'group']);
  });
});
