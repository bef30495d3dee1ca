import { defineCheck } from './define';
import { ownAction, plays } from '../roles/query';
import { predicates } from '../grammar';
import { passiveToActive, pastOfParticiple } from '../rewrite';
import { COGNITION_VERBS, PRESENT_AUXILIARIES, STATIVE_PARTICIPLES } from '../data/verbs';
import type { Finding } from '../types';
import { isWorkVerb } from '../sections';

export const passiveAction = defineCheck({
  id: 'passive-action',
  dimension: 'ownership',
  title: 'Action without an actor',
  run(doc, finding) {
    const findings: Finding[] = [];
    // When the speaker owns no action at all, every hidden-actor action is the story's work, whatever its verb.
    const noneOwned = !doc.sentences.some((_, i) => ownAction(doc, i));
    for (const sentence of doc.sentences) {
      // Passives that describe the problem ("orders were dropped") or a lesson are not claims about who acted.
      // A story told without labels is often read as one long situation: a sentence whose role is an
      // action after the problem is an action whatever its section.
      const acting = plays(doc, sentence.index, 'action') || plays(doc, sentence.index, 'verification');
      const afterProblem = doc.problemIndex !== null && sentence.index > doc.problemIndex;
      // With no action of the speaker's anywhere, the first action is the story's work even where it opens the story.
      if (!(acting && (afterProblem || noneOwned)) && sentence.section !== 'action' && sentence.section !== 'result') continue;
      if (!acting && sentence.section !== 'action') continue;
      // Read as the problem or its cause ("every booking made on Monday was counted on Sunday"), a
      // passive tells what went wrong, not who did the work, whatever section the rules gave it
      // The same holds for background: "each chamber is mapped once a year" says how things work
      // (unless the speaker owns no action at all: then the passives are the story's only work).
      if (!acting && !noneOwned && (plays(doc, sentence.index, 'problem') || plays(doc, sentence.index, 'lesson') || plays(doc, sentence.index, 'context'))) continue;
      const { tokens } = sentence;
      const preds = predicates(sentence);
      for (const p of preds) {
        if (!p.passive) continue;
        // "I realized the SDK was initialised twice": a finding, not a hidden action.
        if (preds.some((q) => q.verb < p.verb && !q.passive && COGNITION_VERBS.has(tokens[q.verb]!.root))) continue;
        const verb = tokens[p.verb]!;
        // "I was tasked with", "I was surprised", "we were told": the speaker is already named.
        if (p.actor === 'i' || p.actor === 'we' || p.actor === 'relative') continue;
        if (STATIVE_PARTICIPLES.has(verb.normal) || STATIVE_PARTICIPLES.has(verb.root)) continue;
        // Only a hidden actor of the story's work is an ownership problem ("the logs were analyzed",
        // "a fix was deployed"); a passive that describes the problem or the context ("every
        // translation was rounded", "stores were grouped by region") is not.
        if (!isWorkVerb(verb) && !(noneOwned && acting)) continue;
        // "were being dropped", "had been rounded": an ongoing or earlier state, the background of the story.
        if (p.aux >= 0 && tokens.slice(p.aux, p.verb).some((t) => t.normal === 'being' || t.normal === 'had' || t.normal === "'d")) continue;
        // "once the customer has been verified", "the dose is written on the chart": a present passive
        // states how things are done, not a deed of the story (unless the speaker does nothing else).
        if (!noneOwned && p.aux >= 0 && PRESENT_AUXILIARIES.has(tokens[p.aux]!.normal)) continue;
        // A named agent ("by the Platform team", "by me") is not hidden.
        const after = tokens.slice(p.verb + 1, p.verb + 4);
        if (after.some((t) => t.normal === 'by')) continue;
        if (tokens.slice(Math.max(0, p.aux), p.verb).some((t) => t.tags.has('Negative'))) continue;
        const active = passiveToActive(sentence, p);
        // In the result, a passive we cannot attach to a subject usually reports an outcome ("ROI was corrected").
        if (!active && sentence.section === 'result') continue;
        const start = active ? active.start : tokens[p.aux >= 0 ? p.aux : p.verb]!.start;
        const end = active ? active.end : verb.end;
        const quoted = doc.text.slice(start, end);
        findings.push(
          finding('minor',
            { start, end },
            `“${quoted}” hides who did it: name yourself as the actor.`,
            active
              ? { text: active.text, replaces: { start: active.start, end: active.end } }
              : { text: `I ${pastOfParticiple(verb.text)} [what]` },
          ),
        );
      }
    }
    return findings;
  },
});
