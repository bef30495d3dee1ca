// Part of `npm run screenshots`: the badge naming the question a field is coached for, and the
// practice page's story bank with its coverage grid, from the built extension in Debian's Chromium.
import { BADGE, CARD, launch, uiClick, uiWait } from '../tests/e2e/harness';

const OUT = 'docs/screenshots';
const STORIES = [
  {
    title: 'The billing launch',
    questions: ['backbone', 'conflict'],
    text:
      'My manager wanted to launch the new billing page on Friday. I disagreed, because our error logs showed a 4% failure rate on card payments in testing. ' +
      'I shared the logs with him and proposed a one-week delay. He decided to ship behind a feature flag, and I committed to that: I watched the payment errors during the launch, ' +
      'turned the flag off after two hours, fixed the bug and relaunched the next week with no failed payments. I learned to bring data early and to commit once a call is made.',
  },
  {
    title: 'The dropped records',
    questions: ['failure', 'ownership'],
    text:
      'I shipped a migration that dropped 200 customer records. It was my mistake: I had skipped the dry run. I told my lead within ten minutes, restored the records from the backup within an hour, ' +
      'and added a mandatory dry-run check to our deploy script. No migration has lost data since. I learned to treat a skipped safety step as a decision, not a shortcut.',
  },
  {
    title: 'The webhook drop rate',
    questions: ['caught-issue', 'highest-standards', 'dive-deep'],
    text:
      'Our checkout service sent order webhooks through a pipeline owned by the Platform team. I noticed a 0.3% drop rate in their dashboard; it was outside my team’s scope and there was no ticket. ' +
      'I pulled the delivery logs, traced the failures to timeouts that were never retried and reproduced it locally. I wrote a retry fix with backoff and added dead-letter alerts. ' +
      'I tracked the drop rate to zero after rollout, which recovered $8K a week, and the Platform team adopted my alert pattern. Looking back, I would propose a shared reliability SLO earlier.',
  },
];

const h = await launch();
try {
  // A field labelled with a disagreement question: the badge names the question it coaches for.
  const page = await h.open('questions.html');
  await page.setViewportSize({ width: 900, height: 820 });
  await page.click('#answer');
  await page.keyboard.insertText(STORIES[0]!.text);
  // Our UI lives in closed roots: the harness reaches it from the content script's world.
  await uiClick(page, BADGE, '.badge', { timeout: 10_000 });
  await uiWait(page, CARD, '.list');
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/question-list.png` });
  await page.close();

  // The story bank: three stories saved, the coverage grid shows what still lacks a strong story.
  const practice = await h.open(`chrome-extension://${h.extensionId}/practice.html`);
  await practice.setViewportSize({ width: 1200, height: 900 });
  await practice.waitForFunction(() => !(document.getElementById('practice-answer') as HTMLTextAreaElement).disabled);
  for (const story of STORIES) {
    await practice.selectOption('#practice-question', story.questions[0]!);
    await practice.fill('#practice-answer', story.text);
    await practice.fill('#story-title', story.title);
    const picker = practice.locator('details.tag-picker');
    if (!(await picker.evaluate((d) => (d as HTMLDetailsElement).open))) await picker.locator('summary').click();
    for (const q of story.questions.slice(1)) await practice.locator(`input[name="story-question"][value="${q}"]`).check();
    await practice.getByRole('button', { name: /Save/ }).first().click();
    await practice.locator('[data-testid="story-status"]', { hasText: 'Saved' }).waitFor({ timeout: 10_000 });
    await practice.getByRole('button', { name: 'New story' }).click();
  }
  await practice.locator('details.tag-picker summary').click(); // closed again, for the picture
  const bank = practice.locator('section.bank');
  await bank.scrollIntoViewIfNeeded();
  await bank.screenshot({ path: `${OUT}/coverage-grid.png` });
  await practice.close();
  console.log(`question screenshots written to ${OUT}/`);
} finally {
  await h.close();
}
