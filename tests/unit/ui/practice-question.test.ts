import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { matchQuestion } from '../../../lib/questions/match';
import { getProfile } from '../../../lib/questions/profiles';
import { detectionNote, practiceAnalyzeOptions } from '../../../pages/practice-question';

const ASKED = 'Tell me about a time you disagreed with your manager?';
const ANSWER =
  'We planned to launch the new billing page on Friday. I disagreed, because our error logs showed a 4% failure ' +
  'rate on card payments. I shared the logs with my manager and proposed a one-week delay. He decided to ship ' +
  'with a feature flag. I committed to his decision, turned the flag off after two hours, fixed the bug and ' +
  'relaunched the next week with no failed payments. I learned to bring data early.';
const settings = { ...DEFAULT_SETTINGS, level: 'senior' as const, question: 'failure' as const };

describe('the practice page: "Detect automatically"', () => {
  it('coaches the draft for the question its first line asks, with the matcher\'s confidence', () => {
    const match = matchQuestion(ASKED)!;
    expect(['backbone', 'conflict']).toContain(match.id);
    for (const first of [ASKED, `Q: ${ASKED.slice(0, -1)}`, `Question 3: ${ASKED}`]) {
      const report = analyze(`${first}\n${ANSWER}`, practiceAnalyzeOptions(settings, null));
      expect(report.question).toEqual({ id: match.id, title: getProfile(match.id).title, source: 'draft', confidence: expect.any(Number) });
      expect(report.question.confidence).toBeGreaterThanOrEqual(0.3);
      // The disagreement family asks for no scope boundary; the seed's question would.
      expect(report.findings.some((f) => f.dimension === 'scope')).toBe(false);
    }
    expect(analyze(`${ASKED}\n${ANSWER}`, practiceAnalyzeOptions(settings, null)).question.confidence).toBe(match.confidence);
  });

  it('falls back to the settings\' default question when the draft names none', () => {
    const options = practiceAnalyzeOptions(settings, null);
    expect(options).toEqual({ level: 'senior', focus: 'balanced', question: 'failure', questionSource: 'default' });
    expect(analyze(ANSWER, options).question).toEqual({ id: 'failure', title: getProfile('failure').title, source: 'default' });
    // A first line that is a question no profile matches changes nothing either.
    expect(analyze(`What is the colour of the sky?\n${ANSWER}`, options).question).toMatchObject({ id: 'failure', source: 'default' });
  });

  it('a picked question is the writer\'s choice: the first line does not override it', () => {
    const options = practiceAnalyzeOptions(settings, 'dive-deep');
    expect(options).toMatchObject({ question: 'dive-deep', questionSource: 'user' });
    expect(analyze(`${ASKED}\n${ANSWER}`, options).question).toMatchObject({ id: 'dive-deep', source: 'user' });
  });

  it('says what was detected and how sure, or that the default stands', () => {
    expect(detectionNote({ title: 'Conflict or disagreement', source: 'draft', confidence: 0.62 })).toBe(
      'Detected from your first line: Conflict or disagreement (likely, 62% match).',
    );
    expect(detectionNote({ title: 'Failure or mistake', source: 'default' })).toMatch(
      /^No question detected in your draft: coached for your default question, Failure or mistake\./,
    );
    expect(detectionNote({ title: 'Dive Deep', source: 'user' })).toBeNull();
  });
});
