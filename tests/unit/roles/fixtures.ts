import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTORS, RESULT_KINDS, ROLES, SCOPE_KINDS, type Actor, type ResultKind, type Role, type ScopeKind } from '../../../lib/roles/types';

/** One hand-labelled sentence of a role fixture, with its span in the assembled answer text. */
export interface LabelledSentence {
  text: string;
  start: number;
  end: number;
  roles: Set<Role>;
  actor: Actor | null;
  results: Set<ResultKind>;
  scope: ScopeKind | null;
  genericLesson: boolean;
}

export interface RoleAnswer {
  file: string;
  field: string;
  style: string;
  question: string;
  /** The answer as a person would have written it: sentences joined by spaces, bullets and labels on lines. */
  text: string;
  sentences: LabelledSentence[];
}

export const ROLES_DIR = fileURLToPath(new URL('../../fixtures/roles/', import.meta.url));
export const ROLES_TEST_DIR = join(ROLES_DIR, 'test');

/**
 * Parse one role fixture: `# key: value` lines, then one sentence a line as `labels | sentence`,
 * where labels are roles with optional subtypes (`result:metric`, `scope:boundary`,
 * `lesson:generic`) and `@Actor` for actions and verifications; a blank line is a paragraph break.
 * Anything malformed throws an error naming the file and line.
 */
export function parseRoleAnswer(file: string, raw: string): RoleAnswer {
  const meta: Record<string, string> = {};
  const sentences: LabelledSentence[] = [];
  let text = '';
  let paragraphBreak = false;
  raw.replace(/\r\n?/g, '\n').split('\n').forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (line.trim() === '') {
      paragraphBreak = sentences.length > 0;
      return;
    }
    const m = /^#\s*([a-z-]+):\s*(.*)$/.exec(line);
    if (m) {
      meta[m[1]!] = m[2]!.trim();
      return;
    }
    const bar = line.indexOf(' | ');
    if (bar < 0) throw new Error(`${where}: expected "labels | sentence"`);
    const head = line.slice(0, bar).trim();
    const sentence = line.slice(bar + 3).trim();
    if (!sentence) throw new Error(`${where}: empty sentence`);
    const [labelPart, actorPart] = head.split('@').map((x) => x.trim());
    const roles = new Set<Role>();
    const results = new Set<ResultKind>();
    let scope: ScopeKind | null = null;
    let genericLesson = false;
    for (const label of labelPart!.split(',').map((x) => x.trim())) {
      const [role, sub] = label.split(':') as [string, string | undefined];
      if (!(ROLES as readonly string[]).includes(role)) throw new Error(`${where}: unknown role "${role}"`);
      roles.add(role as Role);
      if (sub === undefined) continue;
      if (role === 'result' && (RESULT_KINDS as readonly string[]).includes(sub)) results.add(sub as ResultKind);
      else if (role === 'scope' && (SCOPE_KINDS as readonly string[]).includes(sub)) scope = sub as ScopeKind;
      else if (role === 'lesson' && sub === 'generic') genericLesson = true;
      else throw new Error(`${where}: unknown subtype "${label}"`);
    }
    const acts = roles.has('action') || roles.has('verification');
    let actor: Actor | null = null;
    if (actorPart !== undefined) {
      if (!(ACTORS as readonly string[]).includes(actorPart)) throw new Error(`${where}: unknown actor "@${actorPart}"`);
      actor = actorPart as Actor;
    }
    if (acts !== (actor !== null)) throw new Error(`${where}: an actor goes with action/verification, and only there`);
    // Bullets and bare labels sit on lines of their own; sentences of a paragraph follow each other.
    const ownLine = /^[-*•]\s/.test(sentence) || (sentences.length > 0 && !/[.!?]["'”’)]*$/.test(sentences[sentences.length - 1]!.text));
    const sep = text === '' ? '' : paragraphBreak ? '\n\n' : ownLine || /^[-*•]\s/.test(sentence) ? '\n' : ' ';
    text += sep;
    const start = text.length;
    text += sentence;
    sentences.push({ text: sentence, start, end: text.length, roles, actor, results, scope, genericLesson });
    paragraphBreak = false;
  });
  if (sentences.length === 0) throw new Error(`${file}: no sentences`);
  return { file, field: meta.field ?? '', style: meta.style ?? '', question: meta.question ?? 'caught-issue', text, sentences };
}

export function loadRoleAnswers(dir: string): RoleAnswer[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseRoleAnswer(f, readFileSync(join(dir, f), 'utf8')));
}
