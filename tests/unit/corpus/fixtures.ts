import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIMENSIONS, FOCUSES, LEVELS, type Dimension, type Focus, type Level } from '../../../lib/types';
import { getProfile, PROFILE_IDS, type ProfileId } from '../../../lib/questions/profiles';

export type Status = 'strong' | 'needs-work';
/** `n/a`: the question's profile does not judge this dimension (docs/questions.md); the corpus test skips it. */
export type Label = Status | 'n/a';
const LABELS: readonly Label[] = ['strong', 'needs-work', 'n/a'];

/** One hand-labelled answer from tests/fixtures/answers/. */
export interface LabelledAnswer {
  file: string;
  /** Any question profile id (docs/questions.md). */
  question: ProfileId;
  level: Level;
  focus: Focus;
  labels: Record<Dimension, Label>;
  note: string;
  /** The profession the answer comes from (`software`, `nursing`…), when the fixture says. */
  field: string;
  /** How it is written: narrative, labelled, bullets, transcript, outcome-first, fragments. */
  style: string;
  text: string;
}

export const ANSWERS_DIR = fileURLToPath(new URL('../../fixtures/answers/', import.meta.url));
/** The test split: written last, labelled blind, never read while a check changes. */
export const TEST_ANSWERS_DIR = fileURLToPath(new URL('../../fixtures/answers/test/', import.meta.url));

const KEYS = ['question', 'level', 'focus', 'field', 'style', ...DIMENSIONS, 'note'] as const;

function oneOf<T extends string>(file: string, key: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new Error(`${file}: front matter is missing "${key}"`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`${file}: "${key}: ${value}" is not one of ${allowed.join(' | ')}`);
  }
  return value as T;
}

/**
 * Parse one fixture: a `---` front-matter block of `key: value` lines, then the answer text.
 * Throws an error naming the file for anything malformed, so a bad fixture can never be skipped.
 */
export function parseAnswer(file: string, raw: string): LabelledAnswer {
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: must start with a front-matter block between "---" lines`);
  const fields = new Map<string, string>();
  match[1]!.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const kv = /^([a-z-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!kv) throw new Error(`${file}: front-matter line ${i + 2} is not "key: value": ${JSON.stringify(line)}`);
    const [, key, value] = kv as unknown as [string, string, string];
    if (!(KEYS as readonly string[]).includes(key)) throw new Error(`${file}: unknown front-matter key "${key}"`);
    if (fields.has(key)) throw new Error(`${file}: front-matter key "${key}" appears twice`);
    fields.set(key, value);
  });
  const labels = Object.fromEntries(
    DIMENSIONS.map((d) => [d, oneOf(file, d, fields.get(d), LABELS)]),
  ) as Record<Dimension, Label>;
  const question = oneOf(file, 'question', fields.get('question'), PROFILE_IDS);
  // `n/a` only where the question's profile does not judge the dimension. Older fixtures label
  // every dimension (`generic` answers say `scope: strong`): such a label is kept and compared
  // with the engine, which reports a dimension it does not judge as strong, as it always has.
  for (const d of DIMENSIONS) {
    const applies = getProfile(question).dimensions[d] > 0;
    if (applies && labels[d] === 'n/a') throw new Error(`${file}: "${d}: n/a" but the ${question} profile judges ${d}`);
  }
  const note = fields.get('note') ?? '';
  if (Object.values(labels).includes('needs-work') && note === '') {
    throw new Error(`${file}: a needs-work label needs a "note" saying why`);
  }
  const text = match[2]!.trim();
  if (text === '') throw new Error(`${file}: the answer text is empty`);
  return {
    file,
    question,
    level: oneOf(file, 'level', fields.get('level'), LEVELS),
    focus: oneOf(file, 'focus', fields.get('focus'), FOCUSES),
    labels,
    note,
    field: fields.get('field') ?? '',
    style: fields.get('style') ?? '',
    text,
  };
}

/** Every answer fixture, sorted by file name. Fixture files are `<nn>-<slug>.md`. */
export function loadAnswers(dir = ANSWERS_DIR): LabelledAnswer[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      if (!/^\d{2,3}-[a-z0-9-]+\.md$/.test(f)) throw new Error(`${f}: fixture names are <nn>-<slug>.md`);
      return parseAnswer(f, readFileSync(join(dir, f), 'utf8'));
    });
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
