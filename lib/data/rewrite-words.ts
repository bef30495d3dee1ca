// Words a rewrite does not reuse as "what the answer is about" (`lib/rewrite.ts#answerSubject`):
// people and groups, praise, time, and words for change itself, which name no measurable thing.

/** Nouns that never name the thing a result measures. */
export const NOT_A_SUBJECT = new Set([
  // people and groups
  'team', 'teams', 'manager', 'managers', 'boss', 'lead', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'people',
  'colleague', 'colleagues', 'coworker', 'coworkers', 'staff', 'director', 'supervisor', 'stakeholders', 'stakeholder', 'group',
  'department', 'company', 'organisation', 'organization', 'i', 'we', 'they', 'he', 'she', 'it', 'me', 'us', 'them', 'one', 'other',
  // the story's own vocabulary, not a measure
  'job', 'work', 'result', 'results', 'outcome', 'thing', 'things', 'stuff', 'way', 'lot', 'bit', 'kind', 'sort', 'problem', 'issue',
  'issues', 'problems', 'root', 'cause', 'fix', 'situation', 'task', 'action', 'idea', 'something', 'anything', 'everything',
  // time
  'time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'afternoon', 'evening',
  'shift', 'spring', 'summer', 'autumn', 'fall', 'winter', 'quarter', 'today', 'yesterday', 'moment', 'hour', 'hours', 'minute', 'minutes',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // grammar words compromise sometimes tags as nouns
  'in', 'of', 'on', 'at', 'to', 'for', 'with', 'out', 'up', 'same', 'each', 'last', 'next', 'first', 'all', 'both',
]);

/**
 * Words for change itself: "a drop in deliveries" is about the deliveries. Inside a compound they
 * stay ("webhook drop rate").
 */
export const CHANGE_NOUNS = new Set([
  'drop', 'rise', 'increase', 'decrease', 'spike', 'dip', 'fall', 'jump', 'change', 'surge', 'decline', 'number', 'amount', 'lack',
]);
