import { defineCheck } from './define';
import { isArchitectureSentence, preamble, wordsIn } from '../structure';

/** Enough architecture before the problem to lose the interviewer (about 15 seconds of it). */
const MIN_TOUR_WORDS = 40;

export const architectureDetail = defineCheck({
  id: 'architecture-detail',
  dimension: 'structure',
  title: 'Architecture tour',
  run(doc, finding) {
    const before = preamble(doc);
    const tour = before.filter(isArchitectureSentence);
    if (tour.length < 2 || wordsIn(tour) < MIN_TOUR_WORDS) return [];
    const first = tour[0]!;
    const last = before[before.length - 1]!;
    const span = { start: first.start, end: last.end };
    return [
      finding('major',
        span,
        'This tours the architecture or its history before the problem: keep one sentence of context and get to the problem.',
        { text: '[One sentence: what the system does and who depends on it.]', replaces: span },
      ),
    ];
  },
});
