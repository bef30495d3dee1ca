import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers' import rules live in eslint.config.js. These lint small files that exist only in
// memory, placed where a real file would be, so a rule that stops catching a forbidden import
// (a pattern that only matched one folder deep, say) fails here.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it('keeps lib/ pure at any depth', async () => {
    expect(await restricted('lib/checks/x.ts', "import { fieldFor } from '../../content/startup/fields';\nexport const x = fieldFor;\n")).toHaveLength(1);
    expect(await restricted('lib/x.ts', "import { sendToWorker } from '../platform/protocol';\nexport const x = sendToWorker;\n")).toHaveLength(1);
    expect(await restricted('lib/checks/x.ts', "import { h } from 'preact';\nexport const x = h;\n")).toHaveLength(1);
    expect(await restricted('lib/checks/x.ts', "import { DIMENSIONS } from '../types';\nexport const x = DIMENSIONS;\n")).toEqual([]);
  });

  it('lets components/ import lib/ only', async () => {
    expect(await restricted('components/x.tsx', "import { copyText } from '../content/live/popover';\nexport const x = copyText;\n")).toHaveLength(1);
    expect(await restricted('components/x.tsx', "import { loadSettings } from '../platform/settings';\nexport const x = loadSettings;\n")).toHaveLength(1);
    expect(await restricted('components/x.tsx', "import { DIMENSIONS } from '../lib/types';\nexport const x = DIMENSIONS;\n")).toEqual([]);
  });

  it('keeps platform/ off the UI and the page', async () => {
    expect(await restricted('platform/x.ts', "import type { ScorePoint } from '../components/ScoreChart';\nexport type X = ScorePoint;\n")).toHaveLength(1);
  });

  it('keeps entrypoints/ out of each other', async () => {
    expect(await restricted('entrypoints/sidepanel/main.tsx', "import { x } from '../popup/app';\nexport const y = x;\n")).toHaveLength(1);
    expect(await restricted('entrypoints/sidepanel/main.tsx', "import { x } from '../../pages/TabScorecard';\nexport const y = x;\n")).toEqual([]);
  });

  it('keeps live coaching out of the start-up script', async () => {
    expect(await restricted('content/startup/x.ts', "import { startCoach } from '../live/coach';\nexport const x = startCoach;\n")).toHaveLength(1);
    expect(await restricted('entrypoints/coach-start.ts', "import { startLive } from '../content/live/live';\nexport const x = startLive;\n")).toHaveLength(1);
    expect(await restricted('content/startup/x.ts', "import { render } from 'preact';\nexport const x = render;\n")).toHaveLength(1);
    // Types leave no code in the bundle.
    expect(await restricted('content/startup/x.ts', "import type { Coach } from '../live/coach';\nexport type X = Coach;\n")).toEqual([]);
    expect(await restricted('content/startup/x.ts', "import { fieldFor } from './fields';\nexport const x = fieldFor;\n")).toEqual([]);
  });
});
