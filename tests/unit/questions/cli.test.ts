import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { PROFILE_IDS, QUESTION_PROFILES } from '../../../lib/questions/profiles';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DISAGREEMENT = 'My manager wanted to ship on Friday. I disagreed and showed her the rollback data. We shipped on Wednesday and rollbacks went from four to one.';

describe('npm run check: questions', { timeout: 60_000 }, () => {
  it('--list-questions prints every profile with its title and what it judges', () => {
    const r = run(['--list-questions']);
    expect(r.code).toBe(0);
    for (const p of QUESTION_PROFILES) {
      expect(r.stdout).toContain(p.id);
      expect(r.stdout).toContain(p.title);
    }
    expect(r.stdout).toMatch(/conflict[^\n]*\n[^\n]*\n[^\n]*judges: ownership, quantification×0\.5, validation, reflection, structure; own checks: missing-other-view/);
    const json = run(['--list-questions', '--json']);
    expect(JSON.parse(json.stdout).map((p: { id: string }) => p.id)).toEqual([...PROFILE_IDS]);
  });

  it('--question takes any profile id as the writer’s own choice', () => {
    const r = run(['--json', '--question', 'conflict', '-'], DISAGREEMENT);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toEqual(analyze(DISAGREEMENT, { question: 'conflict', questionSource: 'user' }));
    expect(report.question).toEqual({ id: 'conflict', title: 'Conflict or disagreement', source: 'user' });
    expect(report.dimensions.scope.applies).toBe(false);
  });

  it('shows the question coached for and marks dimensions it does not judge', () => {
    const r = run(['-'], `Q: Tell me about a time you disagreed with your manager.\n${DISAGREEMENT}`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/question conflict \(from the draft, \d+% sure\)/);
    expect(r.stdout).toContain('Coached for: Conflict or disagreement');
    expect(r.stdout).toMatch(/scope\s+– not asked/);
  });

  it('rejects an unknown question id, and an input file with --list-questions', () => {
    const bad = run(['--question', 'teamwork', '-'], DISAGREEMENT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--question must be one of caught-issue, generic, customer-obsession/);
    expect(run(['--list-questions', 'x.txt']).code).toBe(2);
  });
});
