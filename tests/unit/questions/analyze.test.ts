import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { answer } from '../checks/helpers';

const DISAGREEMENT = [
  'Last spring my manager wanted to move our weekly release to Fridays because the sales team had launches on Mondays, which was a fair concern.',
  'I disagreed, because our incident data showed that Friday releases had twice the rollback rate of midweek ones.',
  'I pulled six months of rollback records and walked her through them one to one.',
  'She decided to keep Friday releases for the launch month, and I committed to it fully: I set up an extra on-call rota and a release checklist for those Fridays.',
  'Rollbacks on those Fridays went from four to one, and after the month she moved releases back to Wednesdays.',
  'Since then I bring the data to a disagreement before I bring my opinion.',
].join(' ');

describe('the report names the question it judged by', () => {
  it('defaults to the seed question', () => {
    expect(analyze(answer()).question).toEqual({ id: 'caught-issue', title: 'Caught a critical issue others missed', source: 'default' });
  });

  it('reports the caller’s question and source, with a page match’s confidence', () => {
    const r = analyze(DISAGREEMENT, { question: 'conflict', questionSource: 'page', questionConfidence: 0.8 });
    expect(r.question).toEqual({ id: 'conflict', title: 'Conflict or disagreement', source: 'page', confidence: 0.8 });
    expect(analyze(DISAGREEMENT, { question: 'backbone', questionSource: 'user', questionConfidence: 0.8 }).question).toEqual({ id: 'backbone', title: 'Have Backbone; Disagree and Commit', source: 'user' });
  });

  it('matches a question on the draft’s first line, and leaves it out of the answer', () => {
    const text = `Q: Tell me about a time you disagreed with your manager.\n${DISAGREEMENT}`;
    const r = analyze(text);
    expect(r.question).toMatchObject({ id: 'conflict', source: 'draft' });
    expect(r.question.confidence).toBeGreaterThan(0.3);
    // The question line is not read: the same answer without it counts the same words, and offsets still point into the full text.
    expect(r.stats.words).toBe(analyze(DISAGREEMENT, { question: 'conflict' }).stats.words);
    for (const f of r.findings) if (f.start !== undefined) expect(f.start).toBeGreaterThan(text.indexOf('\n'));
  });

  it('lets the writer’s own pick win over the draft’s question line', () => {
    const r = analyze(`Q: Tell me about a time you failed.\n${answer()}`, { question: 'caught-issue', questionSource: 'user' });
    expect(r.question).toEqual({ id: 'caught-issue', title: 'Caught a critical issue others missed', source: 'user' });
  });

  it('lets a draft’s question beat one read from the page', () => {
    expect(analyze(`Tell me about a time you failed?\n${answer()}`, { question: 'conflict', questionSource: 'page', questionConfidence: 0.6 }).question).toMatchObject({ id: 'failure', source: 'draft' });
  });
});

describe('scoring by profile', () => {
  it('neither flags nor scores a dimension the question does not ask for', () => {
    const r = analyze(DISAGREEMENT, { question: 'conflict' });
    expect(r.findings.filter((f) => f.dimension === 'scope')).toEqual([]);
    expect(r.findings.map((f) => f.id)).not.toContain('missing-scope');
    expect(r.dimensions.scope).toEqual({ score: 100, status: 'strong', summary: 'A scope boundary is not needed for this question.', applies: false });
    // The same story under the seed's question is flagged for its missing boundary.
    expect(analyze(DISAGREEMENT).findings.map((f) => f.id)).toContain('missing-scope');
  });

  it('leaves a non-applying dimension out of the overall score', () => {
    const strongElsewhere = analyze(answer(['scope']), { question: 'generic' });
    const seed = analyze(answer(['scope']));
    expect(seed.dimensions.scope.status).toBe('needs-work');
    expect(strongElsewhere.score).toBeGreaterThan(seed.score);
    expect(strongElsewhere.dimensions.scope.applies).toBe(false);
  });

  it('switches off or softens general findings a family does not judge', () => {
    const r = analyze(DISAGREEMENT, { question: 'conflict' });
    expect(r.findings.map((f) => f.id)).not.toContain('missing-second-order');
    expect(r.findings.map((f) => f.id)).not.toContain('missing-validation');
    expect(analyze(DISAGREEMENT).findings.map((f) => f.id)).toEqual(expect.arrayContaining(['missing-second-order']));
  });

  it('runs a family’s own checks only for the profiles that list them', () => {
    const weak = 'We had a disagreement about the release day. I told my manager I thought it was wrong. We shipped on Friday and it went well. I learned communication is important.';
    expect(analyze(weak, { question: 'conflict' }).findings.map((f) => f.id)).toEqual(expect.arrayContaining(['missing-other-view', 'missing-data', 'missing-commitment']));
    expect(analyze(weak, { question: 'caught-issue' }).findings.map((f) => f.id)).not.toContain('missing-other-view');
  });

  it('treats an assignment as a finding only where the work must be self-initiated', () => {
    const assigned = answer([], { scope: 'My manager asked me to look into it.' });
    expect(analyze(assigned, { question: 'ownership' }).findings.map((f) => f.id)).toContain('assigned');
    expect(analyze(assigned, { question: 'dive-deep' }).findings.map((f) => f.id)).not.toContain('assigned');
  });
});

describe('strong summaries by family', () => {
  it('says what strong means for the family, not the seed’s rubric', () => {
    const r = analyze(DISAGREEMENT, { question: 'conflict', questionSource: 'user' });
    expect(r.dimensions.validation).toMatchObject({ status: 'strong', summary: 'You back your case with data.' });
    expect(r.dimensions.structure).toMatchObject({ status: 'strong', summary: 'Their view told fairly, your actions, the result.' });
    // The seed's question keeps the rubric's lines.
    expect(analyze(answer()).dimensions.quantification.summary).toBe('A measured result, its value and its spread.');
  });
});
