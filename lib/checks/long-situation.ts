import { defineCheck } from './define';
import { countWords } from '../text/sentences';
import { isArchitectureSentence, preamble, WORDS_BEFORE_PROBLEM, wordsIn } from '../structure';
import { WORDS_PER_MINUTE } from '../stats';

export const longSituation = defineCheck({
  id: 'long-situation',
  dimension: 'structure',
  title: 'Slow to the problem',
  run(doc, finding) {
    const before = preamble(doc);
    const words = wordsIn(before);
    if (words <= WORDS_BEFORE_PROBLEM) return [];
    // An architecture tour is its own finding; one finding per preamble.
    if (before.filter(isArchitectureSentence).length >= 2 && wordsIn(before.filter(isArchitectureSentence)) >= 40) return [];
    const first = before[0]!;
    const last = before[before.length - 1]!;
    const seconds = Math.round((words / WORDS_PER_MINUTE) * 60);
    // Keep the writer's own opening sentence when it is short enough to be the whole context.
    const keep = countWords(first.text) <= 30 && before.length > 1 ? first.text : '[One sentence: what the system does and who depends on it.]';
    return [
      finding(words > WORDS_BEFORE_PROBLEM * 2 ? 'major' : 'minor',
        { start: first.start, end: last.end },
        `The problem arrives after about ${seconds} seconds: state it within the first 30.`,
        { text: keep, replaces: { start: first.start, end: last.end } },
      ),
    ];
  },
});
