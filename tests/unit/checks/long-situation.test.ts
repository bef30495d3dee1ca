import { describe, expect, it } from 'vitest';
import { answer, applied, findingsOf, spanOf } from './helpers';

const long = (text: string) => findingsOf('long-situation', text);
const context = [
  'I joined the clinic operations group three years ago after working in hospital administration for a while.',
  'Our group looks after scheduling for eleven outpatient clinics across the region, from intake to follow-up visits.',
  'Each clinic had its own way of booking patients, and the managers met monthly to compare notes, share tips and agree on the next quarter staffing plan.',
  'Over time we moved most of the booking work onto a shared calendar that everyone could see from their desks.',
].join(' ');
const story = ' One Monday I noticed that 6% of follow-up appointments were being double-booked. I traced it to a timezone setting and corrected it.';

describe('long-situation', () => {
  it('flags the sentences before a late problem, with their span', () => {
    const text = context + story;
    const [f] = long(text);
    expect(spanOf(text, f)).toBe(context);
    expect(f!.dimension).toBe('structure');
    expect(f!.message).toMatch(/seconds/);
  });

  it('leaves a short situation alone, including an outcome-first opening', () => {
    expect(long(answer())).toEqual([]);
    expect(long('I recovered $8K a week by fixing a webhook drop nobody owned.' + story)).toEqual([]);
  });

  it('starts the story at the first deed when the only problem word comes later in it', () => {
    // A disagreement has no defect word; "stuck to" in a later deed is not where the story starts.
    const text = [
      'Our bed manager wanted the ward to discharge hip patients before ten, and I pushed back on doing it for everyone.',
      'I went through our readmission log for the previous three months and showed her the list.',
      'Of the hip patients readmitted within a week, most had left before ten, and four of them came back after falls at home.',
      'I asked her for twenty minutes, walked her through the list and said I understood the pressure from the emergency department.',
      'I proposed a split: patients who had cleared physio the day before went first, the rest after their session.',
      'She agreed to try it for a month, and I ran the morning list myself and stuck to the early slots she needed, even on days when it was tight.',
      'Seven-day readmissions went from four to one, and early discharges held at about the same number.',
    ].join(' ');
    expect(long(text)).toEqual([]);
    // The same deed after a long preamble is still late.
    const ward = [
      'I have worked on the same orthopaedic ward for about seven years, first as a healthcare assistant while I did my degree and then as a staff nurse.',
      'It is a busy ward with thirty beds, mostly hip and knee replacements and trauma from the emergency department, and the team is close.',
      'Most of our patients are over seventy, many live alone, and the physiotherapists see each of them every morning before they can go home.',
    ].join(' ');
    expect(long(ward + ' ' + text)).toHaveLength(1);
  });

  it('keeps only the first sentence of context when applied', () => {
    const text = context + story;
    const after = applied(text, long(text)[0]!);
    expect(after).toBe('I joined the clinic operations group three years ago after working in hospital administration for a while.' + story);
    expect(long(after)).toEqual([]);
  });
});

describe('long-situation, an opening that states the problem or the outcome', () => {
  const background = [
    'The sample of 25 invoices had been drawn entirely from the first nine months, because the December data arrived late and the team had been told to keep moving.',
    'The engagement partner was under pressure to finish before the board meeting, and the junior who drew the sample had followed the firm\'s guidance exactly as it was written at the time.',
    'Our methodology set a sample size for revenue but said nothing about which months the sample had to cover.',
  ].join(' ');
  const rest = ' I drew an extra 15 items from December myself and traced each one to its delivery note. The misstatement went from £212k to nil before the accounts were published.';

  it('starts the story at a first sentence that tells the problem as an event, however much context follows', () => {
    const text = 'On a client\'s year-end audit I refused to sign off the revenue testing even though it met our minimum sample. ' + background + rest;
    expect(long(text)).toEqual([]);
  });

  it('starts the story at an outcome-first opening even when the rules find the problem after a long context', () => {
    const text = [
      'I raised completion of our mobile claim form from 58% to 83%, which added about 1,900 completed claims a month.',
      'I was a senior engineer on the policy self-service app, and the claims intake form was a web view owned by the claims digital team, who looked after it alongside four other forms and a document upload service.',
      'The app itself had about 400,000 active users, most of them on Android phones, and the web views had been added two years earlier when the claims team moved off the old portal.',
      'I noticed the problem when a support ticket mentioned a form that ate photos.',
      'I pulled the funnel analytics and saw abandonment spike at the photo step, only on Android.',
    ].join(' ');
    expect(long(text)).toEqual([]);
  });

  it('still flags a first sentence that only describes how things stand', () => {
    const text = 'Our plant makes injection-moulded housings for medical inhalers on 24 presses. ' + background + rest;
    expect(long(text)).toHaveLength(1);
  });
});

describe('long-situation, the standing background of a story told in the past', () => {
  const story = ' One Thursday I noticed that 400 labels had printed with the previous week\'s postcodes. I traced it to a stale lookup table, reloaded it and reprinted the labels. Rejected parcels went from 400 to none that night.';

  it('does not start the story at a description in the present, however busy it sounds', () => {
    const tour = [
      'Our distribution centre ships about 30,000 parcels a night to three carriers from four packing lines.',
      'Each carrier collects from its own dock, and the warehouse system prints a label for every parcel as soon as it is packed and weighed.',
      'The night team checks each label against the manifest, fixes any mismatch and reprints it before the trailer is sealed.',
      'A supervisor signs off every trailer before it leaves, and the carriers scan each parcel again at their hubs.',
    ].join(' ');
    const text = tour + story;
    expect(spanOf(text, long(text)[0])).toBe(tour);
  });

  it('does not start the story at a habit, even one told in the past', () => {
    const habit = [
      'I was a shift lead at a distribution centre in the Midlands that shipped about 30,000 parcels a night to three national carriers from four packing lines, with a night team of about forty pickers and packers, most of them agency staff on weekly contracts through two agencies.',
      'Every Friday the carriers complained about parcels their hubs had rejected for missing or wrong postcodes, and the shift leads went through the list together on Monday morning.',
    ].join(' ');
    const text = habit + story;
    expect(spanOf(text, long(text)[0])).toBe(habit);
  });
});
