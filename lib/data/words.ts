/** Small word classes the checks read, as data (verb classes live in verbs.ts, cue patterns in cues.ts). */
/** Subjects that are the problem itself: "the issue was escalated" passes the problem on (not "patients were contacted"). */
export const PROBLEM_SUBJECT = /^(?:it|this|that|issue|issues|problem|problems|bug|bugs|ticket|matter|incident|error|errors|case|finding|discrepancy|outage|defect|gap|risk)$/;

/** Words of an investigation: what a technical-focus answer should show. */
export const INVESTIGATION_WORDS = /\b(?:root[- ]cause|logs?|traces?|stack ?traces?|reproduc\w*|repro|hypothes[ie]s|bisect\w*|profil\w*|data|query|queries|sample)\b/;

/** Group subjects that stand for the speaker's own team; a named other team ("the Platform team") is not one. */
export const OWN_GROUP = /^(?:we|the team|my team|our team|the whole team|our whole team|everyone|everybody|(?:my|the|our) (?:team|colleagues?|teammates?|coworkers?|manager|lead) and i|together)$/i;

/** Words that make an object "the same thing" the speaker made: "the same standard", "my checklist", "this pattern". */
export const SAME_THING = new Set(['same', 'my', 'our', 'this', 'these', 'that', 'those', 'similar']);

/** Prepositions that carry a thing to places ("to every ward", "across the other sites"). */
export const PLACE_PREPOSITIONS = new Set(['to', 'into', 'across', 'for', 'at', 'in', 'throughout']);

/** Quantifiers that reach every place or other places ("every", "all", "the other", "the remaining"). */
export const EVERY_WORDS = new Set(['every', 'each', 'all', 'other', 'remaining']);

/** Adverbs that say something spread over time: "…now use it", "…also follow it". */
export const SPREAD_ADVERBS = new Set(['now', 'also', 'too', 'since', 'then', 'later', 'soon']);

/** Nouns for an organisational unit: another one acting is the work spreading ("the data team applied…"). */
export const UNIT_NOUNS = /^(?:team|teams|group|groups|department|departments|unit|units|ward|wards|branch|branches|site|sites|office|offices|store|stores|clinic|clinics|school|schools|division|board|committee|function|desk|squad|plant|plants|region|regions|warehouse|warehouses|hospital|hospitals|trust|council|councils)$/;

/** Words that open a subordinate clause before the main one: "Because he couldn't work, I ordered…". */
export const SUBORDINATORS = new Set(['because', 'when', 'while', 'if', 'although', 'though', 'since', 'as', 'after', 'before', 'once', 'until', 'whereas', 'unless']);

/** Words that make a subject another unit than the speaker's: "the other two teams", "another ward". */
export const OTHER_WORDS = new Set(['other', 'another']);
