import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { FOCUSES, LEVELS, type Focus, type Level } from '../../lib/types';
import type { Settings } from '../../lib/settings';
import { loadSettings, saveSettings } from '../../platform/settings';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return null;
  const update = async (patch: Partial<Settings>) => setSettings(await saveSettings(patch));
  return (
    <main>
      <h1>STAR Coach settings</h1>
      <label>
        Level
        <select name="level" value={settings.level} onChange={(e) => void update({ level: e.currentTarget.value as Level })}>
          {LEVELS.map((l) => <option key={l} value={l}>{l}</option>)}
        </select>
      </label>
      <label>
        Interviewer focus
        <select name="focus" value={settings.focus} onChange={(e) => void update({ focus: e.currentTarget.value as Focus })}>
          {FOCUSES.map((f) => <option key={f} value={f}>{f}</option>)}
        </select>
      </label>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
