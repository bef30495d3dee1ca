/** The webhook story from the seed, assembled from its strong quotes. */
export const FULL_ANSWER = [
  'Last year I noticed a 0.3% webhook drop rate in the payments service, outside my team, with no ticket or request: it belonged to the Platform team, not mine.',
  'The dropped webhooks were causing customer complaints and revenue loss.',
  'I pulled the webhook delivery logs and traced the failure to a timeout in the retry handler.',
  'I reproduced the failure locally to confirm the root cause, then wrote a retry fix.',
  'I flagged the issue to their tech lead for visibility but brought a complete, ready-to-merge fix.',
  'I coordinated the rollout and verified deployment success, then added dead letter queue alerts to monitor post-deployment.',
  'I tracked metrics to confirm the drop rate went to zero after rollout.',
  'That recovered $8K a week in revenue, and the Platform team adopted my alert pattern for their other services.',
  'Looking back, I would propose a shared webhook reliability SLO and cross-team alerting dashboard earlier to prevent blind spots and improve proactive detection.',
].join(' ');
