/**
 * Verb classes by dictionary form (compromise's `root`). Classes, not phrases: a check asks
 * "is this verb of the routing kind, with 'I' as its subject?", so wording nobody listed still works.
 */

/** Verbs that describe a state, role or perception rather than something the speaker did. */
export const STATE_VERBS = new Set([
  'be', 'is', 'have', 'work', 'join', 'know', 'think', 'feel', 'believe', 'wonder', 'own', 'belong', 'seem',
  'want', 'need', 'like', 'love', 'hate', 'hope', 'assume', 'expect', 'mean', 'sit', 'live', 'rely', 'depend',
  'consist', 'include', 'contain', 'become', 'remain', 'stay', 'happen', 'occur', 'wish', 'care', 'enjoy',
]);

/** Noticing the problem: part of stating it, not yet acting on it. */
export const PERCEPTION_VERBS = new Set([
  'notice', 'see', 'spot', 'realize', 'realise', 'observe', 'discover', 'find', 'catch', 'hear', 'read', 'learn', 'detect', 'sense', 'suspect',
]);

/** Passing the problem to someone else. */
export const ROUTING_VERBS = new Set([
  'send', 'message', 'tell', 'raise', 'escalate', 'flag', 'report', 'notify', 'ping', 'email', 'inform', 'alert',
  'hand', 'pass', 'forward', 'mention', 'loop', 'file', 'slack', 'text', 'call', 'contact', 'refer', 'delegate', 'reach', 'let', 'submit', 'log', 'post',
]);

/** Routing verbs that pass news on only with a given word after them: "let them know", not "let him finish". */
export const ROUTING_ONLY_WITH: Readonly<Record<string, string>> = { let: 'know' };

/** What another person does when the problem was routed to them. */
export const RESOLUTION_VERBS = new Set([
  'handle', 'fix', 'resolve', 'take', 'sort', 'address', 'patch', 'deal', 'escalate', 'investigate', 'pick', 'solve', 'look', 'repair', 'correct', 'own', 'manage', 'follow',
]);

/** Building or shipping the remedy yourself. */
export const FIX_VERBS = new Set([
  'fix', 'write', 'build', 'ship', 'implement', 'patch', 'deploy', 'rewrite', 'refactor', 'add', 'code', 'create',
  'develop', 'design', 'merge', 'release', 'roll', 'automate', 'configure', 'update', 'correct', 'migrate', 'resolve',
  'introduce', 'replace', 'remove', 'change', 'tune', 'rebuild', 'backfill', 'reconcile', 'repair', 'restore', 'prepare',
  'draft', 'open', 'push', 'coordinate', 'redesign', 'rework', 'set', 'put', 'install', 'adjust', 'retrain', 'reroute',
  'revise', 'amend', 'clean', 'rerun', 'refund', 'reprocess', 'standardize', 'standardise', 'solve', 'raise',
]);

/** Watching a measure over time: a check, never the work itself ("I watched the counts for two weeks"). */
export const MONITORING_VERBS = new Set(['watch', 'monitor', 'track', 'observe']);

/** Evidence the cause was confirmed or the fix verified. */
export const VALIDATION_VERBS = new Set([
  'reproduce', 'test', 'verify', 'confirm', 'validate', 'monitor', 'track', 'measure', 'compare', 'benchmark',
  'backtest', 'audit', 'simulate', 'replay', 'replicate', 'double-check', 'pilot', 'canary', 'observe', 'watch', 'recheck', 'cross-check',
  // Only after the fix (missing-validation checks the order): "I checked the next three payroll runs".
  'check', 'review', 'sample', 'spot-check', 'retest', 'rerun', 're-run', 'reconcile', 'count', 'weigh', 'inspect',
]);

/**
 * Doing a check again is verifying: "rechecked", "re-counted", "re-ran", "re-measured", "re-ticked".
 * A verb is read as one when it is "re" plus a verb of checking, counting or running.
 */
export const REDO_STEMS = new Set(['check', 'count', 'run', 'ran', 'test', 'measure', 'weigh', 'tick', 'read', 'audit', 'inspect', 'sample', 'torque', 'calculate', 'verify', 'review', 'scan', 'screen', 'try', 'tried', 'probe', 'time']);

/** A quantity moving: what a metric delta is made of. */
export const CHANGE_VERBS = new Set([
  'drop', 'fall', 'rise', 'increase', 'decrease', 'reduce', 'cut', 'go', 'improve', 'grow', 'shrink', 'lower',
  'raise', 'save', 'recover', 'eliminate', 'double', 'halve', 'triple', 'climb', 'decline', 'plummet', 'jump',
  'shorten', 'speed', 'reach', 'hit', 'stop', 'prevent', 'avoid', 'free', 'return', 'bring', 'lift', 'boost', 'recoup',
  'slash', 'shrink', 'trim', 'come', 'move', 'fell', 'went', 'gone', 'rose', 'gain', 'add', 'generate', 'bring', 'restore',
]);

/** Past participles compromise does not map to a past tense (for passive → active rewrites). */
export const IRREGULAR_PAST: Record<string, string> = {
  written: 'wrote', taken: 'took', given: 'gave', done: 'did', seen: 'saw', driven: 'drove', chosen: 'chose',
  broken: 'broke', spoken: 'spoke', shown: 'showed', known: 'knew', drawn: 'drew', rewritten: 'rewrote',
  undertaken: 'undertook', overseen: 'oversaw', begun: 'began', frozen: 'froze', forgotten: 'forgot', hidden: 'hid',
  ridden: 'rode', risen: 'rose', stolen: 'stole', thrown: 'threw', woken: 'woke', mistaken: 'mistook', run: 'ran',
  overwritten: 'overwrote', withdrawn: 'withdrew', eaten: 'ate', gotten: 'got', shaken: 'shook', sworn: 'swore',
};

/** Object forms for a pronoun that moves from subject to object in a passive → active rewrite. */
export const OBJECT_PRONOUN: Record<string, string> = { it: 'it', they: 'them', he: 'him', she: 'her', this: 'this', that: 'that', these: 'these', those: 'those' };

/** Participles that describe a state, not an action with a hidden actor ("was caused by", "was based on"). */
export const STATIVE_PARTICIPLES = new Set([
  'caused', 'based', 'located', 'related', 'connected', 'involved', 'supposed', 'used', 'known', 'called', 'named',
  'considered', 'expected', 'scheduled', 'required', 'affected', 'impacted', 'interested', 'surprised', 'tasked',
  'pleased', 'happy', 'satisfied', 'impressed', 'concerned', 'worried', 'excited', 'confused', 'shocked', 'amazed',
  'born', 'married', 'paid', 'allowed', 'able', 'gone', 'stuck', 'blocked', 'tied', 'owned', 'hosted',
  'composed', 'limited', 'capped', 'exposed',
  'relieved', 'thrilled', 'delighted', 'disappointed', 'frustrated', 'annoyed', 'embarrassed', 'overwhelmed', 'motivated',
  'inspired', 'convinced', 'determined', 'committed', 'aligned', 'satisfied', 'excited', 'grateful', 'stressed', 'tired', 'bored',
  'lost', 'dropped', 'delayed', 'missed', 'duplicated', 'broken', 'corrupted', 'overcharged',
]);

/** Working on a problem: these make a sentence an action whoever the subject is ("we traced…"). */
export const REMEDY_VERBS = new Set([
  'figure', 'trace', 'debug', 'investigate', 'diagnose', 'analyze', 'analyse', 'dig', 'identify', 'pinpoint', 'isolate',
  'fix', 'patch', 'resolve', 'reproduce', 'troubleshoot', 'hotfix', 'solve', 'root-cause', 'mitigate', 'remediate',
  'look', 'check', 'review', 'research', 'audit', 'examine', 'inspect', 'pull', 'query', 'map', 'shadow', 'interview', 'rebuild',
]);

/** Knowing or finding: a passive after these describes a state ("realized the SDK was initialised twice"). */
export const COGNITION_VERBS = new Set([
  'realize', 'realise', 'find', 'notice', 'see', 'discover', 'confirm', 'show', 'prove', 'know', 'think', 'determine',
  'verify', 'learn', 'spot', 'observe', 'suspect', 'believe', 'understand', 'establish', 'reveal', 'indicate', 'mean',
  'assume', 'presume', 'suppose', 'hope', 'expect', 'guess',
]);

/** Investigation steps a technical interviewer listens for. */
export const INVESTIGATION_VERBS = new Set([
  'trace', 'debug', 'investigate', 'diagnose', 'analyze', 'analyse', 'reproduce', 'pull', 'query', 'profile', 'bisect',
  'inspect', 'examine', 'isolate', 'pinpoint', 'dig', 'audit', 'replay', 'compare', 'instrument', 'log', 'sample', 'map', 'reconcile',
]);

/** Seeing a fix through: shipping, rolling out, coordinating, verifying. */
export const DELIVERY_VERBS = new Set([
  'deploy', 'ship', 'release', 'roll', 'coordinate', 'launch', 'merge', 'verify', 'monitor', 'track', 'migrate', 'pilot', 'rollout', 'deliver', 'implement',
]);

/** Deciding what to do: "it was decided that…" hides who decided. */
export const DECISION_VERBS = new Set(['decide', 'choose', 'approve', 'plan', 'propose', 'recommend', 'prioritize', 'prioritise', 'escalate', 'agree']);

/** Verbs that are joint by nature: "we agreed" or "we met" does not hide who did the work. */
export const JOINT_VERBS = new Set(['agree', 'meet', 'discuss', 'talk', 'chat', 'align', 'speak', 'sync', 'decide together', 'brainstorm', 'negotiate']);

/** Taking up someone else's work: another actor using, applying or following "the same" thing is a second-order effect. */
export const ADOPTION_VERBS = new Set([
  'adopt', 'apply', 'use', 'follow', 'copy', 'reuse', 'replicate', 'mirror', 'borrow', 'extend', 'roll', 'take', 'run',
  'implement', 'standardize', 'standardise', 'add', 'build', 'bake', 'fold', 'include', 'require', 'mandate', 'embed', 'introduce', 'deploy',
]);

/** What a speaker can bring instead of only reporting: "brought a ready-to-merge fix", "sent them a patch". */
export const REMEDY_NOUNS = new Set([
  'fix', 'fixes', 'patch', 'patches', 'pr', 'prs', 'pull', 'merge', 'hotfix', 'workaround', 'solution', 'change', 'changes',
  'script', 'migration', 'correction', 'corrections', 'remedy', 'prototype', 'proposal', 'plan', 'rollback',
]);

/** Verbs that hand over whatever their object is: routing only when that object is news of the problem. */
export const HANDING_VERBS = new Set(['send', 'hand', 'pass', 'forward', 'submit', 'give', 'deliver', 'post', 'ship']);

/** What passes the problem on when it is sent or handed over (a message, a report), as opposed to a thing (a router, a card). */
export const INFORMATION_NOUNS = new Set([
  'message', 'email', 'e-mail', 'note', 'report', 'ticket', 'details', 'detail', 'summary', 'finding', 'findings', 'write-up', 'writeup',
  'issue', 'problem', 'bug', 'case', 'complaint', 'query', 'request', 'question', 'concern', 'info', 'information', 'update', 'alert',
  'screenshot', 'log', 'logs', 'evidence', 'list', 'spreadsheet', 'analysis', 'incident', 'escalation', 'slack', 'text', 'memo', 'letter',
]);

/** Work still under way: "was pulling the logs", "started going through the expiries". */
export const UNDER_WAY_AUX = new Set(['was', 'were']);
export const UNDER_WAY_VERBS = new Set(['start', 'begin']);

/**
 * Containing the harm before the cause is fixed: "I paused the pump", "quarantined the batch",
 * "withdrew the stock". For verification these start the fix: a check after them checks it.
 */
export const CONTAINMENT_VERBS = new Set(['stop', 'pause', 'halt', 'hold', 'withdraw', 'quarantine', 'isolate', 'recall', 'block', 'cancel', 'freeze', 'suspend', 'disable']);

/** Auxiliaries that put a clause in the past ("didn't wait", "was moved", "had returned"); compromise does not tag them PastTense. */
export const PAST_AUXILIARIES = new Set(['did', "didn't", 'was', 'were', 'had', "wasn't", "weren't", "hadn't"]);

/** Auxiliaries of a present passive ("is written", "has been verified"): how things are done, not a past deed. */
export const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', "'s", 'has', 'have', "'re"]);
