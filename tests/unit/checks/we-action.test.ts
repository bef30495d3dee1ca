import { describe, expect, it } from 'vitest';
import { answer, applied, findingsOf, spanOf } from './helpers';

const weActions = (text: string) => findingsOf('we-action', text);

describe('we-action', () => {
  it('flags a jointly claimed discovery after the problem, but not "we found that…" stating the problem', () => {
    const text = 'In March I noticed the billing export was dropping invoices. We found the root cause together.';
    expect(findingsOf('we-action', text).map((f) => spanOf(text, f))).toEqual(['We found']);
    const context = 'We found that 3% of orders were missing. I traced it to a timezone bug.';
    expect(findingsOf('we-action', context)).toEqual([]);
  });

  it('flags "we" as the actor of an action, with the exact span', () => {
    const text = 'We figured out the root cause together.';
    const [f] = weActions(text);
    expect(spanOf(text, f)).toBe('We figured out');
    expect(f!.dimension).toBe('ownership');
  });

  it('flags "the team" and "my team" acting after the problem is stated', () => {
    const text = 'I noticed refunds were failing for 2% of orders. My team rolled back the release.';
    expect(weActions(text).map((f) => spanOf(text, f))).toEqual(['My team rolled back']);
  });

  it('leaves "we" describing context in the situation alone', () => {
    const text = 'We ran a nightly job that synced orders to the warehouse. I noticed it was dropping 3% of them. I traced the failure to a timeout.';
    expect(weActions(text)).toEqual([]);
  });

  it('leaves a group\'s clause inside the speaker\'s own alone, and the backstory in the pluperfect', () => {
    const problem = 'In March I noticed the night shift was short of staff for the ventilated patients.';
    expect(weActions(`${problem} I pulled the acuity scores we record every shift for eight weeks.`)).toEqual([]);
    expect(weActions(`${problem} I copied the list into the spreadsheet so we could find alternatives.`)).toEqual([]);
    expect(weActions(`${problem} By then we had inherited two rotas from the merger.`)).toEqual([]);
    // Joined by "and", the group's clause is a claim of its own.
    const joined = `${problem} I pulled the acuity scores and we rewrote the rota together.`;
    expect(weActions(joined).map((f) => spanOf(joined, f))).toEqual(['we rewrote']);
  });

  it('leaves first-person singular actions and another team acting alone', () => {
    expect(weActions('I pulled the webhook delivery logs and traced the failure to a timeout.')).toEqual([]);
    expect(weActions(answer())).toEqual([]);
  });

  it('rewrites into the first person with agreement fixed and "together" dropped', () => {
    const text = 'I noticed the drop rate. We were able to fix our retry logic together.';
    const [f] = weActions(text);
    expect(spanOf(text, f)).toBe('We were able to fix');
    const after = applied(text, f!);
    expect(after).toBe('I noticed the drop rate. I was able to fix my retry logic.');
    expect(weActions(after)).toEqual([]);
  });

  it('keeps "our" for things that are not the speaker\'s own work', () => {
    const text = 'I spotted the spike in errors. We rolled back our checkout service and patched our fix.';
    const [f] = weActions(text);
    expect(applied(text, f!)).toBe('I spotted the spike in errors. I rolled back our checkout service and patched my fix.');
  });
});

describe('we-action, joint verbs', () => {
  it('leaves verbs that are joint by nature alone ("we agreed")', () => {
    const text = 'I noticed renewals failing. I walked the contractor through my change, and we agreed I would ship it behind a flag.';
    expect(weActions(text)).toEqual([]);
  });
});

describe('we-action, other group forms', () => {
  const opening = 'I noticed refunds failing in billing. ';
  it.each([
    ['Together, we fixed the token.', 'we fixed', 'I fixed the token.'],
    ["We've since rolled it out everywhere.", "We've since rolled", "I've since rolled it out everywhere."],
    ['The team and I wrote a runbook.', 'The team and I wrote', 'I wrote a runbook.'],
  ])('flags and rewrites: %s', (sentence, span, rewrite) => {
    const text = opening + sentence;
    const [f] = weActions(text);
    expect(spanOf(text, f)).toBe(span);
    expect(applied(text, f!)).toBe(opening + rewrite);
  });
});

describe('we-action: background "we" before the speaker acts', () => {
  it('does not flag "we" or "my team" describing the setup after the problem is named', () => {
    const ops = 'Our depot was missing 5% of deliveries; dispatch belonged to another team and nobody had a ticket. We used a fleet of leased vans for the rural routes. I pulled the route logs and traced the misses to a stale geocode table.';
    expect(findingsOf('we-action', ops)).toEqual([]);
    const hr = 'Offer letters were going out late and nobody owned the process. My team only recruited for the warehouse sites. I mapped every step of the approval chain and found a manual sign-off nobody checked.';
    expect(findingsOf('we-action', hr)).toEqual([]);
  });

  it('still flags group work after the problem, and any group deed once the speaker has acted', () => {
    const text = 'Our depot was missing 5% of deliveries. We traced the misses to a stale geocode table.';
    expect(findingsOf('we-action', text).map((f) => spanOf(text, f))).toEqual(['We traced']);
    const later = 'Our depot was missing 5% of deliveries. I pulled the route logs. Then we used the new table for every route.';
    expect(findingsOf('we-action', later).map((f) => spanOf(later, f))).toEqual(['we used']);
  });

  it('leaves a "we" that tells how things normally work, or a lesson, alone', () => {
    const habit = 'One month I noticed a care-home resident\'s warfarin strength did not match her chart. I pulled her last three charts from the system. Every month the homes send their medicine charts, we make up the packs, and a technician checks them. I re-made her pack myself the same morning and rang the home.';
    expect(weActions(habit)).toEqual([]);
    expect(weActions(habit.replace('I re-made her pack myself', 'We re-made her pack')).length).toBeGreaterThan(0);
    const lesson = 'One month I noticed a care-home resident\'s warfarin strength did not match her chart. I pulled her last three charts, re-made her pack myself the same morning and rang the home. Quality is everyone\'s responsibility and we should never stop asking why.';
    expect(weActions(lesson)).toEqual([]);
  });

});

describe('we-action: a group\'s deeds after the problem are the story\'s, wherever the sections put them', () => {
  it('flags "we" deeds that follow the problem in an answer the sections read as all situation', () => {
    const text = "The goal was to hand over a 40-home housing phase by the end of March. In January our brick supplier told us they couldn't deliver the last 120,000 bricks for eight weeks. We sourced an alternative brick from a second manufacturer, we got the council's approval for the change in ten days, and we re-sequenced the roofing so no trade stood idle. We handed over all 40 homes four days early. On every project since, I ask for a second supplier for anything on the critical path.";
    const [f] = findingsOf('we-action', text);
    expect(spanOf(text, f)).toBe('We sourced');
  });
});

