// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { bestFor, CoverageGrid, strength, type GridStory } from '../../../components/CoverageGrid';
import { storiesMarkdown, type ExportStory } from '../../../components/story-markdown';
import { DIMENSIONS, type Dimension } from '../../../lib/types';

const QUESTIONS = [
  { id: 'ownership', title: 'Ownership', group: 'amazon' as const },
  { id: 'backbone', title: 'Have Backbone', group: 'amazon' as const },
  { id: 'failure', title: 'Failure or mistake', group: 'common' as const },
];
const story = (id: string, scores: Record<string, number>): GridStory => ({
  id,
  title: `Story ${id}`,
  questions: Object.keys(scores),
  scores: Object.fromEntries(Object.entries(scores).map(([q, score]) => [q, { score }])),
});

describe('coverage grid', () => {
  it('finds the best story for a question, and none when no story answers it', () => {
    const a = story('a', { ownership: 62, backbone: 85 });
    const b = story('b', { ownership: 81 });
    expect(bestFor([a, b], 'ownership')?.story.id).toBe('b');
    expect(bestFor([a, b], 'backbone')?.score).toBe(85);
    expect(bestFor([a, b], 'failure')).toBeNull();
    // A score kept for a question the story no longer answers does not count.
    expect(bestFor([{ ...a, questions: ['backbone'] }], 'ownership')).toBeNull();
  });

  it('shows a row per question, a column per story and the best score, in numbers and words', () => {
    const root = document.createElement('div');
    render(<CoverageGrid stories={[story('a', { ownership: 62, backbone: 85 }), story('b', { ownership: 40 })]} questions={QUESTIONS} />, root);
    const row = (id: string) => [...root.querySelectorAll(`tr[data-question="${id}"] td`)].map((td) => td.textContent);
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Question', 'Best', 'Story a', 'Story b']);
    expect(row('ownership')).toEqual(['62 fair', '62 fair', '40 weak']);
    expect(row('backbone')).toEqual(['85 strong', '85 strong', '·no story']);
    expect(row('failure')).toEqual(['·no story', '·no story', '·no story']);
    expect(root.querySelector('[data-testid="coverage-summary"]')?.textContent).toBe('2 of 3 questions still lack a strong story (80 or more).');
    expect(strength(80)).toBe('strong');
    expect(strength(79)).toBe('fair');
    expect(strength(49)).toBe('weak');
  });
});

describe('storiesMarkdown', () => {
  it('writes every story, its questions and its scorecard for each', () => {
    const dims = Object.fromEntries(DIMENSIONS.map((d) => [d, d === 'scope' ? null : 70])) as Record<Dimension, number | null>;
    const stories: ExportStory[] = [
      {
        title: 'The release we held',
        text: 'My manager wanted to ship.\nI disagreed.\n\nWe shipped a week later with 0 incidents.',
        questions: ['backbone'],
        scores: { backbone: { score: 74, dimensions: dims, findings: [{ dimension: 'reflection', severity: 'minor', message: 'Say what you learned.' }] } },
      },
      { title: 'Second *story*', text: 'Another one.', questions: ['failure'], scores: {} },
    ];
    const md = storiesMarkdown(stories, (id) => ({ backbone: 'Have Backbone', failure: 'Failure or mistake' })[id] ?? id, new Date('2026-11-30T12:00:00Z'));
    expect(md).toContain('# My STAR stories');
    expect(md).toContain('Exported from STAR Coach on 2026-11-30. 2 stories.');
    expect(md).toContain('## The release we held\n\nAnswers: Have Backbone');
    expect(md).toContain('> My manager wanted to ship.\n> I disagreed.\n>\n> We shipped a week later with 0 incidents.');
    expect(md).toContain('### Scorecard: Have Backbone\n\nOverall: **74/100**');
    expect(md).toContain('| Scope | not asked by this question |');
    expect(md).toContain('| Ownership | 70 |');
    expect(md).toContain('- Reflection (minor): Say what you learned.');
    expect(md).toContain('## Second \\*story\\*');
    expect(md).toContain('### Scorecard: Failure or mistake\n\nNot scored yet.');
  });
});
