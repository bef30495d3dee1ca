/**
 * Command line for the engine: `npm run -s check -- [--json] [--level L] [--focus F] [--question Q] <file | ->`,
 * or `--list-questions` for every question profile.
 * Prints a readable scorecard, or with --json exactly the report JSON. Bad input gets one line on
 * stderr and a non-zero exit.
 */
import { readFileSync, statSync } from 'node:fs';
import { analyze, MAX_TEXT_LENGTH } from '../lib/analyze';
import { findingKind } from '../lib/findings';
import { DIMENSIONS, FOCUSES, LEVELS, type AnalyzeOptions, type Report } from '../lib/types';
import { PROFILE_IDS, QUESTION_PROFILES } from '../lib/questions/profiles';

const USAGE =
  'usage: npm run -s check -- [--json] [--level entry|mid|senior] [--focus balanced|outcome|ownership|technical] [--question <id>] <file | ->\n' +
  '       npm run -s check -- --list-questions [--json]   (every question id, its title and what it judges)';

class UsageError extends Error {}

interface Args {
  json: boolean;
  options: AnalyzeOptions;
  source: string;
}

function parseArgs(argv: string[]): Args | 'help' | { list: true; json: boolean } {
  const options: AnalyzeOptions = {};
  let json = false;
  let source: string | undefined;
  let list = false;
  const choice = <T extends string>(flag: string, list: readonly T[], value: string | undefined): T => {
    if (value === undefined) throw new UsageError(`${flag} needs a value (${list.join(', ')})`);
    if (!list.includes(value as T)) throw new UsageError(`${flag} must be one of ${list.join(', ')}, not "${value}"`);
    return value as T;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') json = true;
    else if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--level') options.level = choice('--level', LEVELS, value());
    else if (flag === '--focus') options.focus = choice('--focus', FOCUSES, value());
    else if (flag === '--question') {
      options.question = choice('--question', PROFILE_IDS, value());
      options.questionSource = 'user';
    } else if (flag === '--list-questions') list = true;
    else if (flag === '--') continue;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else if (source !== undefined) throw new UsageError(`only one input, got "${source}" and "${arg}"`);
    else source = arg;
  }
  if (list) {
    if (source !== undefined) throw new UsageError('--list-questions takes no input file');
    return { list: true, json };
  }
  if (source === undefined) throw new UsageError('no input: give a file, or - to read standard input');
  return { json, options, source };
}

function readInput(source: string): string {
  let bytes: Buffer;
  if (source === '-') {
    bytes = readFileSync(0);
  } else {
    let isFile = false;
    try {
      isFile = statSync(source).isFile();
    } catch {
      throw new UsageError(`cannot read ${source}: no such file`);
    }
    if (!isFile) throw new UsageError(`cannot read ${source}: not a regular file`);
    bytes = readFileSync(source);
  }
  const name = source === '-' ? 'standard input' : source;
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${name} looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${name} is not UTF-8 text`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new UsageError(`${name} is empty: write an answer first`);
  if (text.length > MAX_TEXT_LENGTH) {
    throw new UsageError(`${name} is ${text.length} characters; the limit is ${MAX_TEXT_LENGTH} (about 8,000 words): check one answer at a time`);
  }
  return text;
}

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

function painter(colour: boolean): Paint {
  const wrap = (open: number, close: number) => (s: string) => (colour ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Terminal control sequences (CSI such as clear-screen, OSC such as set-title or clipboard writes,
 * in their 7-bit and 8-bit forms) and every other C0/C1 control character. Line breaks and tabs are
 * left to the callers, which fold them into spaces.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_SEQUENCE = /(?:\u001b\[|\u009b)[\u0020-\u003f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The answer's text made safe to print: nothing in it can drive the terminal. */
export function printable(s: string): string {
  return s.replace(CONTROL_SEQUENCE, '').replace(CONTROL_CHARACTER, '');
}

function oneLine(s: string, max = 160): string {
  const flat = printable(s.replace(/\s+/g, ' ')).trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/**
 * The report as JSON, with C1 control characters escaped too (JSON leaves U+007F–U+009F raw, and
 * some terminals obey them): the same value when parsed, nothing a terminal acts on when printed.
 */
export function jsonForTerminal(report: Report): string {
  return JSON.stringify(report).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatScorecard(text: string, report: Report, options: AnalyzeOptions, colour: boolean): string {
  const p = painter(colour);
  const lines: string[] = [];
  const { stats } = report;
  const q = report.question;
  const how = q.source === 'user' ? 'chosen' : q.source === 'default' ? 'default' : `from the ${q.source}${q.confidence !== undefined ? `, ${Math.round(q.confidence * 100)}% sure` : ''}`;
  const opts = `level ${options.level ?? 'mid'} · focus ${options.focus ?? 'balanced'} · question ${q.id} (${how})`;
  lines.push(`${p.bold('STAR Coach')}  ${p.bold(`${report.score}/100`)}  ${p.dim(opts)}`);
  const problem = stats.secondsToProblem === null ? 'no problem stated' : `problem at ${clock(stats.secondsToProblem)}`;
  lines.push(p.dim(`Coached for: ${q.title}`));
  lines.push(p.dim(`${stats.words} words · ${clock(stats.speakingSeconds)} speaking · ${problem}`));
  if (report.truncated) lines.push(p.yellow(`Only the first ${report.truncated.analysedLength} characters were analysed.`));
  lines.push('');
  for (const d of DIMENSIONS) {
    const r = report.dimensions[d];
    if (r.applies === false) {
      lines.push(`  ${d.padEnd(15)} ${p.dim('– not asked  ')}      ${p.dim(oneLine(r.summary, 1000))}`);
      continue;
    }
    const mark = r.status === 'strong' ? p.green('✓ strong    ') : p.red('✗ needs work');
    lines.push(`  ${d.padEnd(15)} ${mark} ${String(r.score).padStart(3)}  ${oneLine(r.summary, 1000)}`);
  }
  if (report.findings.length > 0) {
    lines.push('', p.bold('Findings'));
    for (const f of report.findings) {
      const title = findingKind(f.id)?.title ?? f.id;
      const sev = f.severity === 'major' ? p.red(f.severity) : f.severity === 'minor' ? p.yellow(f.severity) : p.cyan(f.severity);
      lines.push('', `  ${p.bold(title)} ${p.dim(`(${f.id}, ${f.dimension},`)} ${sev}${p.dim(')')}`);
      if (f.start !== undefined && f.end !== undefined) lines.push(`    “${oneLine(text.slice(f.start, f.end))}”`);
      lines.push(`    ${oneLine(f.message, 1000)}`);
      if (f.suggestion) {
        const how = f.suggestion.replaces ? (f.suggestion.replaces.start === f.suggestion.replaces.end ? 'insert' : 'rewrite') : 'try';
        lines.push(`    ${p.green(`→ ${how}:`)} ${oneLine(f.suggestion.text, 400)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** Every question profile: id, title, the dimensions it judges (with weights) and its own findings. */
export function formatQuestionList(): string {
  const lines: string[] = [];
  for (const group of ['common', 'amazon'] as const) {
    lines.push(group === 'amazon' ? 'Amazon Leadership Principles' : 'Common questions', '');
    for (const p of QUESTION_PROFILES.filter((x) => x.group === group)) {
      const dims = DIMENSIONS.filter((d) => p.dimensions[d] > 0).map((d) => (p.dimensions[d] === 1 ? d : `${d}×${p.dimensions[d]}`));
      lines.push(`  ${p.id.padEnd(30)} ${p.title}`);
      lines.push(`  ${''.padEnd(30)} e.g. “${p.canonical[0]}”`);
      lines.push(`  ${''.padEnd(30)} judges: ${dims.join(', ')}${p.findings?.length ? `; own checks: ${p.findings.join(', ')}` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if ('list' in args) {
      process.stdout.write(args.json ? JSON.stringify(QUESTION_PROFILES) + '\n' : formatQuestionList());
      return 0;
    }
    const text = readInput(args.source);
    const report = analyze(text, args.options);
    if (args.json) process.stdout.write(jsonForTerminal(report) + '\n');
    else {
      const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
      process.stdout.write(formatScorecard(text, report, args.options, colour));
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`check: ${printable(e.message)}\n`);
      return 2;
    }
    process.stderr.write(`check: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
