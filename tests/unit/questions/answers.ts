import type { ProfileId } from '../../../lib/questions/ids';
import type { Dimension } from '../../../lib/types';
import { answer } from '../checks/helpers';

/**
 * For every question profile, an answer it must judge strong on every dimension it applies, and a
 * weak one with the dimensions it must find wanting. Written the way people write, across trades.
 */
export interface FamilyCase {
  strong: string;
  weak: string;
  weakOn: Dimension[];
  /** Family findings the weak answer must raise. */
  raises?: string[];
}

export const FAMILY_CASES: Record<ProfileId, FamilyCase> = {
  'caught-issue': {
    // The seed's strong answer, part by part (tests/unit/checks/helpers.ts).
    strong: answer(),
    weak: 'My manager asked me to look at some webhook errors. We dug into it together and fixed the retry logic. Everyone was happy. I learned that attention to detail matters.',
    weakOn: ['ownership', 'scope', 'quantification', 'validation', 'reflection'],
  },
  generic: {
    strong:
      'Our warehouse kept shipping the wrong pallet sizes to one retailer. I compared a month of pick lists with the retailer’s order file and found that their new unit codes were being read as single cases. I rewrote the mapping table, then re-ran the last 200 orders through it and every one matched. Mis-shipments went from 14 a week to zero within a month, saving about £3,000 a month in returns. The other two depots adopted the same mapping check. Since then I add a unit-code check to the onboarding template for every new retailer.',
    weak: 'There was an issue with shipping. The team looked into it and things got better after a while. It taught me to be more proactive.',
    weakOn: ['ownership', 'quantification', 'validation', 'reflection'],
  },
  'customer-obsession': {
    strong:
      'A small bakery that ordered from us needed its flour delivered before 6 a.m., because their ovens start at 5, and our routes kept reaching them at 9. I rode one route with the driver, mapped the stops and moved the bakery to the first drop of a route that passed them at 5:30. I called the owner after the first week to check the deliveries had arrived on time, and all six had. Their late deliveries went from four a week to none, and they renewed their contract for two years. Since then I ask every new account what time their day starts before I plan their route.',
    weak: 'We had a customer who was unhappy. I worked hard to fix things and the customer was happy in the end. I learned the customer always comes first.',
    weakOn: ['quantification', 'reflection', 'structure'],
    raises: ['missing-customer-need', 'missing-customer-outcome'],
  },
  ownership: {
    strong:
      'On my night shift I noticed that the fridge on the neighbouring ward had been logging 9 degrees for two nights. It was not my ward, and nobody had asked me to check it. I moved their insulin to our fridge, checked every vial against the pharmacy list, and called estates myself to replace the thermostat. I re-checked the temperature log every hour, and the fridge went from 9 degrees to 4 by morning. No insulin was wasted, about £2,000 of stock, and the ward manager added my hourly check to their night routine. Looking back, the gap was that no one owned fridge alarms on nights, so I proposed a named owner for them on every shift.',
    weak: 'My charge nurse asked me to look at a fridge. We moved the medicines and the fridge got fixed. It went well and I learned to always go the extra mile.',
    weakOn: ['ownership', 'scope', 'quantification', 'validation', 'reflection'],
  },
  'invent-and-simplify': {
    strong:
      'Our month-end close took six days because every branch sent its figures in a different spreadsheet. I designed one shared template with locked formulas and a single upload form, and piloted it with two branches for one month. I reconciled the pilot totals against the ledger and they matched to the penny. The close went from six days to three, and the finance director rolled the template out to all eleven branches. Looking back, I would put a template owner in place from the start, because two branches had quietly changed their copies.',
    weak: 'We had a complicated process for reports. I came up with an idea to make it simpler and people liked it. It taught me that simple is better.',
    weakOn: ['quantification', 'validation', 'reflection'],
  },
  'are-right-a-lot': {
    strong:
      'Our store had to decide whether to stock a new winter range with only two weeks of sales data. My manager thought we should wait for a full season, which was a fair worry about unsold stock. I compared the two weeks against the last three launches and asked two other branches what they had seen. The numbers showed the range selling at twice our usual rate, so I proposed a half order to limit the risk. I tracked weekly sales after the decision, and full-price sell-through went from 60% for a typical range to 92%. Since then I keep a simple launch tracker so the next call starts from data.',
    weak: 'I had to make a decision without much information. I went with my gut and it turned out fine. I learned to trust my instincts.',
    weakOn: ['quantification', 'validation', 'reflection', 'structure'],
    raises: ['missing-other-view', 'missing-data'],
  },
  'learn-and-be-curious': {
    strong:
      'I kept wondering why our delivery estimates were always wrong on Mondays. I taught myself basic SQL from evening tutorials and started pulling our own delivery history. I found that weekend orders were being dated on Monday, which inflated Monday’s load. I showed my findings to the planning lead and corrected the date rule in our planning sheet. Monday estimates went from 40% late to 8% late within a month. Since then I keep a shared query library for the planning team, with the date rule checked in every new report.',
    weak: 'I am a naturally curious person. I like learning new things and I read a lot. It taught me that learning never stops.',
    weakOn: ['quantification', 'reflection'],
  },
  'hire-and-develop': {
    strong:
      'A new support agent on my team was closing only 10 tickets a day after two months and was thinking of leaving. I sat with her for an hour each morning for two weeks, gave her the hardest billing tickets with a checklist I wrote, and reviewed her replies with her each afternoon. Within six weeks her daily closed tickets went from 10 to 28, the team average, and three months later she was promoted to billing specialist. Since then I give every new hire a written checklist for their hardest ticket type in their first week.',
    weak: 'I like helping people grow. I mentored someone and they did really well. I learned that mentoring is rewarding.',
    weakOn: ['quantification', 'reflection'],
  },
  'highest-standards': {
    strong:
      'Our lab reports were going out with small transcription errors, about three in every hundred, and everyone treated that as normal. I refused to sign off any report until I had checked each result against the analyser printout, and I wrote a one-page double-check procedure. I audited the next 500 reports myself and found one error. The error rate went from 3% to 0.2%, and the other two labs in the trust adopted the same procedure. Looking back, the real fix was a second-person check built into the sign-off step, not my own extra effort.',
    weak: 'I have high standards. I always make sure my work is perfect and I pushed the team to do better. I learned that quality matters.',
    weakOn: ['quantification', 'validation', 'reflection'],
  },
  'think-big': {
    strong:
      'I was asked to fix the enrolment form for one course at our college, but I saw that all 40 courses used the same broken paper process. I proposed replacing it with one online enrolment system for the whole college, and I built a working prototype in two weeks to show the principal. I led the rollout myself that summer. Enrolment processing went from three weeks to two days, and two other colleges in the group adopted the system the next year. Looking back, I would bring the admissions staff in at the start, because their checklist became the core of the system.',
    weak: 'I always try to think big. I had an ambitious idea for the company and shared it with leadership. It was well received.',
    weakOn: ['quantification', 'reflection'],
  },
  'bias-for-action': {
    strong:
      'On a Saturday I noticed that our online shop’s discount code was giving 100% off instead of 10%. Waiting until Monday for the marketing lead would have cost thousands, and switching the code off was easy to undo. I disabled the code, cancelled the 37 free orders, and emailed those customers a genuine 10% code. I re-ran a test order with the code to confirm it was rejected, and I monitored the order feed every hour that afternoon. Free orders stopped at 37 instead of the 500 expected by Monday, which kept our losses to £400. Looking back, the gap was that no discount code had a spending cap, so I now set a maximum-value cap on every new code.',
    weak: 'I am someone who acts fast. When there was a problem I jumped on it straight away and sorted it out. I learned that speed matters.',
    weakOn: ['quantification', 'validation', 'reflection'],
  },
  frugality: {
    strong:
      'Our team needed a second delivery van, but the budget for the year had gone. I mapped every route for a month and found the existing van was idle 40% of the day because of how orders were batched. I rebuilt the schedule into two daily loops and moved collections to the afternoon. Van idle time went from 40% to 10%, the one van covered all deliveries, and the business saved the £28,000 a new van would have cost, plus about £4,000 a year in insurance. Looking back, I would review route data every quarter, not only when we want to spend money.',
    weak: 'I am very careful with money. I found some ways to save costs for the team. I learned to do more with less.',
    weakOn: ['quantification', 'reflection'],
  },
  'earn-trust': {
    strong:
      'A client director believed our audit had missed a fraud, and he felt we had been careless with his team. I understood his worry, because a supplier had been overpaid twice. I went through our sample with him line by line and told him plainly that my sampling had not covered that supplier, which was my mistake. I re-ran the audit on every payment to that supplier and found the full overpayment of £18,000. He kept us on for the next year and asked for me by name. Since then I tell clients the limits of a sample in the first meeting.',
    weak: 'I always try to be honest. A client was not happy with us so I talked to them and things got better. I learned that trust is important.',
    weakOn: ['reflection', 'structure'],
    raises: ['missing-other-view'],
  },
  'dive-deep': {
    strong:
      'Our ward’s falls dashboard showed falls were down, but the nurses kept telling me about patients found on the floor. I pulled every incident form for three months and compared them with the dashboard entries. I found that falls logged on night shift went into a different category and never reached the dashboard. I corrected the category mapping with the data team and re-counted the three months: the real rate was 11 falls a month, not 4. After I added night-time checks on the high-risk bays, falls went from 11 to 5 a month. Looking back, I would audit every dashboard category against the source forms before trusting a trend.',
    weak: 'I am very detail oriented. I looked into some numbers that did not seem right and found the problem. I learned to always check the details.',
    weakOn: ['quantification', 'validation', 'reflection'],
  },
  backbone: {
    strong:
      'Our head chef wanted to switch to a cheaper fish supplier to cut costs, which was fair given our margins. I disagreed, because our temperature records showed their last two deliveries had arrived above 5 degrees. I showed him the delivery logs and the supplier’s inspection report in a meeting. He decided to trial them for a month anyway, and I committed to it fully: I checked every delivery myself and kept a rejection log. Three of twelve deliveries failed the check, and he went back to our old supplier. Since then I bring the records to any supplier decision before I give an opinion.',
    weak: 'I disagreed with my boss about a supplier. I told him he was wrong. In the end we did it my way and it went well. I learned to stand up for myself.',
    weakOn: ['quantification', 'validation', 'reflection', 'structure'],
    raises: ['missing-other-view', 'missing-data'],
  },
  'deliver-results': {
    strong:
      'Our site had to pass a fire safety inspection in four weeks after failing the first one on 23 points. I split the points into a plan by trade, booked the electricians and carpenters myself, and walked the site every evening to check each fix against the inspector’s list. Two suppliers fell through in week two, so I found replacements the same day. I re-checked all 23 points against the inspector’s checklist before the visit. Outstanding points went from 23 to zero, a week early, which avoided a £50,000 penalty and let the tenants move in on time. Looking back, I would run a mock inspection a month before every handover.',
    weak: 'I am very results driven. I had a big project and I made sure we delivered it. Everyone was pleased with the result.',
    weakOn: ['quantification', 'reflection'],
  },
  'best-employer': {
    strong:
      'Our call centre team was losing about one agent a month, and in exit interviews people said they never got a lunch break on busy days. I rebuilt the shift pattern so breaks were staggered and protected, and covered the gaps by training two part-time agents myself. I asked the team in a short survey after two months whether breaks were happening. Leavers went from one a month to one in the next six months, and sick days fell by a third. Since then I review the break log every Friday so the pattern does not slip.',
    weak: 'I care a lot about my team. I tried to make the office a nicer place to work and people appreciated it. I learned that people come first.',
    weakOn: ['quantification', 'reflection'],
  },
  'broad-responsibility': {
    strong:
      'Our factory planned to move its night deliveries to a side road to save time, which ran past a primary school. I mapped the new route and found the lorries would pass the school gate at 8:30, during drop-off. I proposed keeping the main road for the morning window, and I met the head teacher to agree the timings. I monitored the delivery logs for a month afterwards and confirmed no lorry used the side road between 8 and 9. Lorries passing the gate at drop-off went from about 12 a day to none, at a cost of 6 minutes per delivery, and the council now uses our timing agreement with two other firms. Looking back, I would add a community impact step to every route change checklist.',
    weak: 'I think companies should be responsible. I always consider the wider impact of my work. It was a good experience.',
    weakOn: ['quantification', 'reflection'],
  },
  conflict: {
    strong:
      'A colleague on the planning team wanted to cut the weekly stock count to save two hours, which was fair because the count clashed with deliveries. I disagreed, because the count was our only check on shrinkage. I pulled six months of count records and showed her that the count had caught £3,000 of losses. We agreed to move the count to Monday mornings instead of dropping it, and I backed the plan fully by taking the first four counts myself. Shrinkage stayed under 1% and the deliveries ran on time again. Since then I keep a shrinkage log beside the count sheet, so any change to the count starts from the numbers.',
    weak: 'I had a conflict with a colleague who was being difficult. I told her she was wrong. We didn’t speak for a while but everyone was happy in the end. I learned that communication is key.',
    weakOn: ['ownership', 'quantification', 'validation', 'reflection', 'structure'],
    raises: ['missing-other-view', 'missing-data', 'missing-commitment'],
  },
  failure: {
    strong:
      'I once sent a payroll file with the wrong tax week, and 140 staff were under-taxed. The mistake was mine: I had skipped the cross-check against the calendar because I was rushing. I told my manager the same morning, recalculated every payslip, and arranged the corrections with the tax office. I checked each corrected payslip against the calendar before they went out. Under-taxed staff went from 140 to zero within two days, and nobody was out of pocket. Since then I run a calendar check before every payroll submission, and I added it to the team’s checklist.',
    weak: 'A payroll run went wrong last year. It wasn’t really my fault, because the finance team never told me the tax week had changed. We fixed it eventually and everyone was fine. I learned to communicate more.',
    weakOn: ['ownership', 'quantification', 'validation', 'reflection'],
    raises: ['blames-others', 'unowned-mistake', 'missing-change'],
  },
  'leadership-without-authority': {
    strong:
      'Patients at our three clinics often waited an hour for an interpreter, because each clinic booked them its own way. None of the clinic managers reported to me, so I met each of them to learn what they needed and drafted one shared booking sheet around their answers. I ran it for a month in the busiest clinic first and showed the others the waiting times. All three clinics adopted it, and average interpreter waits went from 60 minutes to 15. Looking back, I would name a booking-sheet owner in each clinic from day one, because the sheet drifted whenever nobody owned it.',
    weak: 'I am a natural leader. I took charge of a project and got everyone on board. It was a success.',
    weakOn: ['quantification', 'reflection'],
  },
  'tight-deadline': {
    strong:
      'Two days before a client audit, I found that half of our 300 training records were missing signatures. The audit date could not move. I listed the records by team, cut the non-mandatory courses from the check, and called each team lead myself to collect signatures by the next evening. I re-checked every record against the register before the audit. All 300 were complete on time, and audit findings went from five the previous year to none. Looking back, I would build a monthly signature check into the training tracker instead of relying on a rush.',
    weak: 'I work well under pressure. I had a tight deadline and I worked late to get it done. We made it and it was fine.',
    weakOn: ['quantification', 'validation', 'reflection'],
  },
  'difficult-customer': {
    strong:
      'A customer called in furious because her father’s oxygen delivery was late and he had only four hours of supply left. I listened, confirmed his address and supply level, and promised to call her back within ten minutes. I found a driver two miles away, rerouted him myself, and stayed on the phone until the cylinder was delivered. The cylinder reached him in 50 minutes instead of 4 hours, and she renewed the family’s contract the next month. Since then I keep a list of drivers near each priority patient so an emergency delivery starts with a name, not a search.',
    weak: 'I had a really difficult customer who was shouting at me. I stayed calm and handled it. In the end she was happy.',
    weakOn: ['quantification', 'reflection'],
    raises: ['missing-customer-need', 'missing-customer-outcome'],
  },
  influencing: {
    strong:
      'Our practice manager wanted to keep paper appointment cards, because older patients were worried about text reminders. I understood that concern, so I ran a small test: for one month, half of the patients got a text and half a card. The missed-appointment rate was 4% for texts and 11% for cards, and I showed her the results with comments from older patients who liked the texts. She agreed to switch, keeping cards for anyone who asked. Missed appointments across the practice went from 11% to 5% in three months. Since then I run a one-month split test on any patient-facing change before I propose it.',
    weak: 'I am very persuasive. I convinced my manager to change how we did things. She agreed and it was a success.',
    weakOn: ['quantification', 'validation', 'reflection', 'structure'],
    raises: ['missing-other-view', 'missing-data'],
  },
  'learning-fast': {
    strong:
      'I moved to the tax team two weeks before year end, and I had never prepared a corporate tax return. I read the last three years’ returns, built myself a checklist from them, and I re-checked every figure against the ledger before filing, with a senior manager reviewing each return line by line. I prepared six returns before the deadline, and the review time per return went from four hours to one. Since then I build a checklist from past work whenever I start something new, and I share it with the next person.',
    weak: 'I am a fast learner. I had to pick up something new quickly and I managed it. It taught me that I can adapt.',
    weakOn: ['quantification', 'reflection'],
  },
};
