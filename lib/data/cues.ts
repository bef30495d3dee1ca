/**
 * Cue patterns, as data. Each is matched against a sentence lower-cased in ASCII only (so offsets
 * stay exact) with curly apostrophes straightened. Patterns describe word families and sentence
 * shapes, not whole phrases: wording nobody listed should still match.
 */

const PEOPLE = String.raw`(?:my |our |the |their |a |an )?(?:[a-z]+ )?(?:manager|boss|lead|team ?lead|tech lead|director|supervisor|vp|head of \w+|pm|product manager|cto|ceo|senior|senior engineer|architect|mentor|skip[- ]level|principal|staff engineer|on-?call|owner|stakeholder)`;

/** A figure, in digits or words: "40", "$1.2K", "forty", "fifteen". */
export const NUMBER = String.raw`(?:[$£€¥]?\d[\d.,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)\b)`;

/** The story was handed over: an authority asked, it was my ticket. */
export const ASSIGNED = [
  // "my manager asked me to look into it" (being asked *about* something is not an assignment).
  new RegExp(String.raw`\b${PEOPLE}\b[^.;]{0,30}?\b(?:asked|told|wanted|needed|instructed|directed|requested|pinged|got)\b[^.;]{0,10}?\b(?:me|us)\b[^.;]{0,12}?\bto\b`),
  new RegExp(String.raw`\b${PEOPLE}\b[^.;]{0,30}?\b(?:assigned|tasked|gave|handed)\b[^.;]{0,10}?\b(?:me|us)\b`),
  // Any role the speaker answers to: "my charge nurse asked me to", "our shift supervisor told us to", "the head teacher asked me to".
  /\b(?:my|our|the) (?:[a-z-]+ ){0,2}?[a-z-]+ (?:had )?(?:asked|told|instructed|directed|requested|needed|wanted) (?:me|us) to\b/,
  /\b(?:i|we) (?:was|were) (?:asked|told|instructed) by (?:my|our|the) (?:[a-z-]+ ){0,2}?[a-z-]+ to\b/,
  /\b(?:i|we) (?:was|were|got|had been|have been) (?:asked to|asked by|assigned|told to|instructed|given (?:the|this|a) (?:task|ticket|job|assignment|project))\b/,
  /\b(?:was|got) assigned to (?:me|us|my team)\b/,
  /\b(?:it|this|that) was (?:my|our|a) (?:sprint |jira |assigned |on-?call )?(?:ticket|task|assignment|story|job to)\b/,
  /\b(?:my|our|a) (?:sprint|assigned|jira) (?:ticket|task|story)\b/,
  /\bassigned (?:me|us|to me|to us)\b/,
];

/** A motive that is opportunistic rather than principled. */
export const OPPORTUNISTIC_MOTIVE = [
  // The spare time must be the speaker's: "students with extra time" is an exam arrangement, not a motive.
  /\b(?:(?:i|we)(?: \w+)? (?:had|have)|having|(?:i|we)'d|(?:i|we)'ve) (?:got )?(?:some |a bit of |a little |a lot of |extra |spare |free |down ?)*(?:free|spare|extra|down) ?time\b|\bwith (?:some |a bit of |a little |a lot of |extra |spare |free |down ?)*(?:free|spare|extra|down) ?time on (?:my|our) hands\b/,
  /\bbecause i (?:was bored|had nothing (?:else )?to do|was curious|was between projects)\b|\bi (?:was|got) (?:a bit |quite |really |kind of |pretty |a little |honestly )*bored\b/,
  // "wanted to help" on its own or for its own sake; "wanted to help customers who were double-charged" is an impact.
  /\b(?:i )?(?:just |really )?wanted to (?:help(?: out| the team| my team| them| others| where i could)?|learn (?:something|more|a new|new|kafka|\w+ skills)|try (?:it|something|out)|play|get (?:some )?(?:experience|exposure|visibility)|keep busy|stay busy|be helpful|look good|impress|prove myself|stand out)(?=\s*(?:[.,;:!?)]|$|and\b|so\b|because\b|while\b|since\b|as\b))/,
  /\b(?:for fun|out of curiosity|to kill time|slow (?:week|sprint|day)|nothing better to do|(?:was|were) between projects)\b/,
];

/** The scope boundary: not my team, not assigned, nobody asked. */
export const SCOPE_BOUNDARY = [
  /\b(?:wasn't|was not|weren't|were not|never) (?:asked|told|expected|required) to\b/,
  /\b(?:took it upon myself|on my own initiative|off my own bat|volunteered to (?:fix|own|take|investigate))\b/,
  /\bfell (?:between (?:teams|two teams|the cracks|the gaps)|through the cracks)\b/,
  /\b(?:no one|nobody) else (?:was|had been) (?:looking|watching|tracking|checking)\b/,
  /\boutside (?:of )?my (?:day-to-day|usual|normal|regular|own) (?:work|duties|role|responsibilities|remit|scope|area)\b/,
  /(?:\bnot|n't|\bnever) (?:on |in |part of |under |within )?(?:my|our) (?:team|team's|remit|area|scope|job|responsibility|service|system|code|codebase|domain|backlog|roadmap|plate|sprint|project|department|queue|patch)\b/,
  /\b(?:outside|beyond|out of) (?:my|our|the team's|my team's|our team's) (?:own )?(?:team|scope|remit|area|responsibilit(?:y|ies)|ownership|domain|lane|job|role|department)\b/,
  /\b(?:no|without (?:a|any)|never (?:a|any)) (?:ticket|jira|request|ask|assignment|mandate)s?\b/,
  /\bwithout (?:being|anyone|anybody|somebody) (?:asked|asking|assigned|telling)\b/,
  /\b(?:nobody|no one|no-one|none of us|nobody else) (?:had )?(?:asked|assigned|owned|was assigned|was looking|was tracking|was watching|had noticed|noticed|flagged|told)\b/,
  /\b(?:another|a different|an? other|a neighbouring|a neighboring|a partner|other) (?:team|team's|department|group|org|squad)\b/,
  /\b(?:belonged|belongs) to\b/,
  /\b(?:owned|handled|run|managed|maintained|looked after|filed|processed) by (?:the |another |a different |an? |our |their )?(?:\w+ ){0,2}(?:team|group|department|org|vendor|contractor|partner|function|squad|desk)\b/,
  /\bowned by (?:the |another |a different |an? )?\w+/,
  /\b(?:nobody|no one|no-one) (?:had )?(?:opened|filed|raised|logged|reported|created|flagged|escalated) (?:an? |any )?(?:issue|ticket|bug|request|incident|complaint)\b/,
  /\bnot (?:by )?me\b/,
  /\b(?:wasn't|was not|weren't|were not|isn't|is not) (?:mine|my (?:job|call|problem|area|service|system)|assigned|on (?:anyone's|any) (?:radar|roadmap|backlog)|on (?:the|our|my) (?:roadmap|backlog))\b/,
  /\b(?:unassigned|unowned|not assigned|self-initiated|on my own initiative|of my own accord|on my own time|nobody's job)\b/,
  /\bdespite (?:(?:no|there being no) (?:assignment|ticket|request|ask|ownership|one asking)|not being (?:asked|assigned|told|responsible))\b/,
  /\b(?:their|the \w+ team's|another team's|a partner team's) (?:service|system|code|pipeline|job|queue|api|integration|process|report|database|tool)\b/,
];
/** The part of the boundary an entry-level answer must still state: nobody assigned it. */
export const NOT_ASSIGNED = [
  /\b(?:nobody|no one|no-one) (?:had )?(?:opened|filed|raised|logged|created) (?:an? |any )?(?:issue|ticket|request)\b/,
  /\b(?:wasn't|was not|weren't|were not|never) (?:asked|told|expected|required) to\b/,
  /\b(?:took it upon myself|on my own initiative|off my own bat|volunteered to (?:fix|own|take|investigate))\b/,
  /\bfell (?:between (?:teams|two teams|the cracks|the gaps)|through the cracks)\b/,
  /\b(?:no one|nobody) else (?:was|had been) (?:looking|watching|tracking|checking)\b/,
  /\boutside (?:of )?my (?:day-to-day|usual|normal|regular|own) (?:work|duties|role|responsibilities|remit|scope|area)\b/,
  /\b(?:no|without (?:a|any)|never (?:a|any)) (?:ticket|jira|request|ask|assignment|mandate)s?\b/,
  /\bwithout (?:being|anyone|anybody|somebody) (?:asked|asking|assigned|telling)\b/,
  /\b(?:nobody|no one|no-one|none of us) (?:had )?(?:asked|assigned|owned|was assigned)\b/,
  /\b(?:wasn't|was not|weren't|were not|isn't|is not) (?:mine|assigned|on (?:anyone's|any) (?:radar|roadmap|backlog)|on (?:the|our|my) (?:roadmap|backlog))\b/,
  /\b(?:unassigned|unowned|not assigned|self-initiated|on my own initiative|of my own accord|nobody's job)\b/,
  /\bdespite (?:(?:no|there being no) (?:assignment|ticket|request|ask|ownership|one asking)|not being (?:asked|assigned|told|responsible))\b/,
  /(?:\bnot|n't) (?:on |in |part of )?(?:my|our) (?:remit|scope|job|responsibility|backlog|roadmap|plate|sprint)\b/,
];

/** Success assumed rather than shown. */
export const ASSUMED_SUCCESS = [
  /\b(?:assumed|assuming|figured(?! out)|guessed|presumed|hoped|supposed|took it for granted)\b[^.;]{0,40}?\b(?:work(?:ed|ing|s)?|fix(?:ed)?|resolv(?:ed|ing)|solv(?:ed|ing)|fine|ok|okay|good|done|gone|correct|sorted|over)\b/,
  /\b(?:seemed|appeared|looked) (?:to (?:work|be (?:fine|fixed|ok|okay|resolved|working|better|gone))|(?:fine|ok|okay|good|resolved|fixed|better))\b/,
  /\b(?:nobody|no one|no-one|no customers?|no users?) (?:complained|has complained|raised it again|reported it again|came back)\b/,
  /\b(?:didn't|did not|haven't|have not|never) (?:hear|heard) (?:any(?:thing)? )?(?:more|back|complaints?|about it again|of it again)\b/,
  /\b(?:should|must) have (?:fixed|solved|resolved|worked)\b/,
  /\b(?:haven't|have not|hasn't|has not|didn't|did not|never) (?:seen|had|noticed|heard of|got) (?:the|that|this|it|any|a) ?(?:\w+ )?(?:issues?|problems?|bugs?|errors?|complaints?|incidents?)? ?(?:since|again|after that|afterwards)\b/,
  /\b(?:as far as i know|i believe it(?:'s| is) (?:fixed|fine|working)|i think it (?:worked|fixed it))\b/,
  /\b(?:probably|presumably) (?:fixed|worked|solved|resolved)\b/,
];

/** Words that show the cause was confirmed or the fix verified, whoever is the subject (verbs also live in verbs.ts). */
export const VALIDATION_EVIDENCE = [
  // Verbs, not nouns: "input validation" or "a confirmation email" is often the fix itself, not evidence it worked.
  /\b(?:reproduc\w*|repro'?d|verif(?:y|ies|ied|ying)|validat(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|benchmark\w*|backtest\w*|load[- ]test\w*|unit tests?|integration tests?|regression tests?|test cases?|test suite|tested|a\/b test\w*|dry[- ]run|shadow (?:mode|traffic)|before[- ]and[- ]after|replay(?:ed|ing)?|simulat\w*|pilot(?:ed)?|metrics? (?:showed|confirmed)|watched|monitored|tracked(?! down))\b/,
  // A check made again or by someone else, told as a noun: "on the repeat test", "a second check", "an independent count".
  /\b(?:repeat|second|follow-up|independent) (?:[a-z]+ )?(?:tests?|checks?|counts?|audits?|scans?|readings?|screens?|samples?)\b/,
];

/** A check came back clean: what a comparison or recount found ("all six matched", "the ledger balanced"). */
export const CHECK_AGREED = /\b(?:(?:it|they|both|all|every(?: one)?|each|the (?:\w+ ){0,2}(?:figures?|totals?|counts?|numbers?|readings?|ledger|balances?|results?))\b[^.;]{0,30}?\b(?:matched|agreed|tallied|balanced|reconciled)|(?:all|every one|each one|both|none) of (?:them|the \w+)? ?(?:were|was|came back) (?:\w+ )?(?:correct|right|accurate|clean|negative|in range|within (?:spec|range|tolerance)|accounted for)|(?:all|both) (?:\w+ ){0,2}(?:were|came back) (?:the )?(?:correct|right|accurate|clean|negative|in range|within (?:spec|range|tolerance)|full|present|accounted for))\b/;

/** Reproducing the failure, or saying outright the cause was confirmed: confirms the root cause wherever it is told, before the fix or after it. */
export const REPRODUCTION = /\b(?:confirmed (?:the |its |that )?(?:root )?cause|reproduc\w*|repro'?d|replicat(?:ed|ing) (?:the|it|this|that)|simulat(?:ed|ing) (?:the|it|this|that) (?:\w+ )?(?:failure|error|bug|issue|outage|crash|timeout|load|race)|recreat(?:ed|ing) (?:the|it) ?(?:\w+ )?(?:failure|error|bug|issue)?)\b/;

/** Evaluative words that make a result vague when nothing is measured. */
export const VAGUE_RESULT = [
  /\b(?:was|were|felt|seemed|got|became|are|is)\b(?: \w+){0,2} (?:happy|happier|pleased|satisfied|glad|thrilled|impressed|grateful|delighted|relieved|excited|content|appreciative)\b(?! to\b)/,
  /\b(?:it|this|that|things|everything|the (?:project|fix|change|launch|rollout|migration|release))\b[^.;]{0,15}?\b(?:went|worked out|turned out|ran)\b[^.;]{0,10}?\b(?:well|great|fine|smoothly|nicely|ok|okay|really well)\b/,
  /\b(?:was|were|became|is) (?:a |an )?(?:big |huge |great |real |massive |total |complete |overall )?(?:success|win|hit|improvement)\b/,
  /\b(?:it|this|that|things|everything|all)\b (?:was|were|is|looked|seemed|went) (?:\w+ )?(?:fine|ok|okay|good|great|better|successful|smooth|positive)\b/,
  /\bthe (?:results?|outcome|feedback|response|impact|reception) (?:was|were) (?:\w+ )?(?:great|good|positive|excellent|amazing|fantastic|impressive|significant|huge|strong|encouraging)\b/,
  /\b(?:things|it|everything|the situation|the process|performance|quality|reliability) (?:improved|got better|was better|became better|improved a lot|improved significantly)\b/,
  /\b(?:made|had) (?:a |an )?(?:big|huge|real|great|significant|positive|massive|noticeable) (?:difference|impact)\b/,
  /\b(?:got|received) (?:a lot of |lots of |some |great |good |positive )?(?:praise|kudos|thanks|shout-?outs?|recognition|good feedback|great feedback|positive feedback)\b/,
  /\b(?:significantly|greatly|dramatically|massively|hugely|vastly|much) (?:improved|better|reduced|faster|increased)\b/,
];

/** Business translation: money, customers, time, tickets. Matched together with a quantity or a change. */
export const BUSINESS_TERMS = /\b(?:revenue|sales|cost|costs|spend|savings?|saved|budget|profit|margin|churn|retention|conversion|customers?|clients?|users?|patients?|members?|shoppers?|subscribers?|accounts?|orders?|hours?|days?|weeks?|minutes?|headcount|fte|tickets?|complaints?|refunds?|chargebacks?|escalations?|calls?|sla|nps|csat|fines?|penalt(?:y|ies)|invoices?|payments?|transactions?|bookings?|appointments?|claims?|returns?|stockouts?|waste|inventory|deals?|pipeline|arr|mrr|gmv)\b/;

/** Second-order effects: the work spread beyond the fix. */
export const SECOND_ORDER = [
  /\b(?:adopt\w*|reus\w*|replicat\w*|copied|cop(?:y|ies) (?:it|the|my|this)|standardi[sz]\w*|rolled (?:\w+ ){0,3}out (?:to|across)|extended (?:it )?to|borrowed|picked up (?:my|the|this)|took (?:up|on) (?:my|the|this) (?:pattern|approach|template|checklist))\b/,
  /\b(?:became|become|went on to be|ended up as|is now|are now|now (?:a|the)|turned into|made (?:it )?(?:into )?(?:a|the)) (?:\w+ ){0,2}(?:standard|template|default|policy|best practice|blueprint|playbook|pattern|guideline|norm|requirement|practice)\b/,
  /\b(?:other|another|two|three|four|five|several|multiple|\d+|all|every) (?:other )?(?:teams?|services|squads|departments|groups|sites|stores|clinics|wards|hospitals|regions|offices|branches|products|units|shifts|vendors|partners|warehouses|depots|schools|practices|plants|managers|leads|engineers|nurses|doctors|clinicians|analysts|agents|reps|pharmacists|accountants|planners|buyers|recruiters|designers)\b[^.;]{0,40}?\b(?:now|also|started|began|use|used|using|adopt\w*|follow\w*|appl\w*|asked for|requested|copied|took|set up|added|built|rolled)\b/,
  /\b(?:across|throughout) (?:the (?:org|organi[sz]ation|company|department|business|platform|division)|(?:all|every|other) (?:teams?|services|sites|stores|regions))\b/,
  /\b(?:org|company|department|team)[- ]wide\b/,
  /\b(?:to|across|for|in) the rest of (?:the |our )?(?:org|organi[sz]ation|company|department|division|region|fleet|network|estate|business|teams|stores|sites|hospital|trust|group|chain|floor)\b/,
  // Others following: "followed suit", "did the same", "asked for a copy", "now used by the Payroll team".
  /\b(?:followed suit|did the same|do the same|asked for (?:it|the same|a copy|my|our)|requested (?:it|the same|a copy|my|our)|upstreamed)\b/,
  /\b(?:now|since|also) (?:been |being )?(?:used|applied|followed|run|shared|reused|required|mandatory|referenced|cited|taught) (?:by|across|in|at|for|on)\b/,
  /\b(?:required|mandatory) (?:for|on|across|in) (?:all|every|each|any)\b/,
  /\b(?:added|written|put|folded|baked) (?:it |them |this |that )?(?:in)?to (?:the|our|their|a) (?:\w+ ){0,2}(?:handbook|wiki|guide|guidelines|sop|manual|procedures?|protocol|curriculum|definition of done|induction|orientation)\b/,
  /\b(?:to|across|for|in|by|at) (?:the other|all (?:the )?other|every other|(?:\d+|two|three|four|five|six|several|a few|many|most|some) other|the remaining) (?:\w+ )?\w+s\b/,
  // "…now protects the other four integrations": the same thing reaching other places.
  /\b(?:now|also|since|too)\b[^.;]{0,40}?\b(?:the|all(?: the)?|every|\d+|two|three|four|five|several) other (?:\w+ )?\w+s\b/,
  // "Finance made the reconciliation a required step": the thing became mandatory or the default.
  /\b(?:made|makes|is now|are now|became|now) (?:it |them |this |that |(?:the|my|our) [\w-]+ )?(?:a |an )?(?:required|mandatory|standard|default|permanent) (?:step|check|part|practice|field|control|item|gate|review|rule|setting)\b/,
  /\b(?:now|also|since then) (?:\w+s|use|uses|using|used|rel(?:y|ies|ied) on|apply|applied)\b[^.;]{0,30}?\b(?:my|our|the same|this|that)\b/,
  /\b(?:part of|into|to|in) (?:the|our|a|their) (?:\w+ ){0,2}(?:standard|template|playbook|checklist|process|policy|runbook|onboarding|training)\b/,
  // "the check is now part of every release", "baked into each onboarding".
  /\b(?:part of|(?:baked|built|folded|written|added) (?:it )?into) (?:every|each|all(?: the)?|all future|any new|every new|each new) \w+/,
  /\b(?:for|to|in) (?:all future|every new|each new|any new|every future) \w+/,
  /\b(?:for|to|across|in) (?:all|every|each of the|the other|\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:other )?(?:\w+ )?(?:teams|subsidiaries|regions|divisions|units|entities|warehouses|depots|plants|schools|wards|clinics|hospitals|stores|sites|offices|branches|markets|countries|products|services|squads)\b/,
];

/** More ways a lesson opens; kept apart so the list above stays readable. */
export const REFLECTION_OPENERS = /\b(?:(?:one thing|something|what) i(?:'d| would) (?:change|do differently)|what i took (?:away|from (?:it|this|that))|my takeaway|i now (?:always|make sure|insist)|since then,? i (?:always|make sure|insist)|if i (?:could )?(?:do|did|were to do) it (?:again|over)|the (?:big |main |key )?lesson (?:for me )?(?:was|is)|what (?:this|it|that) (?:exposed|showed me|revealed|taught|highlighted) (?:was|is)|(?:it|this|that) (?:made me reali[sz]e|reminded me|convinced me|reinforced)|i came away|i(?:'ve| have) since|(?:now|these days|today),? (?:whenever|when) i|hindsight|were i to|the (?:key |main |big |real )?(?:insight|realization|realisation|learning) (?:for me )?(?:was|is|here)|had i (?:known|caught|done)|the (?:real |actual |true |deeper |underlying |bigger |broader |systemic |structural |root |wider )+(?:cause|gap|problem|issue|failure|lesson|fix|risk|takeaway)s? (?:was|were|is|are)\b)\b/;

/** "Since then, I review…": a habit in the present tense after the story is a lesson (checked against the verb's tense in sections.ts). */
export const SINCE_THEN_HABIT = /^\W*(?:since then|ever since|now|these days|today),? i (?:also |always |now |still )?\w+/;

/** Lesson or what the speaker would do differently. */
export const REFLECTION_CUES = [
  REFLECTION_OPENERS,
  /\b(?:lesson|lessons|takeaway|take-away|key learning|in hindsight|looking back|with hindsight|in retrospect|next time|in the future|going forward|from now on|if i (?:did|had|were|could|faced)|what i(?:'d| would) do differently|taught me|the biggest learning|my learning)\b/,
  /\bi(?:'d| would) (?:now |also |have |instead |probably |definitely |rather )?(?:\w+ )?(?:propose|do|have|push|add|set|start|build|communicate|make|ask|involve|create|introduce|establish|advocate|suggest|raise|put|write|bring|define|escalate|insist|involve|invest|spend|check|look|reach|talk|share|document|automate|design|test|monitor|alert|track|measure|flag|own|take|change|focus|prioriti[sz]e|be)\b/,
];

/** Lessons that read as discovery when they open the story ("I realized that failures doubled"). */
export const REFLECTION_AFTER_ACTION = /\b(?:i|we) (?:learned|learnt|realized|realised) (?:that|how|the|to)\b/;

/** Reflection that names nothing concrete. */
export const GENERIC_REFLECTION = /\b(?:communicat\w*|teamwork|team work|collaborat\w*|proactive\w*|attention to detail|importance of|important to|(?:is|are) (?:important|key|crucial|essential|vital)|learned a lot|learnt a lot|more careful|double[- ]check|patien\w*|speak up|trust (?:my|your) (?:gut|instincts)|never give up|hard work|work harder|be more|go the extra mile|ask for help|always)\b/;

/** Concrete mechanisms a specific lesson names. */
export const MECHANISMS = /\b(?:slos?|slas?|slis?|service level|dashboards?|alert\w*|contract tests?|tests?|testing|owners?|ownership|checklists?|templates?|runbooks?|playbooks?|monitor\w*|metrics?|reviews?|on-?call|rotas?|rotations?|postmortems?|post-mortems?|retros?|rfcs?|automat\w*|ci|pipelines?|validation|audits?|schemas?|error budgets?|canar(?:y|ies)|feature flags?|health checks?|reconciliation|dead[- ]letter|queues?|retr(?:y|ies)|circuit breakers?|idempoten\w*|guardrails?|gates?|thresholds?|escalation path|sign-?off|handoff|hand-off|standups?|syncs?|channels?|documentation|docs|wiki|process(?:es)?|policy|policies|protocol|forms?|training|onboarding|kpis?|okrs?|budgets?|raci|interface|api contract|reports?|exception reports?|rules?|limits?|flags?|reconciliations?|controls?|sops?|procedures?|signals?|scorecards?|trackers?|alarms?|logging|(?<!double-)checks?|steps?|handovers?|hand-?offs?|lint\w*|code reviews?|peer reviews?|observability|instrumentation|telemetry|tracing|fallbacks?|kill switch\w*|rollbacks?|backups?|quotas?|timeouts?|drills?|tabletop\w*|dry runs?|sampling|spot[- ]checks?|four[- ]eyes|maker[- ]checker|(?:segregation|separation) of duties|fields?|constraints?|specs?|specifications?|acceptance criteria|definition of done|adrs?|design docs?|heartbeats?|watchdogs?|pre-?mortems?|registers?|escalations?)\b/;

/** A root cause beyond code: ownership gaps, shared metrics, process, incentives. */
export const SYSTEMIC = /\b(?:ownership|owner|owners|unowned|nobody owned|no one owned|shared|cross-team|cross team|across teams|between teams|organi[sz]ation\w*|org|process(?:es)?|incentives?|accountab\w*|visibility|blind spots?|boundar(?:y|ies)|silos?|handoffs?|hand-offs?|governance|standards?|policy|policies|culture|roadmap|priorit\w*|systemic\w*|structural|slos?|slas?|contract|interface)\b/;

/** Trade-off articulation: why this design, what it cost. */
export const TRADEOFF = /\b(?:trade-?offs?|traded|balanc\w*|at the (?:cost|expense) of|instead of|rather than|in favou?r of|over (?:a|an|the) \w+|versus|vs\.?|chose|opted|weighed|compromise|downside|cost of|without (?:adding|increasing|sacrificing|hurting|slowing|doubling)|kept (?:it )?(?:simple|cheap|fast)|so that|because (?:it|a|the) \w+ (?:would|could|was|kept|avoided|added))\b/;

/** Words that state a problem. */
export const PROBLEM_CUES = /\b(?:notic\w*|spott\w*|discover\w*|realized|realised|caught|detected|found (?:that|a|an|out)|saw (?:that|a|an)|issues?|problems?|bugs?|errors?|fail\w*|drop(?:ped|ping|s)?|drop rate|outages?|incidents?|complain\w*|leak\w*|regress\w*|discrepanc\w*|mismatch\w*|spik\w*|defects?|risks?|broke\w*|crash\w*|timeouts?|timing out|lost|losing|loss|missing|missed|delay\w*|backlog|stuck|slow\w*|wrong|incorrect\w*|duplicat\w*|overcharg\w*|double[- ]charg\w*|stale|corrupt\w*|vulnerab\w*|fraud\w*|anomal\w*|degrad\w*|silently|declin\w*|churn\w*|bottleneck\w*|overdue|unpaid|backed up|went down|going down|flaky|dropp\w*|violat\w*|breach\w*|shortfall|overrun\w*|exceed\w*|mistake\w*|gap)\b/;

/** Sentences that tour the system rather than state the problem. */
export const ARCHITECTURE_TERMS = /\b(?:architecture|microservices?|services?|cluster\w*|databases?|db|postgres\w*|mysql|mongo\w*|redis|kafka|rabbitmq|sqs|sns|kinesis|queues?|brokers?|kubernetes|k8s|pods?|containers?|docker|lambda|serverless|aws|gcp|azure|s3|ec2|apis?|endpoints?|gateway|load balancers?|cdn|caches?|caching|shards?|sharding|replicas?|partitions?|topics?|schemas?|monolith|stack|frontend|backend|react|node|java|python|go|rust|graphql|rest|grpc|etl|warehouse|snowflake|bigquery|spark|airflow|pipelines?|infrastructure|infra|servers?|nodes?|regions?|layers?|tiers?|modules?|framework|sdk|webhooks?|cron|scheduler|workers?|event-driven|pub\/sub|erp|crm|salesforce|sap|epic|ehr|emr|pos|legacy|mainframe|platform|built on|written in|consists of|sits behind|talks to|backed by|upstream|downstream|stack)\b/g;

/** Intent statements that mark the task. */
export const TASK_CUES = /\b(?:my (?:goal|task|job|aim|objective|responsibility) (?:was|became)|i (?:needed|had|set out|decided|resolved|wanted|aimed|chose) to|the (?:goal|task|aim|objective) was|i was tasked|i took (?:it )?on|i made it my|i took ownership|i owned)\b/;

/**
 * Words that place an outcome after the change: "as a result", "in the end", "afterwards", "after
 * the rollout". Outside the speaker's own deed they mark the outcome; inside it they only date the
 * deed ("Afterwards I rang the supplier", "We found it started after the release").
 */
const OUTCOME_MARKERS = String.raw`as a result|the result|the outcome|in the end|ultimately|since then|afterwards|after (?:the )?(?:rollout|release|fix|launch|change)`;

/** A change of the outcome told in words or figures: "no longer", "went from", "dropped to", "in half". */
const OUTCOME_CHANGE = String.raw`this (?:saved|cut|reduced|recovered|eliminated|prevented|brought|freed|increased|improved)|no longer|to zero|(?:went|gone|goes|going) (?:from|down|up)|(?:stopped|disappeared|went away|vanished|ceased)\b|down to|up to|dropped to|fell to|from [$£€]?\d[\w.,%]* (?:\w+ )?to (?:[$£€]?\d|zero|none|nothing)|(?:instead of|rather than|down from|up from|compared (?:to|with)|versus|vs\.?) (?:the |a |an )?(?:previous |usual |old |original |about |around |roughly |nearly |almost )?${NUMBER}|(?:down|up) (?:by )?[$£€]?\d+|(?:by|to) (?:a|one|two) (?:half|third|quarter|fifth|tenth)s?|in half`;

/** What an outcome change looks like inside a deed: "I cut it in half", "…and the errors stopped". */
export const OUTCOME_CHANGES = new RegExp(String.raw`\b(?:${OUTCOME_CHANGE})\b`);

/** Result phrases that need no number: outcomes stated as such. */
export const OUTCOME_CUES = new RegExp(String.raw`\b(?:${OUTCOME_MARKERS}|${OUTCOME_CHANGE})\b`);

/** Explicit STAR labels people paste ("Situation:", "Actions –", "Result:"), by the section they open. */
export const SECTION_LABELS: ReadonlyArray<readonly [RegExp, 'situation' | 'task' | 'action' | 'result' | 'reflection']> = [
  [/^(?:s|situation|context|background|the situation)\b/, 'situation'],
  [/^(?:t|task|goal|the task|objective|problem)\b/, 'task'],
  [/^(?:a|actions?|what i did|approach|steps)\b/, 'action'],
  [/^(?:r|results?|outcomes?|impact)\b/, 'result'],
  [/^(?:l|reflections?|learnings?|lessons?(?: learned| learnt)?|takeaways?|what i learned|what i would do differently|next time)\b/, 'reflection'],
];

/**
 * Time expressions of a standing habit rather than an event: "every Monday", "usually", "twice a
 * day", "every six months". A rate ("£9k a month", "1,900 claims a month") is not a habit.
 */
export const HABIT = /\b(?:every|each) (?:day|night|week|weekend|month|quarter|year|morning|evening|shift|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bevery (?:other|few|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:days|nights|weeks|months|quarters|years|shifts)\b|\b(?:usually|typically|normally|generally|routinely)\b|\bused to\b|\b(?:once|twice|(?:\w+ )?times) (?:a|an|per) (?:day|night|week|fortnight|month|quarter|year|shift)\b/i;

/**
 * A moment in the story's time: "One Monday", "that spring", "in my second year", "three weeks
 * before the launch", "a few years ago", "just before the sixth wave". A problem told at such a
 * moment is an event of the story, not the standing background.
 */
export const TIME_ANCHOR = /\b(?:one|that|last|a|this) (?:day|night|morning|afternoon|evening|week|weekend|month|quarter|spring|summer|autumn|fall|winter|year|shift|round|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:in|on|during|at|by) (?:my|the|our|her|his|their) (?:first|second|third|fourth|fifth|sixth|last|final|next|\d+(?:st|nd|rd|th)) (?:\w+ )?(?:day|night|week|month|quarter|year|shift|round|wave|audit|visit|close)\b|\b(?:\w+ )?(?:days?|nights?|weeks?|months?|hours?|minutes?) (?:before|after|into)\b|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|the summer|the autumn|the winter)\b|\b(?:a few|a couple of|some|two|three|\w+) (?:days|weeks|months|years) ago\b|\bjust (?:before|after)\b|\bthe (?:day|night|week|morning) (?:before|after)\b|\bo'clock\b/i;

/**
 * A closing that says only that the story is over: "That was kind of it really", "that's basically
 * it", "so yeah, that was that". The copula's complement is the pronoun itself; nothing is told.
 */
export const CLOSING_FILLER = /(?:^|[,;] |\b(?:and|so|yeah|um|i think|i guess) )(?:that|this|it)(?:'s| was| is)(?: \w+){0,3} (?:it|that)(?: really| honestly| basically| i guess| i think)?[.!]?$/;

/**
 * The speaker's plan, told as what is still to come: "I'm now going to take it to the exams officer",
 * "I'll raise it at the next meeting", "my plan is to…". A story that ends on one has not landed.
 */
export const PLAN_AHEAD = /^\W*(?:(?:and|so|then|now),? )*(?:(?:i|we)(?:'m| am|'re| are)? (?:now |also |still |probably |hopefully )?(?:going to|gonna|about to|planning to|plan to|intend to|will|hope to)|(?:i|we)'ll|(?:my|our|the) (?:plan|next step|intention) is to)\b/;
