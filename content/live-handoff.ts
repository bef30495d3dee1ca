import type { LiveModule } from './live';

/**
 * How the live-coaching module, loaded on demand into the content script's isolated world, hands
 * itself to the start-up script that imported it. The module file is a script (WXT builds it as
 * one), not an ES module with exports, so it leaves itself under a symbol on the isolated world's
 * global object, which the page cannot see.
 */
const KEY = Symbol.for('star-coach.live-module');

type Holder = { [KEY]?: LiveModule };

export function offerLiveModule(module: LiveModule, global: object = globalThis): void {
  (global as Holder)[KEY] = module;
}

export function takeLiveModule(global: object = globalThis): LiveModule {
  const module = (global as Holder)[KEY];
  if (!module) throw new Error('the live-coaching module did not load');
  return module;
}
