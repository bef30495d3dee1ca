import { describe, expect, it } from 'vitest';
import { concepts, draftQuestion, matchQuestion } from '../../../lib/questions/match';
import { QUESTION_PROFILES } from '../../../lib/questions/profiles';

describe('matchQuestion', () => {
  it.each(QUESTION_PROFILES.filter((p) => p.id !== 'generic').flatMap((p) => p.canonical.map((q) => [q, p.id] as const)))(
    'matches the canonical question “%s” to a profile that lists it (%s)',
    (q, id) => {
      const m = matchQuestion(q);
      expect(m).not.toBeNull();
      const owners = QUESTION_PROFILES.filter((p) => p.canonical.includes(q)).map((p) => p.id);
      expect(owners).toContain(m!.id);
      expect(owners).toContain(id);
    },
  );

  // Wordings that appear in no profile: the matcher must generalise through synonyms and stems.
  it.each([
    ['Describe a situation where you pushed back on your boss', 'conflict'],
    ['Give an example of a clash with a teammate and how you resolved it', 'conflict'],
    ['What is your biggest failure?', 'failure'],
    ['Describe a project that went wrong', 'failure'],
    ['Tell me about a time you dealt with an angry client', 'difficult-customer'],
    ['How did you handle an upset patient?', 'difficult-customer'],
    ['Tell me about a time you spotted a problem nobody else noticed', 'caught-issue'],
    ['How do you handle pressure and competing priorities?', 'tight-deadline'],
    ['Describe a time you persuaded your team to change direction', 'influencing'],
    ['Tell me about a time you led a group of people who did not report to you', 'leadership-without-authority'],
    ['Describe a time you got up to speed fast on something unfamiliar', 'learning-fast'],
    ['Tell me about a time you mentored a junior colleague', 'hire-and-develop'],
    ['Describe a time you refused to lower the bar on quality', 'highest-standards'],
    ['Tell me about your boldest idea', 'think-big'],
    ['Describe a time you did more with a smaller budget', 'frugality'],
    ['Tell me about a time you dug into data to find a root cause', 'dive-deep'],
    ['Describe a time you disagreed with a decision but committed to it anyway', 'backbone'],
    ['Tell me about a time you improved morale on your team', 'best-employer'],
    ['Describe a decision where you considered the impact on the community', 'broad-responsibility'],
  ])('matches an unseen wording: “%s” → %s', (q, id) => {
    expect(matchQuestion(q)?.id).toBe(id);
  });

  it('names no profile for a field that asks no behavioural question', () => {
    for (const q of ['Comments', 'Your email address', 'Write a short bio', '', '   ', '12345']) expect(matchQuestion(q), q).toBeNull();
  });

  it('names no profile for an editor\'s own field name that shares one plain word with a question', () => {
    // TinyMCE labels its editing area "Rich Text Area"; "area" also appears in a learning question.
    expect(matchQuestion('Rich Text Area')).toBeNull();
    expect(matchQuestion('Rich Text Area. Press ALT-0 for help.')).toBeNull();
    expect(matchQuestion('Conflict with a colleague')?.id).toBe('conflict');
  });

  it('reports a confidence between the threshold and 1, and the example it matched', () => {
    const m = matchQuestion('Tell me about a time you disagreed with your manager.')!;
    expect(m.id).toBe('conflict');
    expect(m.confidence).toBeGreaterThanOrEqual(0.3);
    expect(m.confidence).toBeLessThanOrEqual(1);
    expect(m.matched).toBe('Tell me about a time you disagreed with your manager.');
  });

  it('maps word forms and synonyms to one concept', () => {
    expect(concepts('We clashed')).toEqual(concepts('a disagreement'));
    expect(concepts('customers').has('#customer')).toBe(true);
  });
});

describe('draftQuestion', () => {
  it('reads a first line labelled Q: or ending with a question mark, with its span', () => {
    const text = '  Q: Tell me about a time you failed.\nI shipped a bug.';
    const q = draftQuestion(text)!;
    expect(q.question).toBe('Tell me about a time you failed.');
    expect(text.slice(q.start, q.end)).toBe('Q: Tell me about a time you failed.');
    expect(draftQuestion('Question 3: Why?\nBecause.')!.question).toBe('Why?');
    expect(draftQuestion('Tell me about a conflict?\nIt began…')!.question).toBe('Tell me about a conflict?');
  });

  it('reads an interviewer\'s prompt on a line of its own, written without a question mark', () => {
    const text = 'Tell me about a time you failed.\n\nIn my first month as a payroll clerk I sent a file twice.';
    expect(draftQuestion(text)!.question).toBe('Tell me about a time you failed.');
    expect(draftQuestion('Describe a situation where you disagreed with your manager\nWe planned…')!.question).toBe('Describe a situation where you disagreed with your manager');
    expect(draftQuestion('Give an example of a goal you missed.\nLast spring…')!.question).toBe('Give an example of a goal you missed.');
    // Not alone on its line, or the whole answer: the answer starts at once.
    expect(draftQuestion('Tell me about a time you failed. I sent a file twice.\nIt cost us a day.')).toBeNull();
    expect(draftQuestion('Describe the outage to a customer in plain words, my manager said.')).toBeNull();
    expect(draftQuestion('I described the outage to my manager.\nThen I fixed it.')).toBeNull();
  });

  it('finds nothing when the answer starts at once', () => {
    expect(draftQuestion('I noticed the refunds were failing.\nWhy? Nobody knew.')).toBeNull();
    expect(draftQuestion('')).toBeNull();
  });
});
