import { isSiteEnabled, type Settings } from '../../lib/settings';
import type { Coach } from './coach';
import { onAbort } from '../startup/teardown';

export interface SettingsSource {
  load(): Promise<Settings>;
  /** Call back with the new settings on every change; returns the unsubscribe function. */
  watch(onChange: (settings: Settings) => void): () => void;
}


/**
 * The site a frame belongs to for the per-site switch: the origin in the address bar (the top
 * frame's), so switching a site off also covers the editors it embeds from other origins.
 */
export function siteOrigin(loc: Pick<Location, 'origin'> & { ancestorOrigins?: { length: number; [i: number]: string } }): string {
  const ancestors = loc.ancestorOrigins;
  const top = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined;
  return top && top !== 'null' ? top : loc.origin;
}

/** What the settings steer in live coaching. */
export type SettingsTarget = Pick<Coach, 'refresh' | 'setEnabled' | 'setLiveDimensions'> & Partial<Pick<Coach, 'setMutedKinds'>>;

const analysisChanged = (a: Settings, b: Settings) => a.level !== b.level || a.focus !== b.focus || a.question !== b.question;

/**
 * Keep live coaching in step with the settings, in this tab, without a reload: the per-site switch
 * (`setEnabled`), the dimensions underlined live, and a new analysis when level, focus or question
 * change (the background reads them for every analysis).
 */
export function applySettings(coach: SettingsTarget, origin: string, next: Settings, previous: Settings | null): void {
  const enabled = isSiteEnabled(next, origin);
  const wasEnabled = previous ? isSiteEnabled(previous, origin) : true;
  coach.setLiveDimensions(next.liveDimensions);
  coach.setMutedKinds?.(next.mutedKinds);
  if (enabled !== wasEnabled) coach.setEnabled(enabled);
  else if (enabled && previous && analysisChanged(previous, next)) coach.refresh();
}

export interface SettingsSync {
  /**
   * Load the settings and follow their changes from now on (the first call; later calls wait for
   * the same load). Never rejects: when storage fails, live coaching goes on with what it has.
   */
  ensure(): Promise<void>;
  /** What the popup asks about this page: its site, and whether live checking is on there. */
  pageInfo(): Promise<{ origin: string; liveEnabled: boolean }>;
}

/**
 * Keep this page in step with the settings. Storage is touched on first need (`ensure`: the coach
 * asks before its first analysis, the popup when it asks about the page), not on page load.
 */
export function startSettingsSync(
  coach: SettingsTarget,
  origin: string,
  source: SettingsSource,
  signal: AbortSignal,
  options: { log?: (message: string, error: unknown) => void } = {},
): SettingsSync {
  let current: Settings | null = null;
  let loading: Promise<void> | null = null;
  const ensure = (): Promise<void> =>
    (loading ??= (async () => {
      if (signal.aborted) return;
      const stop = source.watch((next) => {
        if (signal.aborted) return;
        applySettings(coach, origin, next, current);
        current = next;
      });
      onAbort(signal, stop);
      const initial = await source.load();
      if (signal.aborted || current) return;
      applySettings(coach, origin, initial, null);
      current = initial;
    })().catch((error: unknown) => options.log?.('could not load the settings', error)));
  return {
    ensure,
    async pageInfo() {
      await ensure();
      return { origin, liveEnabled: current ? isSiteEnabled(current, origin) : true };
    },
  };
}
