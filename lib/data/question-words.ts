/**
 * Words for matching a question to a profile, as data. Every question is lower-cased, stripped of
 * punctuation and of its interview frame ("tell me about a time"), then its words and phrases are
 * mapped to concepts: "pushed back", "disagreed" and "conflict" all become `disagree`.
 */

/** Words that carry nothing about which family a question belongs to. */
export const QUESTION_STOPWORDS = new Set(
  ('a an the and or but of to in on at for with by from as about into over under than then that this these those it its ' +
    'is are was were be been being do did does done have has had having i me my mine you your yours yourself we our us ' +
    'they them their he she his her him who whom what which when where why how time times tell describe give share walk ' +
    'example examples situation situations instance occasion moment story stories please talk through recall can could would ' +
    'will should may might must one some any all just very really most more much many ever had been q question answer ' +
    'explain discuss let know experience experiences not no so if what did do had').split(/\s+/),
);

/**
 * Phrases and words → concept, tried in order (phrases first). A concept is any word; questions
 * sharing concepts are near each other. Word forms are caught by the stem rules in
 * `lib/questions/match.ts` ("disagreed", "disagreeing" → "disagree").
 */
export const QUESTION_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  // disagreement and conflict
  [/\b(?:pushed|push|pushing) back\b/g, 'disagree'],
  [/\bdisagree and commit\b/g, 'disagree commit'],
  [/\b(?:did ?n[o']?t|do ?n[o']?t) agree\b/g, 'disagree'],
  [/\b(?:disagree\w*|conflict\w*|clash\w*|argu\w*|dispute\w*|tension|friction|at odds|butt(?:ed)? heads)\b/g, 'disagree'],
  [/\b(?:challeng\w*|question(?:ed|ing)|oppos\w*|object(?:ed|ing))\b/g, 'challenge'],
  [/\b(?:stood|stand|standing) (?:by|up for|your ground|firm)\b/g, 'challenge'],
  [/\b(?:difficult|tough|hard) (?:coworker|co-worker|colleague|person|people|teammate|team member)\b/g, 'difficult coworker'],
  [/\b(?:coworker|co-worker|colleague|peer|teammate|team member)s?\b/g, 'coworker'],
  [/\b(?:manager|boss|supervisor|superior|lead|director)s?\b/g, 'manager'],
  // failure
  [/\b(?:did ?n[o']?t|didn't) go (?:as planned|well|to plan|right)\b/g, 'fail'],
  [/\b(?:went|go|gone) wrong\b/g, 'fail'],
  [/\b(?:got|get) (?:something|it) wrong\b/g, 'mistake'],
  [/\b(?:fail\w*|setback|fell short|flop\w*|unsuccessful)\b/g, 'fail'],
  [/\b(?:mistake\w*|error\w*|misjudg\w*|screw(?:ed)? up|messed up|wrong)\b/g, 'mistake'],
  [/\bmiss(?:ed)? (?:a |the )?deadline\b/g, 'mistake deadline'],
  // customers
  [/\b(?:customer|client|user|patient|guest|shopper|buyer|consumer|caller|member of the public)s?\b/g, 'customer'],
  [/\b(?:angry|upset|unhappy|irate|frustrated|demanding|difficult|rude|dissatisfied)\b/g, 'difficult'],
  [/\b(?:complain\w*|escalat\w*)\b/g, 'complaint'],
  [/\babove and beyond\b/g, 'beyond customer'],
  [/\b(?:feedback)\b/g, 'feedback'],
  // ownership and scope
  [/\b(?:outside|beyond) (?:your|my) (?:area|scope|role|remit|responsibilit\w*|job|team)\b/g, 'outside'],
  [/\bnot (?:your|my) (?:job|problem|responsibility|area)\b/g, 'outside'],
  [/\b(?:caught|catch|spotted|spot|noticed|notice|found|discovered|uncovered)\b/g, 'notice'],
  [/\b(?:others|everyone else|nobody else|no one else|other people) (?:had )?(?:missed|overlooked|did not see|didn't see)\b/g, 'missed others'],
  [/\b(?:issue|problem|bug|risk|defect|flaw)s?\b/g, 'issue'],
  [/\b(?:critical|serious|major|significant|severe)\b/g, 'critical'],
  [/\b(?:took|take|taking) (?:ownership|responsibility|charge)\b/g, 'ownership'],
  [/\b(?:long[- ]term|short[- ]term)\b/g, 'longterm'],
  // simplify, invent
  [/\b(?:simplif\w*|simple|streamlin\w*|easier)\b/g, 'simplify'],
  [/\b(?:innovat\w*|invent\w*|creative|creativity|novel|new idea|new approach)\b/g, 'innovate'],
  // judgement, data
  [/\b(?:incomplete|limited|missing|imperfect|without (?:all )?the) (?:information|data|facts)\b/g, 'incomplete'],
  [/\b(?:judg(?:e)?ment call|gut|intuition|instinct)\b/g, 'judgement'],
  [/\b(?:decision|decide\w*|decid\w*|choice|chose|call)\b/g, 'decide'],
  [/\b(?:data|metrics|numbers|analys\w*|analy[sz]\w*|evidence)\b/g, 'data'],
  [/\b(?:root cause|dig\w*|dug|dive\w*|details?|investigat\w*|deep)\b/g, 'dig'],
  [/\b(?:complex|complicated)\b/g, 'complex'],
  [/\b(?:differing|different|opposing|diverse) (?:views|opinions|perspectives|viewpoints)\b/g, 'views'],
  // learning
  [/\b(?:learn\w*|taught|teach yourself|pick(?:ed)? up|get up to speed|got up to speed|ramp(?:ed)? up|unfamiliar|new skill|new technology|new tool)\b/g, 'learn'],
  [/\b(?:curio\w*)\b/g, 'curious'],
  [/\b(?:quickly|fast|rapidly|short time|little time|under time pressure)\b/g, 'fast'],
  // people
  [/\b(?:mentor\w*|coach\w*|develop(?:ed|ing)? (?:someone|a|others|their|your team)|grow\w*|train(?:ed|ing)? (?:someone|others|a))\b/g, 'develop'],
  [/\b(?:hir\w*|recruit\w*|interview(?:ed|ing) candidates)\b/g, 'hire'],
  [/\b(?:working environment|workplace|morale|inclusive|inclusion|wellbeing|well-being|safer|safety|burn\w*)\b/g, 'workplace'],
  [/\b(?:struggl\w*)\b/g, 'struggle'],
  // standards
  [/\b(?:standard\w*|quality|bar|status quo|compromis\w*|excellen\w*)\b/g, 'standard'],
  // think big
  [/\b(?:bold\w*|vision\w*|big picture|ambitious|think big|bigger|opportunit\w*|moonshot)\b/g, 'vision'],
  // action, risk
  [/\b(?:calculated risk|risk\w*|gamble)\b/g, 'risk'],
  [/\b(?:quick decision|acted quickly|act\w* fast|without waiting|waiting)\b/g, 'speed'],
  // frugal
  [/\b(?:less|fewer resources|limited resources|budget|headcount|resources|sav\w*|cost\w*|frugal\w*|money|cheap\w*)\b/g, 'frugal'],
  // trust
  [/\b(?:trust\w*|candid\w*|honest\w*|sceptic\w*|skeptic\w*|did ?n[o']?t want to hear|bad news|admit\w*)\b/g, 'trust'],
  // results
  [/\b(?:deliver\w*|achiev\w*|accomplish\w*|goal|target|obstacle\w*|overc\w*)\b/g, 'deliver'],
  // broad responsibility
  [/\b(?:community|environment(?:al)?|society|sustainab\w*|wider|broader|consequences|second[- ]order|outside your team|people outside)\b/g, 'wider'],
  // leadership without authority
  [/\b(?:without (?:formal )?authority|no authority|did ?n[o']?t report to you|not report to you|without a title|informal\w*)\b/g, 'noauthority'],
  [/\b(?:led|lead|leading|leader\w*|took the lead|take the lead)\b/g, 'leadership'],
  // deadlines
  [/\b(?:tight|short|aggressive) (?:deadline|timeline|timeframe|time frame|schedule)\b/g, 'deadline'],
  [/\b(?:deadline\w*|pressure|prioriti\w*|too much to do|competing priorities)\b/g, 'deadline'],
  // influence
  [/\b(?:persuad\w*|convinc\w*|influenc\w*|sell an idea|sold|buy-in|buy in|win over|won over|change (?:their|his|her|someone's) mind)\b/g, 'persuade'],
  [/\b(?:stakeholders?)\b/g, 'stakeholder'],
];

/**
 * How an interviewer's prompt opens when it is not written as a question: "Tell me about a time…",
 * "Describe a situation…", "Give an example of…", "Walk me through…". A draft's first line that
 * opens this way, on a line of its own, is the question it answers.
 */
export const PROMPT_OPENING = /^(?:please\s+)?(?:tell (?:me|us) about|describe|give (?:me |us )?(?:an? )?(?:example|time|situation|instance|occasion)|talk (?:me|us) through|walk (?:me|us) through|share (?:an? |one )|recall (?:a|an) |can you (?:tell|describe|give|share|talk|walk))\b/i;
