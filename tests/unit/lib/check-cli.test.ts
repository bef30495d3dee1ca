import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, MAX_TEXT_LENGTH } from '../../../lib/analyze';
import { FULL_ANSWER } from './seed-answer';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'star-check-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const WEAK = 'I noticed a drop. We figured out the root cause together. The team was happy.';

describe('npm run check', { timeout: 60_000 }, () => {
  it('prints exactly the report JSON with --json', () => {
    const r = run(['--json', '--level', 'senior', file('weak.txt', WEAK)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(analyze(WEAK, { level: 'senior' }));
  });

  it('reads standard input with - and takes --flag=value', () => {
    const r = run(['--json', '--focus=outcome', '-'], FULL_ANSWER);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toEqual(analyze(FULL_ANSWER, { focus: 'outcome' }));
    expect(Object.values(report.dimensions).every((d) => (d as { status: string }).status === 'strong')).toBe(true);
  });

  it('prints a readable scorecard with dimensions, quoted findings and rewrites, without colour off a terminal', () => {
    const r = run([file('weak2.txt', WEAK)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ownership\s+✗ needs work/);
    expect(r.stdout).toContain('“We figured out”');
    expect(r.stdout).toContain('→ rewrite: I figured out the root cause.');
    expect(r.stdout).toContain('“The team was happy”');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it.each([
    ['an unknown flag', ['--verbose', 'x.txt'], undefined, /unknown option --verbose/],
    ['a bad option value', ['--level', 'guru', 'x.txt'], undefined, /--level must be one of entry, mid, senior/],
    ['a missing file', [join(dir, 'nope.txt')], undefined, /no such file/],
    ['no input', ['--json'], undefined, /no input/],
    ['empty text', ['-'], '  \n ', /empty/],
    ['a binary file', [file('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0]))], undefined, /binary/],
    ['text over the limit', [file('long.txt', 'I fixed it. '.repeat(Math.ceil((MAX_TEXT_LENGTH + 10) / 12)))], undefined, /limit is 50000/],
  ])('rejects %s with one line on stderr and a non-zero exit', (_name, args, input, message) => {
    const r = run(args as string[], input as string | undefined);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints nothing of the answer that a terminal would act on: no escape, OSC or other control sequence', () => {
    const hostile =
      'We figured out the \u001b]52;c;ZXZpbA==\u0007root cause\u001b[2J\u001b[H together\u0007. ' +
      'The team\u001b]0;pwned\u001b\\ was \u009b31mhappy\u009d8;;http://x\u009c with the \u0008\u007ffix.';
    const scorecard = run([file('hostile.txt', hostile)]);
    const json = run(['--json', file('hostile2.txt', hostile)]);
    for (const r of [scorecard, json]) {
      expect(r.code).toBe(0);
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
    expect(scorecard.stdout).toContain('“We figured out”');
    expect(scorecard.stdout).not.toMatch(/52;c|\]0;pwned|\[2J/);
    // The JSON is the same report, its control characters escaped rather than raw.
    expect(JSON.parse(json.stdout)).toEqual(analyze(hostile));
  });
});
