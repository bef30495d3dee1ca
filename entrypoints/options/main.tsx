import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DIMENSIONS, FOCUSES, LEVELS, type Focus, type Level } from '../../lib/types';
import { normalizeSettings, type Settings } from '../../lib/settings';
import { DIMENSION_LABELS, FOCUS_LABELS, LEVEL_LABELS } from '../../components/labels';
import { DefaultQuestionSetting } from '../../components/DefaultQuestionSetting';
import { loadSettings, settingsSaver, watchSettings } from '../../platform/settings';
import { eraseUserData } from '../../platform/erase';
import { sendToWorker } from '../../platform/protocol';
import { EraseData } from '../../components/EraseData';
import '../../components/scorecard.css';
import './style.css';

interface Shortcut {
  name?: string;
  description?: string;
  shortcut?: string;
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [saver] = useState(settingsSaver);
  useEffect(() => {
    void loadSettings().then(setSettings);
    void browser.commands.getAll().then(setShortcuts, () => setShortcuts([]));
    // Changes made elsewhere show here; this page's own saves are already shown.
    return watchSettings((s) => {
      if (!saver.isEcho(s)) setSettings(s);
    });
  }, []);
  if (!settings) return null;
  // Shown at once, saved in order.
  const update = async (patch: Partial<Settings>) => {
    setSettings((s) => (s ? normalizeSettings({ ...s, ...patch }) : s));
    await saver.save(patch).catch((error: unknown) => {
      console.warn('[STAR Coach] could not save the settings:', error);
      void loadSettings().then(setSettings);
    });
  };
  const openShortcuts = () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });

  return (
    <main>
      <h1>
        <span class="logo" aria-hidden="true">★</span> STAR Coach settings
      </h1>
      <p class="lede">Changes apply at once in every open tab and follow you to your other browsers where sync is on.</p>

      <section aria-labelledby="interview">
        <h2 id="interview">Your interview</h2>
        <div class="row">
          <label for="level">Level</label>
          <select id="level" name="level" value={settings.level} onChange={(e) => void update({ level: e.currentTarget.value as Level })}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
          <p class="help">Senior answers are expected to name systemic root causes and trade-offs.</p>
        </div>
        <div class="row">
          <label for="focus">Interviewer focus</label>
          <select id="focus" name="focus" value={settings.focus} onChange={(e) => void update({ focus: e.currentTarget.value as Focus })}>
            {FOCUSES.map((f) => (
              <option key={f} value={f}>
                {FOCUS_LABELS[f]}
              </option>
            ))}
          </select>
          <p class="help">What the interviewer weighs most; the scorecard weighs the dimensions the same way.</p>
        </div>
        <DefaultQuestionSetting value={settings.question} onChange={(question) => void update({ question })} />
      </section>

      <section aria-labelledby="live">
        <h2 id="live">Live highlights</h2>
        <fieldset class="row">
          <legend>Underline these while I type</legend>
          <div class="grid">
            {DIMENSIONS.map((d) => (
              <label key={d} class="check">
                <input
                  type="checkbox"
                  name="live-dimension"
                  value={d}
                  checked={settings.liveDimensions.includes(d)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    void update({
                      liveDimensions: DIMENSIONS.filter((x) => (x === d ? on : settings.liveDimensions.includes(x))),
                    });
                  }}
                />
                {DIMENSION_LABELS[d]}
              </label>
            ))}
          </div>
          <p class="help">Every dimension still shows in the scorecard.</p>
        </fieldset>
        <div class="row">
          <h3>Sites where live checking is off</h3>
          {settings.disabledSites.length === 0 ? (
            <p class="help" data-testid="no-disabled-sites">
              Live checking runs on every site. Turn it off for a site with the switch in the STAR Coach popup.
            </p>
          ) : (
            <ul class="sites">
              {settings.disabledSites.map((site) => (
                <li key={site}>
                  <span>{site}</span>
                  <button
                    type="button"
                    class="btn"
                    aria-label={`Turn live checking back on for ${site}`}
                    onClick={() => void update({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p class="help">“Check STAR answer” on a selection works everywhere, including these sites.</p>
        </div>
        <div class="row" data-testid="muted-kinds">
          <h3>Findings no longer flagged on a site</h3>
          {Object.keys(settings.mutedKinds).length === 0 ? (
            <p class="help" data-testid="no-muted-kinds">
              Every kind of finding is flagged everywhere. Turn one off for a site with “Stop flagging this kind here” on
              its card (Alt+Shift+K).
            </p>
          ) : (
            <ul class="sites">
              {Object.entries(settings.mutedKinds).flatMap(([site, kinds]) =>
                kinds.map((kind) => (
                  <li key={`${site} ${kind}`} data-site={site} data-kind={kind}>
                    <span>
                      <code>{kind}</code> on {site}
                    </span>
                    <button
                      type="button"
                      class="btn"
                      aria-label={`Flag again: ${kind} on ${site}`}
                      onClick={() => void sendToWorker('setKindMuted', { site, kind, muted: false })}
                    >
                      Flag again
                    </button>
                  </li>
                )),
              )}
            </ul>
          )}
        </div>
      </section>

      <section aria-labelledby="keys">
        <h2 id="keys">Keyboard shortcuts</h2>
        <ul class="shortcuts">
          {shortcuts
            .filter((c) => c.description)
            .map((c) => (
              <li key={c.name}>
                <span>{c.description}</span>
                <kbd>{c.shortcut || 'not set'}</kbd>
              </li>
            ))}
        </ul>
        <button type="button" class="btn" onClick={openShortcuts}>
          Change shortcuts (chrome://extensions/shortcuts)
        </button>
        <p class="help">
          <a href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noopener">
            Welcome page: what the underlines mean, every shortcut, and a sample answer to try
          </a>
        </p>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p class="help">
          Everything runs on this computer; STAR Coach makes no network requests. Settings are kept in the browser’s synced
          storage; your writing is never stored, except drafts on the practice page, which stay on this computer.
        </p>
        <EraseData erase={eraseUserData} />
      </section>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
