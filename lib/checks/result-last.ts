import { defineCheck } from './define';
import { trimmedSpan } from '../grammar';

export const resultLast = defineCheck({
  id: 'result-last',
  dimension: 'structure',
  title: 'Lead with the outcome',
  run(doc, finding) {
    // Advice for an outcome-focused interviewer; it never replaces a problem finding.
    if (doc.options.focus !== 'outcome') return [];
    const firstResult = doc.sentences.findIndex((s) => s.section === 'result');
    const firstAction = doc.sentences.findIndex((s) => s.section === 'action');
    if (firstResult < 0 || firstAction < 0 || firstResult < firstAction) return [];
    const s = doc.sentences[firstResult]!;
    return [
      finding('hint',
        trimmedSpan(s),
        'For an outcome-focused interviewer, open with this result, then trace back to what you did.',
        { text: `Open with: “${s.text}” Then: “Here is what I did to get there.”` },
      ),
    ];
  },
});
