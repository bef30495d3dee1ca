import { describe, expect, it } from 'vitest';
import { FairScheduler, SUPERSEDED } from '../../../entrypoints/background/scheduler';

/** An analysis the test finishes by hand, so the queue's order can be read step by step. */
function fakeAnalyses() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const job = (name: string) => () => {
    started.push(name);
    return new Promise<string>((ok) => finish.set(name, () => ok(name)));
  };
  const settle = () => new Promise((ok) => setTimeout(ok, 0));
  const done = async (name: string) => {
    finish.get(name)!();
    await settle();
    await settle();
  };
  return { started, job, done, settle };
}

describe('FairScheduler', () => {
  it('runs one analysis at a time and gives each its result', async () => {
    const s = new FairScheduler(() => Promise.resolve());
    const results = await Promise.all([s.submit(1, 'a', () => 'one'), s.submit(2, 'a', () => 'two')]);
    expect(results).toEqual(['one', 'two']);
  });

  it('keeps only the latest draft of a field: the one it replaced resolves as superseded', async () => {
    const s = new FairScheduler(() => Promise.resolve());
    const f = fakeAnalyses();
    const first = s.submit(1, 'field', f.job('v1'));
    await f.settle();
    const second = s.submit(1, 'field', f.job('v2'));
    const third = s.submit(1, 'field', f.job('v3'));
    expect(await second).toBe(SUPERSEDED);
    await f.done('v1');
    await f.done('v3');
    expect(await first).toBe('v1');
    expect(await third).toBe('v3');
    expect(f.started).toEqual(['v1', 'v3']); // v2 never ran
  });

  it('takes tabs in turn: a tab sending many fields delays another tab by at most the analysis running', async () => {
    const s = new FairScheduler(() => Promise.resolve());
    const f = fakeAnalyses();
    const hostile = ['h1', 'h2', 'h3', 'h4'].map((name) => s.submit(1, name, f.job(name)));
    await f.settle();
    expect(f.started).toEqual(['h1']);
    const victim = s.submit(2, 'answer', f.job('victim'));
    await f.done('h1');
    // The victim goes next, before any other of the hostile tab's queued fields.
    expect(f.started).toEqual(['h1', 'victim']);
    await f.done('victim');
    expect(await victim).toBe('victim');
    for (const name of ['h2', 'h3', 'h4']) await f.done(name);
    expect(await Promise.all(hostile)).toEqual(['h1', 'h2', 'h3', 'h4']);
  });

  it('rotates among three tabs, one request each per turn', async () => {
    const s = new FairScheduler(() => Promise.resolve());
    const f = fakeAnalyses();
    s.submit(1, 'a', f.job('1a'));
    await f.settle();
    s.submit(1, 'b', f.job('1b'));
    s.submit(2, 'a', f.job('2a'));
    s.submit(2, 'b', f.job('2b'));
    s.submit(3, 'a', f.job('3a'));
    // 1a was running when the rest arrived: tab 1 waits its turn behind tab 2, then tabs alternate.
    for (const name of ['1a', '2a', '1b', '3a', '2b']) await f.done(name);
    expect(f.started).toEqual(['1a', '2a', '1b', '3a', '2b']);
  });

  it('waits out a request still on its way when an analysis ends (a message takes several turns to arrive)', async () => {
    const turn = () => new Promise<void>((ok) => setTimeout(ok, 0));
    const s = new FairScheduler(turn);
    const started: string[] = [];
    let finishH1!: () => void;
    s.submit(1, 'h1', () => {
      started.push('h1');
      return new Promise<void>((ok) => (finishH1 = ok));
    });
    s.submit(1, 'h2', () => void started.push('h2'));
    await turn();
    await turn();
    expect(started).toEqual(['h1']);
    finishH1();
    // Another tab's message lands two turns after the analysis ended: it still goes before h2.
    await turn();
    await turn();
    const victim = s.submit(2, 'answer', () => void started.push('victim'));
    await victim;
    expect(started).toEqual(['h1', 'victim']);
  });

  it('passes a failed analysis on to its caller and goes on with the next', async () => {
    const s = new FairScheduler(() => Promise.resolve());
    const failed = s.submit(1, 'a', () => {
      throw new Error('boom');
    });
    const next = s.submit(2, 'a', () => 'fine');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('fine');
    expect(s.queued).toBe(0);
  });
});
