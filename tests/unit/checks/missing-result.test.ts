import { describe, expect, it } from 'vitest';
import { PARTS, answer, applied, fill, findingsOf } from './helpers';
import { analyze } from '../../../lib/analyze';

const result = (text: string) => findingsOf('missing-result', text);
const noResult = answer(['metric', 'business', 'spread']);

describe('missing-result', () => {
  it('flags an answer that stops after the actions, without a span', () => {
    const [f] = result(noResult);
    expect(f).toBeDefined();
    expect(f!.start).toBeUndefined();
    expect(f!.dimension).toBe('structure');
  });

  it('accepts results with or without numbers, and outcome-first openings', () => {
    expect(result(answer())).toEqual([]);
    expect(result(noResult.replace(PARTS.reflection, 'As a result, the partner stopped escalating. ' + PARTS.reflection))).toEqual([]);
    expect(result('I cut refund failures from 3% to zero. I traced them to an expired token and rotated it.')).toEqual([]);
  });

  it('inserts the result after the last action, before the lesson, and passes once filled', () => {
    const after = applied(noResult, result(noResult)[0]!);
    expect(after).toBe(noResult.replace(' ' + PARTS.reflection, ' As a result, [webhook drop rate] went from [X] to [Y]. ' + PARTS.reflection));
    expect(result(fill(after, ['the drop rate', '0.3%', 'zero']))).toEqual([]);
  });
});

describe('missing-result: a template is not a result yet', () => {
  it('does not count a sentence still holding placeholders as the result, so applying a template never raises the score', () => {
    const vague = 'Our payments service sent webhooks to partners. I noticed a drop in deliveries last spring. I traced the root cause and deployed a retry fix. The team was happy with the result.';
    const template = vague.replace('The team was happy with the result.', '[Deliveries] went from [X] to [Y], worth [$Z/week]; [team] adopted [the pattern].');
    expect(analyze(template).findings.map((f) => f.id)).toContain('missing-result');
    expect(analyze(template).score).toBeLessThanOrEqual(analyze(vague).score);
    // Filled in, it is the result.
    const filled = vague.replace('The team was happy with the result.', 'Failed deliveries went from 0.3% to zero.');
    expect(analyze(filled).findings.map((f) => f.id)).not.toContain('missing-result');
  });
});

describe('missing-result, how others responded', () => {
  const story = 'I was the custody sergeant on the late turn, and reading the release list I saw that one detainee\'s charge sheet gave a court date on a Sunday. I held his release, checked the court diary for the next free slot and amended the sheet, then read the new bail notice through with him. ';

  it('reads what others did once the speaker had acted as the end of the story', () => {
    expect(result(story + 'He was released with the correct date and attended court on the Monday.')).toEqual([]);
    expect(result(story + 'His solicitor thanked the desk and the court listed him first that morning.')).toEqual([]);
  });

  it('does not take something still going on, or a plan, for a result', () => {
    expect(result(story + 'The court office was looking into why the system allowed a Sunday.')).toHaveLength(1);
    expect(result(story + 'The inspector would raise it with the court office.')).toHaveLength(1);
  });

  it('does not take a figure inside the speaker\'s own deed for the result; a clause telling what followed is one', () => {
    const text = 'On the surgical ward a consultant wanted a frail patient discharged on a Friday with no district nurse visit booked. I asked him for five minutes away from the bedside and set out the two gaps. I suggested she go home on Monday morning with the first district nurse visit booked for 2 pm.';
    expect(result(text)).toHaveLength(1);
    const landed = text.replace('booked for 2 pm.', 'booked for 2 pm, and he agreed to the Monday discharge.');
    expect(result(landed)).toEqual([]);
  });

  it('does not take the speaker\'s own feeling for a result; another\'s state is one', () => {
    const text = 'On the billing desk I noticed customers in one town calling about evening dropouts. Network faults were not my area and nobody had asked me to look. I pulled a month of tickets, plotted them by hour and walked the chart over to network operations myself. I was really proud of myself afterwards.';
    expect(result(text)).toHaveLength(1);
    expect(result(text.replace('I was really proud of myself afterwards.', 'The dropouts stopped that week.'))).toEqual([]);
  });

  it('takes a re-check that came back clean after the fix for the result', () => {
    const text = 'On a Saturday shift at the DIY store I noticed the tinting machine showed forty litres of white base in stock, but the shelf held two tins. I counted every base tin in the aisle and the back store and corrected the stock record myself. The next Saturday I counted them all again against the system and the figures matched exactly.';
    expect(result(text)).toEqual([]);
    expect(result(text.replace(' and the figures matched exactly', ''))).toHaveLength(1);
  });

  it('does not take a closing that only says the story is over for a result', () => {
    const text = 'Um, so I was on the tills at a shoe shop and a lady came in upset because the boots she ordered online were the wrong size. I let her finish and said sorry. Then I checked our stock room and found the right size in black, so I showed her those and rang the other branch about her colour. That was kind of it really.';
    expect(result(text)).toHaveLength(1);
    expect(result(text.replace('That was kind of it really.', 'She took the black pair and left happy.'))).toEqual([]);
  });

  it('fires when the story stops while the speaker is still at work, even after an earlier outcome', () => {
    const text = 'Saturday at the garden centre I saw a customer charged £24 for two bags of compost the shelf card said were two for £12. I checked the next five compost sales on the till roll and went to the aisle myself. The promotion had ended on Thursday, so I took the card down. The next compost sale rang up at the right price. Then I started going back through the till roll for every compost sale since Thursday.';
    expect(result(text)).toHaveLength(1);
    const finished = text.replace('Then I started going back through the till roll for every compost sale since Thursday.', 'Then I went back through the till roll and refunded all nine overcharged customers.');
    expect(result(finished)).toEqual([]);
  });
});

describe('missing-result: work still going on, a deed dated by the change, a check that read the outcome', () => {
  const opening = 'One morning our support queue filled with tickets from clinics saying their booking reminders had stopped. I matched the ticket times against the release log.';

  it('does not count another team still at work as the result', () => {
    expect(result(opening + ' I sent the list of affected clinics to the engineers. The engineering team was working on it.')).toHaveLength(1);
    expect(result(opening + ' I sent the list of affected clinics to the engineers. The engineering team shipped a fix that evening.')).toEqual([]);
  });

  it('does not read a deed dated "after the release" as an outcome, whoever did it', () => {
    expect(result(opening + ' We worked out that the failures started after the release.')).toHaveLength(1);
    expect(result(opening + ' We rolled back the release, and the reminders went from zero to 1,900 that afternoon.')).toEqual([]);
  });

  it('counts what a later check read as the result: "…, and the counts stayed low"', () => {
    const fix = ' I restored the reminder schedule myself.';
    expect(result(opening + fix + ' I monitored missed appointments every day for a month to make sure the fix held, and the counts stayed low.')).toEqual([]);
    expect(result(opening + fix + ' I monitored missed appointments every day for a month to make sure the fix held.')).toHaveLength(1);
    // What the check found about the cause is reported ("saw … that the scheduler ran at nine"), not an outcome.
    expect(result(opening + ' I checked the scheduler and saw that the reminders had been queued, and that the job ran at nine and skipped anyone without a phone number.' + fix)).toHaveLength(1);
  });
});

describe('missing-result: a fix told in the passive is the action, not its result', () => {
  const start = 'As a shift supervisor I noticed that our click-and-collect orders were late every Saturday morning. I pulled four weeks of pickup times and saw the system booked 40 pickups an hour while we could pick 25.';

  it('does not count an unattributed passive deed after the speaker\'s own as others responding', () => {
    expect(result(start + ' The slot capacity was changed to match our picking rate, and extra pickers were scheduled from 7 a.m.')).toHaveLength(1);
  });

  it('does not count what a check found about people as their response', () => {
    expect(result(start + ' I looked at three other stores\' Saturday bookings, and they all had the same problem.')).toHaveLength(1);
  });

  it('still counts what happened to someone as the story\'s end', () => {
    expect(result(start + ' I sent the figures to the online team. Their manager cut the Saturday slots to 25 an hour the next week.')).toEqual([]);
  });
});

describe('missing-result: whose clause leads a sentence the role reader gives the speaker', () => {
  const start = 'On an early shift at the bakery I noticed the proving cabinet read 30°C but the dough was barely rising. Nobody had asked me to check it. I put a probe in a tray of water: 22°C after twenty minutes.';

  it('counts another person\'s deed leading the sentence as the story\'s end', () => {
    expect(result(start + ' I moved the trays to the spare cabinet and called the repair line. The engineer replaced the faulty sensor that afternoon, and I checked the probe again before closing: 30°C.')).toEqual([]);
  });

  it('does not count a fronted reason about someone else as a response', () => {
    expect(result(start + ' Because the baker couldn\'t wait for the repair, I moved the trays to the spare cabinet and called the engineer, and I gave the baker my number in case the spare failed too.')).toHaveLength(1);
  });
});

describe('missing-result: a story that ends on a plan', () => {
  const start = 'In my first year as a teaching assistant, two days before the mock exams, I noticed that the seating plan put the six students with extra time in the main hall. Nobody had asked me to look at the seating plan; it belongs to the exams office. I made a corrected list of the six students with their arrangements, and I printed it out.';

  it('has not landed its result yet, even when the plan says what it is for', () => {
    expect(result(start + " I'm now going to take it to the exams officer on Monday morning before the first paper, so all six get their extra time.")).toHaveLength(1);
    expect(result(start + " I'm going to hand it in on Monday and the six students will be in the right room for the first paper.")).toHaveLength(1);
  });

  it('keeps a result told before the plan', () => {
    expect(result(start + " The exams officer moved all six to the small room the same afternoon. I'm now going to check the plan before every exam.")).toEqual([]);
  });
});
