/**
 * The seed's strong example (the webhook story), told the way the seed's strong quotes tell it:
 * scope boundary, "I" for every action, validation, a measured result with business value and a
 * second-order effect, and a specific reflection.
 */
export const MODEL_ANSWER = [
  'Our checkout service sent order webhooks through a delivery pipeline owned by the Platform team. I noticed a 0.3% webhook drop rate in their dashboard. It was outside my team’s scope and there was no ticket or ask, but dropped webhooks meant customer complaints and lost revenue.',
  'I decided to own it end to end. I pulled the webhook delivery logs and traced the failure to timeouts that were never retried. I reproduced the failure locally to confirm the root cause, then wrote a retry fix with backoff and added dead letter queue alerts. I flagged the issue to their tech lead for visibility but brought a complete, ready-to-merge fix. I coordinated the rollout and verified deployment success, and I tracked metrics to confirm the drop rate went from 0.3% to zero after rollout.',
  'That recovered $8K in revenue every week, and the Platform team adopted my alert pattern for their other services.',
  'Looking back, I would propose a shared webhook reliability SLO and a cross-team alerting dashboard earlier, to prevent blind spots like this one.',
].join('\n\n');
