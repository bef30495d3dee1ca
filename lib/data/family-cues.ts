/**
 * Cue patterns for the question families' own findings, as data. Matched like `lib/data/cues.ts`:
 * against a sentence lower-cased in ASCII with apostrophes straightened. They describe word
 * families and sentence shapes; the checks combine them with each sentence's role.
 */

/** Someone else, as the subject of a clause: a pronoun, a role, or "the client". */
const OTHER = String.raw`(?:he|she|they|(?:my|our|the|their|his|her|a|an) (?:[a-z-]+ ){0,2}?(?:manager|boss|lead|director|supervisor|colleague|coworker|co-worker|teammate|peer|engineer|designer|analyst|nurse|doctor|consultant|pm|owner|stakeholder|head|vp|partner|client|customer|team|department|vendor|supplier|contractor|developer|tester|qa|person|people|others|everyone|chef|architect|officer|accountant|auditor|teacher|principal|dispatcher|planner|buyer|rep|representative))`;

/** Blaming others or circumstances for one's own mistake. */
export const BLAME = [
  /\b(?:wasn't|was not|isn't|is not|wasn't really|not really) (?:really |entirely |totally |all |completely )?my fault\b/,
  /\b(?:it|this|that|the (?:mistake|error|failure|delay|problem)) was (?:really |mostly |partly |entirely |totally |all )?(?:their|his|her|the \w+(?: team)?'s) fault\b/,
  new RegExp(String.raw`\b(?:because|since|as|after) ${OTHER} (?:had )?(?:didn't|did not|never|forgot|failed|gave me|sent me|told me wrong|changed|kept changing|was late|were late|was slow|were slow|dropped the ball)\b`),
  new RegExp(String.raw`\b${OTHER} (?:didn't|did not|never|had not|hadn't|failed to) (?:tell|told|inform|warn|send|give|update|mention|flag|communicate|document|review|check|catch|test|respond|reply|answer)\w*\b`),
  new RegExp(String.raw`\bif ${OTHER} (?:had|would have|'d) (?:told|warned|sent|given|checked|reviewed|tested|done|communicated|flagged)\b`),
  /\b(?:blame[sd]?|blaming|at fault|their mistake|his mistake|her mistake|the (?:other team|vendor|client|customer)'s mistake|out of my (?:hands|control)|nothing i could (?:have )?do(?:ne)?|set me up to fail|threw me under|the requirements were (?:unclear|vague|wrong)|bad luck|unlucky)\b/,
];

/** Owning a mistake in the first person: "I made", "my mistake", "I should have". */
export const OWNED_MISTAKE = [
  /\b(?:it|this|that|the (?:mistake|error|miss|failure|slip)) was (?:mine|all mine|entirely mine|my|entirely my|all my|completely my|squarely my|on me)\b/,
  // "my fault" owns it; "it wasn't really my fault" does not.
  /(?<!(?:not|n't|never) (?:really |entirely |totally |all |completely |just )?)\bmy (?:mistake|error|fault|miss|bad|misjudg(?:e)?ment|oversight|failure|slip|blunder|responsibility)\b/,
  /\bi (?:had )?(?:made (?:a|an|the|that|this) (?:\w+ )?(?:mistake|error|call|assumption|decision|promise|change)|caused|introduced|missed|forgot|overlooked|underestimated|overestimated|misjudged|misread|misunderstood|miscounted|miscalculated|mislabel+ed|skipped|ignored|assumed|rushed|neglected|failed to|dropped the ball|broke|got (?:it|this|that|the \w+) wrong|was wrong|hadn't|had not)\b/,
  /\bi (?:didn't|did not|never) (?:check|test|verify|ask|read|notice|double-check|catch|plan|think|realise|realize|flag|confirm|review|escalate|tell|update|follow up|account for|consider|leave|build in|allow)\b/,
  /\bi (?:should|could|ought to) have\b/,
  /\b(?:i take|i took|i own|i owned|i accepted|i accept) (?:full |the |complete )?(?:responsibility|ownership|the blame)\b/,
  /\b(?:i|i've|i have) (?:admitted|owned up|owned it|held my hand up|put my hand up|apologi[sz]ed)\b/,
  /\bon me\b/,
];

/** What changed afterwards: a habit, a check, a process the speaker uses since. */
export const CHANGE_AFTER = [
  /\b(?:since then|ever since|from then on|from that day|after that,? i (?:always|now|started|began|added|built|set up|introduced|created|made)|these days|nowadays|today i|now i|i now|we now|i've since|i have since|i started|i began|i always|i never again|i now always)\b/,
  /\b(?:i|we) (?:added|introduced|built|created|set up|wrote|put in place|made) (?:a|an|the) (?:\w+ ){0,3}(?:check|checklist|step|review|test|alert|rule|template|process|habit|buffer|dashboard|sign-?off|reminder|policy|gate|handover|audit|routine)\b/,
  /\b(?:is|are) now (?:part of|a standard|standard|required|a required|in)\b/,
];

/** Someone else's view or reasons: "she wanted", "his concern was", "their reasoning". */
export const OTHER_VIEW = [
  new RegExp(String.raw`\b${OTHER} (?:(?!i |we |i'|you )[a-z']+ ){0,2}?(?:thought|think|thinks|believed|believes|felt|feels|wanted|wants|preferred|prefers|argued|argues|insisted|insists|was convinced|were convinced|was worried|were worried|was concerned|were concerned|worried|saw it|proposed|favoured|favored|pushed for|was pushing|were pushing|held|had a point|was right|were right|reasoned|suggested|was keen|were keen|expected|needed|cared)\b`),
  /\b(?:his|her|their|the (?:other|client's|customer's|manager's|team's)) (?:main |real |biggest |legitimate |valid )?(?:concern|worry|view|position|reasoning|point|argument|perspective|priority|priorities|reasons?|side|logic|fear|constraint|goal|preference|instinct)s?\b/,
  /\b(?:from (?:his|her|their) (?:point of view|side|perspective)|in (?:his|her|their) (?:shoes|position|view)|i (?:could )?(?:see|understood|understand|acknowledged|recogni[sz]ed|appreciated|respected) (?:why|where|that (?:he|she|they)|(?:his|her|their) (?:point|concern|view|reasoning|position|worry)))\b/,
  /\b(?:to be fair|fairly|which was fair|a fair point|a valid point|made sense from|had good reason)\b/,
];

/** Data or evidence brought to a decision or a disagreement. */
export const DATA_USED = [
  /\b(?:data|numbers|figures|metrics|stats|statistics|logs|dashboard|report|analysis|spreadsheet|survey|benchmark|trial|pilot|prototype|a\/b|experiment|evidence|measurements|readings|records|audit|sample|estimate|cost (?:model|breakdown|comparison)|comparison|side-by-side|case study|examples?|research|study|studies|forecast|projection|model)\b/,
  /\b(?:i|we) (?:measured|counted|tested|compared|benchmarked|timed|sampled|tracked|modelled|modeled|ran the numbers|pulled the numbers|costed|priced|calculated|quantified|piloted|prototyped|surveyed|mapped out)\b/,
  /\b(?:showed|shows|proved|demonstrated|the numbers said)\b/,
];

/** Committing to the decision once made, or the decision going the speaker's way. */
export const COMMITMENT = [
  /\b(?:disagree and commit|committed|commit to|fully behind|got behind|backed (?:the|her|his|their|it)|supported (?:the|her|his|their|it)|went (?:along )?with (?:it|the|her|his|their)|threw myself|put my full|gave it my full|executed (?:it|the|on)|made (?:it|the plan|their plan|her plan|his plan) work|delivered (?:it|their|her|his|the plan)|didn't relitigate|did not relitigate|never raised it again|accepted (?:the|her|his|their) (?:decision|call)|respected (?:the|her|his|their) (?:decision|call)|once (?:the|it|he|she|they) (?:decision|decided|was decided))\b/,
  /\b(?:agreed to (?:my|try my|go with my|pilot my)|went with my|adopted my|accepted my|approved my|signed off on my|changed (?:his|her|their) mind|came round|came around|(?:he|she|they) agreed|we agreed|reached (?:an )?agreement|settled on|compromise)\b/,
];

/** Who a customer is, in any line of work. */
export const CUSTOMER = /\b(?:customer|customers|client|clients|user|users|patient|patients|guest|guests|shopper|shoppers|buyer|buyers|member|members|tenant|tenants|caller|callers|passenger|passengers|student|students|parent|parents|family|families|account|accounts|subscriber|subscribers|consumer|consumers|resident|residents|diner|diners|traveller|travellers|traveler|travelers|citizen|citizens|merchant|merchants|retailer|retailers|seller|sellers|homeowner|homeowners|policyholder|policyholders|borrower|borrowers|visitor|visitors|he|she|they|her|his|their|them|him)\b/;

/** The customer named without pronouns (a story must say who the customer is at least once). */
export const CUSTOMER_NOUN = /\b(?:customers?|clients?|users?|patients?|guests?|shoppers?|buyers?|members?|tenants?|callers?|passengers?|students?|parents?|famil(?:y|ies)|accounts?|subscribers?|consumers?|residents?|diners?|travell?ers?|citizens?|merchants?|retailers?|sellers?|homeowners?|policyholders?|borrowers?|visitors?|the business|the school|the hospital|the store|the restaurant|(?:who|that|which) (?:had )?(?:ordered|bought|shopped|booked|stayed|rented|subscribed|used|banked|flew|signed up|called us|relied on us|bought from us))\b/;

/** What a customer needed or suffered: their need in their terms. */
export const CUSTOMER_NEED = /\b(?:needed|needs|wanted|wants|asked for|asking for|was trying to|were trying to|had to|depended on|relied on|couldn't|could not|can't|cannot|wasn't able|were unable|was unable|waiting|waited|stuck|lost|losing|missed|charged twice|double-charged|overcharged|late|delayed|broken|deadline|launch|wedding|appointment|surgery|payroll|rent)\b/;

/** Outcome measures that belong to the customer. */
export const CUSTOMER_MEASURE = /\b(?:nps|csat|satisfaction|churn|retention|renew(?:ed|al)|re-?sign(?:ed)?|reorder(?:ed)?|came back|returned|repeat|review|reviews|rating|stars|complaints?|refunds?|wait(?:ing)? times?|response times?|resolution times?|on time|same day|within \w+ (?:hours?|days?|minutes?)|escalations?|tickets?)\b/;

/** What a customer did next that shows the outcome for them: they stayed, came back, renewed. */
export const CUSTOMER_RETURNED = /\b(?:renewed|re-?signed|reordered|re-?booked|came back|returned to us|stayed with us|kept (?:us|their (?:account|contract|subscription))|upgraded|referred)\b/;
