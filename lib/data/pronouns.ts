/** First-person plural → singular, for rewriting "we" sentences so the speaker owns the action. */
export const WE_TO_I: Record<string, string> = {
  we: 'I',
  "we're": "I'm",
  "we’re": "I’m",
  "we've": "I've",
  "we’ve": "I’ve",
  "we'd": "I'd",
  "we’d": "I’d",
  "we'll": "I'll",
  "we’ll": "I’ll",
  our: 'my',
  ours: 'mine',
  ourselves: 'myself',
  us: 'me',
};

/** Verb agreement after "we" becomes "I". */
export const PLURAL_TO_SINGULAR_VERB: Record<string, string> = {
  were: 'was',
  are: 'am',
  "weren't": "wasn't",
  "aren't": "am not",
};

/** Adverbs that only say the work was shared; dropped from the first-person rewrite. */
export const SHARED_WORK_ADVERBS = ['together', 'jointly', 'collectively', 'as a team', 'as a group', 'between us', 'with the team'] as const;

/** "our X" becomes "my X" only for these: the speaker's own work, not the company's customers or systems. */
export const OWN_WORK_NOUNS = [
  'fix', 'fixes', 'change', 'changes', 'patch', 'investigation', 'analysis', 'code', 'pr', 'pull request',
  'solution', 'approach', 'script', 'test', 'tests', 'query', 'plan', 'proposal', 'prototype', 'design',
  'hypothesis', 'findings', 'work', 'logic', 'implementation', 'rollout', 'migration', 'refactor', 'diagnosis', 'draft', 'dashboard', 'alert', 'alerts', 'runbook',
] as const;

/**
 * Nouns every story and every platitude share: a lesson that mentions only these is not tied to
 * its story ("communication between teams is important", "the thing I learned about problems").
 */
export const STORY_NEUTRAL_NOUNS = [
  'thing', 'things', 'time', 'times', 'way', 'ways', 'lesson', 'lessons', 'problem', 'problems', 'issue', 'issues',
  'people', 'person', 'team', 'teams', 'everyone', 'everybody', 'someone', 'something', 'anything', 'nothing',
  'communication', 'teamwork', 'ownership', 'importance', 'detail', 'details', 'job', 'work', 'end', 'day', 'lot',
  'point', 'part', 'fact', 'matter', 'kind', 'sort', 'bit', 'situation', 'experience', 'mistake', 'mistakes',
  'customer', 'customers', 'manager', 'colleague', 'colleagues', 'company', 'business', 'role', 'future', 'question',
] as const;
