import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../../lib/document';
import { sectionLabel } from '../../../lib/sections';
import { DEFAULT_OPTIONS } from '../../../lib/types';

const sections = (text: string) => buildDoc(text, DEFAULT_OPTIONS).sentences.map((s) => s.section);
const problem = (text: string) => buildDoc(text, DEFAULT_OPTIONS).problemIndex;

describe('STAR sections', () => {
  it('keeps "we" describing context in the situation and finds the problem', () => {
    const text = 'We ran a nightly job that synced orders. Last May I noticed 2% of orders were missing. I pulled the logs and traced it to a timezone bug. Missing orders went from 2% to zero. Looking back, I would add an owner to the sync.';
    expect(sections(text)).toEqual(['situation', 'situation', 'action', 'result', 'reflection']);
    expect(problem(text)).toBe(1);
  });

  it('reads an outcome-first opening as a result and still finds the actions', () => {
    expect(sections('I cut refund failures from 3% to zero in two weeks. I traced them to an expired token and rotated it.')).toEqual(['result', 'action']);
  });

  it('keeps the rest of an outcome-first opening in the result, and reads "zero X rate" as an outcome, not a problem', () => {
    expect(sections('I cut refund failures from 3% to zero, worth $4K a month. The billing team adopted my check. I traced them to an expired token.')).toEqual(['result', 'result', 'action']);
    expect(sections('$8K recovered weekly, zero drop rate. Then I traced the cause.')).toEqual(['result', 'action']);
    expect(sections('Our drop rate was 0.3% and nobody had noticed. I traced the cause.')).toEqual(['situation', 'action']);
  });

  it('reads resume-style bullets without a subject as actions', () => {
    expect(sections('- Noticed 5% of invoices were unpaid\n- Pulled the aging report\n- Fixed the reminder job')).toEqual(['situation', 'action', 'action']);
  });

  it('counts "we" working on the problem as an action, and a hidden-actor passive after the problem', () => {
    expect(sections('We figured out the root cause together.')).toEqual(['action']);
    expect(sections('I noticed refunds failing. The logs were analyzed.')).toEqual(['situation', 'action']);
  });

  it('reads "I realized that…" as discovery before the actions and as a lesson after them', () => {
    expect(sections('I realized that failed deliveries had doubled. I traced it to a toll setting. I realized that depots need an exception report.')).toEqual([
      'situation',
      'action',
      'reflection',
    ]);
  });

  it('follows the writer\'s own STAR labels', () => {
    const text = 'Situation: We shipped a release and I noticed errors.\nTask: I decided to find out why.\nAction:\n- We patched the job\nResult: Errors went from 4% to zero.\nLesson: I would add an alert.';
    expect(sections(text)).toEqual(['situation', 'task', 'action', 'action', 'result', 'reflection']);
    expect(sectionLabel('**Actions** – what I did')).toBe('action');
    expect(sectionLabel('Results:')).toBe('result');
    expect(sectionLabel('A fix was deployed: it worked')).toBeNull();
    expect(sectionLabel('Situational awareness matters')).toBeNull();
  });
});

describe('STAR sections, openings', () => {
  it('reads an outcome-first opening that names the problem as a result, and the context after it as situation', () => {
    const text = 'I recovered $12K a month in failed renewals by fixing a retry bug. Our billing system was run by a contractor. I exported a month of failed charges and found soft declines were never retried.';
    expect(sections(text)).toEqual(['result', 'situation', 'action']);
  });

  it('reads a numeric change with a problem and no action of the speaker as the problem', () => {
    expect(sections('Refund errors rose from 1% to 5% in May. I traced them to an expired token.')).toEqual(['situation', 'action']);
  });

  it('does not read a hyphenated noun ("drop-off") as a change', () => {
    expect(sections('In March I noticed 7% of users never signed up. I pulled a week of events and traced the drop-off to links expiring after 24 hours.')).toEqual([
      'situation',
      'action',
    ]);
  });
});

describe('STAR sections, single-letter labels', () => {
  it('reads S:/T:/A:/R:/L: labels', () => {
    const text = 'S: The clinic double-booked 6% of follow-ups.\nT: Nobody owned it, so I took it on.\nA: I traced it to a timezone setting.\nR: Double-bookings went from 6% to 0.5%.\nL: I would add a weekly exception report.';
    expect(sections(text)).toEqual(['situation', 'task', 'action', 'result', 'reflection']);
  });
});

describe('STAR sections, org history', () => {
  it('keeps org history with small counts in the situation, not an outcome-first result', () => {
    const text = 'Over the next two years we went through two more reorganisations and the team changed managers three times. Then the refund failure rate jumped to 5%. I traced it to the retry logic.';
    expect(sections(text)).toEqual(['situation', 'situation', 'action']);
  });
});

describe('STAR sections: background after the problem, lessons under labels', () => {
  it('keeps a group describing the setup in the situation until the speaker acts', () => {
    const retail = 'Our stores were losing 4% of click-and-collect orders. My team only staffed the weekend shifts. I pulled the pick logs and traced the losses to a stale stock feed.';
    expect(sections(retail)).toEqual(['situation', 'situation', 'action']);
    const support = 'Refund tickets were reopening at twice the normal rate. We traced the reopenings to a macro that closed them early.';
    expect(sections(support)).toEqual(['situation', 'action']);
  });

  it('reads a lesson written under a Result label as reflection, but not a measured result', () => {
    const text = 'Situation: Lab orders were routed to the wrong analyser.\nAction: I traced the routing rule and rewrote it.\nResult: Misrouted orders went from 30 a week to zero. Going forward, I would add a routing test to the release checklist.';
    expect(sections(text).slice(-2)).toEqual(['result', 'reflection']);
  });
});

describe('where the story starts: a problem told at a moment of the story', () => {
  it('starts at a problem anchored in time, before the first deed', () => {
    const text = 'I was a team leader in a gas supplier\'s contact centre, and our abandon rate usually sat around 6%. One Monday it hit 19% by lunchtime, and nobody could say why. I listened to twenty abandoned calls from the morning. Option 4 was dropping callers into the Saturday-only queue, so I moved it back to the main queue myself. By three o\'clock the rate was back to 6%.';
    expect(problem(text)).toBe(1);
  });

  it('does not start at a standing description the role reader takes for the problem', () => {
    const text = 'I was a team leader in a gas supplier\'s contact centre. Each wave of the migration took about three months from extract to the live weekend. Just before the sixth wave I noticed bonds were mapped to roll into the wrong account. I checked the mapping file against forty signed forms.';
    expect(problem(text)).toBe(2);
  });
});
