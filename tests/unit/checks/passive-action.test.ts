import { describe, expect, it } from 'vitest';
import { answer, applied, findingsOf, spanOf } from './helpers';

const passives = (text: string) => findingsOf('passive-action', text);
const opening = 'I noticed 4% of refunds were failing in the billing service. ';

describe('passive-action', () => {
  it('flags actions whose actor is hidden, one span per clause', () => {
    const text = opening + 'The logs were analyzed and a fix was deployed.';
    expect(passives(text).map((f) => spanOf(text, f))).toEqual(['The logs were analyzed', 'a fix was deployed']);
    expect(passives(text)[0]!.dimension).toBe('ownership');
  });

  it('rewrites passive into active with "I"', () => {
    const text = opening + 'The logs were analyzed and a fix was deployed.';
    let after = text;
    for (const f of [...passives(text)].reverse()) after = applied(after, f);
    expect(after).toBe(opening + 'I analyzed the logs and I deployed a fix.');
    expect(passives(after)).toEqual([]);
  });

  it('rewrites irregular participles and pronoun subjects', () => {
    const text = opening + 'A migration script was written overnight. It was rolled back the next day.';
    const fs = passives(text);
    expect(fs.map((f) => spanOf(text, f))).toEqual(['A migration script was written', 'It was rolled back']);
    expect(fs.map((f) => f.suggestion?.text)).toEqual(['I wrote a migration script', 'I rolled it back']);
  });

  it('leaves "I was tasked with", "I was surprised", named agents and the situation alone', () => {
    expect(passives(opening + 'I was tasked with the migration. I was surprised by the error count.')).toEqual([]);
    expect(passives(opening + 'I traced it, and the fix was reviewed by their tech lead.')).toEqual([]);
    expect(passives('Orders were dropped silently by the sync job. I traced the failure to a timeout.')).toEqual([]);
    expect(passives(answer())).toEqual([]);
  });
});

describe('passive-action after a finding verb', () => {
  it('leaves a passive that reports what the speaker found alone', () => {
    const text = 'I noticed analytics events were doubled at checkout. I dug in and realized the SDK was initialised in two places.';
    expect(passives(text)).toEqual([]);
  });

  it('flags "it was fixed" even when read as an adjective, and rewrites it', () => {
    const text = opening + 'I traced it to a stale token, and it was fixed the same day.';
    const [f] = passives(text);
    expect(spanOf(text, f)).toBe('it was fixed');
    expect(applied(text, f!)).toBe(opening + 'I traced it to a stale token, and I fixed it the same day.');
  });
});

describe('passive-action with a placeholder "it"', () => {
  it('drops the dummy subject in the rewrite', () => {
    const text = opening + 'I checked the logs. It was decided that the cron should be moved.';
    const [f] = passives(text);
    expect(spanOf(text, f)).toBe('It was decided');
    expect(applied(text, f!)).toBe(opening + 'I checked the logs. I decided that the cron should be moved.');
  });
});

describe('passive-action with adverbs and feelings', () => {
  it('flags a passive with an adverb between auxiliary and verb, keeping the adverb in the rewrite', () => {
    const text = opening + 'I pulled the logs. A patch was quickly rolled back.';
    const [f] = passives(text);
    expect(spanOf(text, f)).toBe('A patch was quickly rolled back');
    expect(f!.suggestion?.text).toBe('I quickly rolled back a patch');
  });

  it('leaves feelings alone ("the team was relieved")', () => {
    expect(passives(opening + 'I pulled the logs. The team was relieved.')).toEqual([]);
  });
});

describe('passive-action with same-form participles', () => {
  it('flags "was set up" and "was put in place"', () => {
    const text = opening + 'I reviewed the call lists. A new rota was set up. A new process was put in place.';
    expect(passives(text).map((f) => f.suggestion?.text)).toEqual(['I set up a new rota', 'I put a new process']);
  });
});

describe('passive-action, idioms after the verb', () => {
  it('keeps "in place" after the object when applied', () => {
    const text = opening + 'I reviewed the call lists. A new process was put in place.';
    const [f] = passives(text);
    expect(applied(text, f!)).toBe(opening + 'I reviewed the call lists. I put a new process in place.');
  });
});

describe('passive-action: only hidden actors of the story\'s work', () => {
  it('does not flag passives that describe the problem or its context, across domains', () => {
    const finance = 'I noticed our FX report overstated totals; the report belonged to Treasury and nobody had a ticket. I traced the error to the export. Every conversion was rounded to whole euros. Accounts were grouped by region.';
    expect(passives(finance)).toEqual([]);
    const retail = 'I spotted that the returns queue at our store was growing; it was not my team and nobody had asked. I pulled the returns log. Refunds were being delayed for a week. Items had been tagged with the wrong SKU.';
    expect(passives(retail)).toEqual([]);
  });

  it('flags a hidden actor of the investigation, the fix or the rollout, including a phrasal passive', () => {
    const support = 'I noticed chat tickets were reopening at twice the normal rate. The issue was looked into and a macro was rewritten.';
    expect(passives(support).map((f) => spanOf(support, f))).toEqual(['The issue was looked into', 'a macro was rewritten']);
    const health = 'I noticed discharge summaries on our ward were missing allergy notes. The template was updated and the change was rolled out to the ward.';
    expect(passives(health).map((f) => spanOf(health, f))).toEqual(['The template was updated', 'the change was rolled out']);
  });

  it('leaves a passive that describes the problem alone once the speaker acts, but not when nobody else does', () => {
    const text = 'I noticed the weekly bookings chart dipped every Monday. I pulled a week of raw bookings and compared them with the chart. Every booking made on Monday morning in Sydney was counted on Sunday. I changed the report to use each office\'s own timezone.';
    expect(passives(text)).toEqual([]);
    const hidden = 'I noticed the weekly bookings chart dipped every Monday. The raw bookings were compared with the chart, and the report was changed to use each office\'s own timezone.';
    expect(passives(hidden).length).toBeGreaterThan(0);
  });

  it('leaves passives of the background and of a belief alone', () => {
    const text = 'I work in a stability lab. Each chamber is mapped once a year and alarms if the humidity drifts. Last spring I noticed samples from chamber six degrading early, so I pulled its humidity logs and replaced the drifting probe. I assumed it was fixed once the readings settled.';
    expect(passives(text)).toEqual([]);
    expect(passives(text.replace('I assumed it was fixed', 'The alarm was fixed')).length).toBeGreaterThan(0);
  });
});

describe('passive-action: a present passive states how things are done', () => {
  it('leaves a rule told in the present alone, but still flags the story\'s past passive', () => {
    const rule = 'A customer came into my branch because her account had been frozen after a fraud alert. I went through her recent transactions with her and saw the alert had been set off by a first payment to a new landlord. Branch staff can release a block once the customer has been verified in person, so I checked her documents and released the block myself.';
    expect(passives(rule + ' Her rent went out that afternoon.')).toEqual([]);
    const hidden = rule.replace('released the block myself', 'the block was removed from her account') + ' I rang her landlord to tell him the payment was coming.';
    expect(spanOf(hidden, passives(hidden)[0])).toMatch(/removed/);
  });
});
