import { defineCheck } from './define';
import { ownAction, plays } from '../roles/query';
import type { Sentence } from '../doc-model';
import type { Token } from '../doc-model';
import { foldCase, isDeed, particleAfter, predicates, trimmedSpan } from '../grammar';
import { HABIT } from '../data/cues';
import type { Finding } from '../types';
import { JOINT_VERBS } from '../data/verbs';
import { OWN_WORK_NOUNS, PLURAL_TO_SINGULAR_VERB, SHARED_WORK_ADVERBS, WE_TO_I } from '../data/pronouns';
import { OWN_GROUP } from '../data/words';

const OWN_WORK = new Set<string>(OWN_WORK_NOUNS);
const SHARED_PHRASES = new RegExp(`[ \\t]+(?:${SHARED_WORK_ADVERBS.filter((a) => a.includes(' ')).join('|')})\\b`, 'gi');

function preserveCase(original: string, replacement: string): string {
  if (replacement === 'I' || replacement.startsWith('I')) return replacement;
  return /^[A-Z]/.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** The sentence in the first person singular: we → I with agreement, our work → my work, "together" dropped. */
export function toFirstPersonSingular(sentence: Sentence, groupSubjects: Array<[number, number]> = []): string {
  const { text, tokens, start: base } = sentence;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const covered = new Set<number>();
  for (const [s, e] of groupSubjects) {
    if (/^we(?:['’]|$)/i.test(tokens[s]!.text)) continue;
    edits.push({ start: tokens[s]!.start, end: tokens[e]!.end, text: 'I' });
    for (let k = s; k <= e; k++) covered.add(k);
    const next = tokens[e + 1];
    const agree = next && PLURAL_TO_SINGULAR_VERB[next.text.toLowerCase()];
    if (next && agree) edits.push({ start: next.start, end: next.end, text: agree });
  }
  tokens.forEach((t, i) => {
    if (covered.has(i)) return;
    const lower = t.text.toLowerCase().replace('’', "'");
    if (lower === 'we' || lower.startsWith("we'")) {
      const rep = WE_TO_I[lower];
      if (rep) edits.push({ start: t.start, end: t.end, text: rep });
      const next = tokens[i + 1];
      const agree = next && PLURAL_TO_SINGULAR_VERB[next.text.toLowerCase()];
      if (next && agree) edits.push({ start: next.start, end: next.end, text: preserveCase(next.text, agree) });
    } else if (lower === 'us' || lower === 'ourselves') {
      edits.push({ start: t.start, end: t.end, text: WE_TO_I[lower]! });
    } else if (lower === 'our' || lower === 'ours') {
      // The head of the noun phrase after "our": its last noun ("our retry logic" → logic).
      let head: Token | undefined;
      for (let j = i + 1; j < tokens.length && (tokens[j]!.tags.has('Noun') || tokens[j]!.tags.has('Adjective')); j++) {
        if (tokens[j]!.tags.has('Noun')) head = tokens[j];
      }
      if (head && (OWN_WORK.has(head.normal) || OWN_WORK.has(head.root))) edits.push({ start: t.start, end: t.end, text: preserveCase(t.text, WE_TO_I[lower]!) });
    } else if ((SHARED_WORK_ADVERBS as readonly string[]).includes(lower)) {
      // Remove the word and the space before it.
      let s = t.start;
      while (s > base && /[ \t]/.test(text[s - base - 1]!)) s--;
      edits.push({ start: s, end: t.end, text: '' });
    }
  });
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start - base) + e.text + out.slice(e.end - base);
  }
  // Multi-word ways of sharing the credit ("as a team") go too.
  out = out.replace(SHARED_PHRASES, '');
  // Tidy what a removed word leaves behind: "Together, we fixed" → "I fixed".
  out = out.replace(/^[\s,;:]+/, '').replace(/[ \t]+([,;:.!?])/g, '$1').replace(/[ \t]{2,}/g, ' ');
  return out.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Whether the clause whose subject starts at `subject` is joined to the one before by "and", "then", "but" (or a bare comma). */
function joined(sentence: Sentence, subject: number): boolean {
  const { tokens, text, start: base } = sentence;
  const before = tokens[subject - 1];
  if (!before) return true;
  // "so we could find alternatives" is a purpose, not a second deed.
  if (/^(?:and|then|but|so)$/i.test(before.normal)) return !/^(?:could|would|might|can)$/i.test(tokens[subject + 1]?.normal ?? '');
  return /[,;]/.test(text.slice(before.end - base, tokens[subject]!.start - base));
}

export const weAction = defineCheck({
  id: 'we-action',
  dimension: 'ownership',
  title: '“We” hides your part',
  run(doc, finding) {
    const findings: Finding[] = [];
    const noneOwned = !doc.sentences.some((_, i) => ownAction(doc, i));
    for (const sentence of doc.sentences) {
      // "We ran a nightly job" in the situation is context, not a claim about who acted; but when the
      // speaker owns no action at all, a group's action read as the story's is the claim.
      if (sentence.section === 'reflection') continue;
      // Once the problem is told, a group's deed is the story's even where the sections still read
      // the situation ("In January the supplier pulled out. We sourced another brick…").
      const afterProblem = doc.problemIndex !== null && sentence.index > doc.problemIndex;
      if (sentence.section === 'situation' && !((noneOwned || afterProblem) && plays(doc, sentence.index, 'action'))) continue;
      // Read as background ("every month the homes send their charts, we make up the packs") or as the
      // lesson ("we should never stop asking why"), a "we" tells how things work, not who did the story's work.
      if (!plays(doc, sentence.index, 'action') && ((plays(doc, sentence.index, 'context') && HABIT.test(foldCase(sentence.text))) || plays(doc, sentence.index, 'lesson'))) continue;
      const { tokens } = sentence;
      const preds = predicates(sentence);
      const groupPreds = preds.filter((p) => {
        if (p.inherited || !p.subject || !isDeed(tokens, p)) return false;
        // "We had inherited two codebases": the pluperfect tells the backstory, not the story's actions.
        if (p.aux >= 0 && /^(?:had|['’]d)$/i.test(tokens[p.aux]!.normal) && !tokens[p.verb]!.tags.has('Infinitive')) return false;
        // A group's clause inside the speaker's ("I pulled the scores we record every shift", "…so the
        // auditors would see we'd considered it") describes, it claims nothing; a clause joined by
        // "and"/"then" ("I found it and we fixed it") is a claim.
        if (preds.some((q) => q.verb < p.verb && q.actor === 'i') && !joined(sentence, p.subject[0])) return false;
        if (JOINT_VERBS.has(tokens[p.verb]!.root)) return false;
        const [s, e] = p.subject;
        const phrase = sentence.text.slice(tokens[s]!.start - sentence.start, tokens[e]!.end - sentence.start);
        return OWN_GROUP.test(phrase.replace(/\s+/g, ' ').replace(/['’](?:ve|d|ll|re)$/i, ''));
      });
      if (groupPreds.length === 0) continue;
      const first = groupPreds[0]!;
      const start = tokens[first.subject![0]]!.start;
      let end = tokens[first.verb]!.end;
      const particle = particleAfter(tokens, first.verb);
      if (particle >= 0) end = tokens[particle]!.end;
      const groupSubjects = groupPreds.map((p) => p.subject!);
      findings.push(
        finding('major',
          { start, end },
          `“${doc.text.slice(start, end)}” hides what you did yourself: say “I” for every action you took.`,
          { text: toFirstPersonSingular(sentence, groupSubjects), replaces: { start: sentence.start, end: sentence.end } },
        ),
      );
    }
    // A group carrying every action ("the task force resolved it", "the department decided") hides
    // the speaker as much as "we", even when no "we" is written.
    if (findings.length === 0 && !doc.sentences.some((_, i) => ownAction(doc, i))) {
      const i = doc.roles.findIndex((r, k) => r.roles.has('action') && (r.actor === 'we' || r.actor === 'group') && doc.sentences[k]!.section !== 'reflection');
      const s = doc.sentences[i];
      if (s) {
        const span = trimmedSpan(s);
        findings.push(finding('major', span, 'A group does everything here and you never act: say what you did yourself, with “I”.'));
      }
    }
    return findings;
  },
});
