import { PROMPT_OPENING, QUESTION_STOPWORDS, QUESTION_SYNONYMS } from '../data/question-words';
import { QUESTION_PROFILES } from './profiles';
import type { ProfileId } from './ids';

export interface QuestionMatch {
  id: ProfileId;
  /** 0–1: how close the question is to the profile's nearest canonical question. */
  confidence: number;
  /** The canonical question it matched best. */
  matched: string;
}

/** Below this, no profile is named: the caller keeps its default. */
export const MIN_CONFIDENCE = 0.3;

/** A light stemmer: enough for "disagreed" ~ "disagree", "customers" ~ "customer". */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** A question as a set of concepts: synonyms mapped, frame and stopwords dropped, the rest stemmed. */
export function concepts(text: string): Set<string> {
  let s = ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^a-z0-9' -]+/g, ' ')} `;
  const out = new Set<string>();
  for (const [pattern, concept] of QUESTION_SYNONYMS) {
    s = s.replace(pattern, () => {
      for (const c of concept.split(' ')) out.add(`#${c}`);
      return ' ';
    });
  }
  for (const w of s.split(/\s+/)) {
    const word = w.replace(/^'+|'+$/g, '');
    if (word.length < 3 || QUESTION_STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    out.add(stem(word));
  }
  return out;
}

interface Example {
  id: ProfileId;
  text: string;
  words: Set<string>;
  /** The summed weight of its concepts. */
  weight: number;
}

let index: { examples: Example[]; idf: Map<string, number>; unknownWeight: number } | null = null;

function build(): { examples: Example[]; idf: Map<string, number>; unknownWeight: number } {
  const examples: Example[] = [];
  for (const p of QUESTION_PROFILES) {
    if (p.id === 'generic') continue;
    for (const q of p.canonical) examples.push({ id: p.id, text: q, words: concepts(q), weight: 0 });
  }
  // Concepts shared by many profiles say little about which one a question belongs to.
  const profilesWith = new Map<string, Set<string>>();
  for (const e of examples) for (const w of e.words) (profilesWith.get(w) ?? profilesWith.set(w, new Set()).get(w)!).add(e.id);
  const n = new Set(examples.map((e) => e.id)).size;
  const idf = new Map([...profilesWith].map(([w, ids]) => [w, Math.log(1 + n / ids.size)]));
  for (const e of examples) e.weight = [...e.words].reduce((sum, w) => sum + (idf.get(w) ?? 0), 0);
  // An unseen word weighs as much as a word shared by a few profiles: the median weight.
  const weights = [...idf.values()].sort((a, b) => a - b);
  return { examples, idf, unknownWeight: weights[Math.floor(weights.length / 2)] ?? 0 };
}

/**
 * The profile a question belongs to: the canonical question whose concepts overlap it most
 * (weighted by how specific each concept is), or null when nothing is close enough. Pure, and
 * well under a millisecond per call (`npm run bench` measures it).
 */
export function matchQuestion(text: string): QuestionMatch | null {
  index ??= build();
  const words = concepts(text.slice(0, 500));
  if (words.size === 0) return null;
  const weight = (w: string) => index!.idf.get(w) ?? 0;
  // A word no canonical question uses still says what the text is about: "Rich Text Area" shares
  // "area" with a learning question but is a field's name, not that question.
  const unknown = [...words].filter((w) => !index!.idf.has(w)).length;
  const known = [...words].reduce((n, w) => n + weight(w), 0);
  if (known === 0) return null;
  const own = known + unknown * index.unknownWeight;
  let best: { e: Example; score: number } | null = null;
  const perProfile = new Map<string, number>();
  for (const e of index.examples) {
    let shared = 0;
    for (const w of words) if (e.words.has(w)) shared += weight(w);
    if (shared === 0) continue;
    // Dice over weighted concepts: both the question and the example must be covered.
    const score = (2 * shared) / (own + e.weight);
    perProfile.set(e.id, Math.max(perProfile.get(e.id) ?? 0, score));
    // Ties go to the profile listed first (the seed's question before the principles that include it).
    if (!best || score > best.score) best = { e, score };
  }
  if (!best) return null;
  // One plain word in common is chance ("area"); a question shares two concepts, or one of the
  // question words the synonyms name (#disagree, #customer…).
  const common = [...words].filter((w) => best!.e.words.has(w));
  if (common.length < 2 && !common.some((w) => w.startsWith('#'))) return null;
  // An exact tie between two families is a coin toss: say so by lowering the confidence.
  const runnerUp = Math.max(0, ...[...perProfile].filter(([id]) => id !== best!.e.id).map(([, s]) => s));
  const confidence = Math.round(Math.min(1, best.score - Math.max(0, runnerUp - best.score * 0.8)) * 100) / 100;
  if (confidence < MIN_CONFIDENCE) return null;
  return { id: best.e.id, confidence, matched: best.e.text };
}

/**
 * The question a draft opens with, if its first line is one: "Q: …", "Question: …", a line
 * ending with "?", or a prompt on a line of its own ("Tell me about a time you failed." and the
 * answer on the next line). Returns the question and its span, so the engine can leave it out of
 * the answer.
 */
export function draftQuestion(text: string): { question: string; start: number; end: number } | null {
  const m = /^[ \t\r\n]*([^\r\n]*)/.exec(text);
  if (!m) return null;
  const line = m[1]!;
  const start = m.index + m[0].length - line.length;
  const labelled = /^(?:q|question)\s*\d*\s*[:.)–—-]\s*(.+)$/i.exec(line.trim());
  // A prompt counts only as one sentence on its own line, with the answer after it.
  const ownLine = /\S/.test(text.slice(start + line.length)) && !/[.!?]\s+\S/.test(line.trim());
  const prompt = ownLine && PROMPT_OPENING.test(line.trim());
  const question = labelled ? labelled[1]!.trim() : line.trim().endsWith('?') || prompt ? line.trim() : null;
  if (!question || question.length > 300) return null;
  return { question, start, end: start + line.length };
}
