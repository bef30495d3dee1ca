import { describe, expect, it } from 'vitest';
import { answer, applied, fill, findingsOf, spanOf } from './helpers';

const arch = (text: string) => findingsOf('architecture-detail', text);
const tour = [
  'Our checkout platform is a set of Node microservices on Kubernetes behind an API gateway.',
  'Orders flow through Kafka topics into a Postgres database, and a Redis cache sits in front of the pricing service.',
  'Webhooks to partners are sent by a worker pool that reads from an SQS queue and retries with a cron job.',
].join(' ');
const story = ' I noticed 0.3% of webhooks were being dropped. I traced the failure to a timeout and fixed it.';

describe('architecture-detail', () => {
  it('flags an architecture tour before the problem, with its span', () => {
    const text = tour + story;
    const [f] = arch(text);
    expect(spanOf(text, f)).toBe(tour);
    expect(f!.severity).toBe('major');
  });

  it('is the one structure finding for that preamble (no long-situation as well)', () => {
    expect(findingsOf('long-situation', tour + story)).toEqual([]);
  });

  it('leaves one sentence of context and technical detail inside the actions alone', () => {
    expect(arch(answer())).toEqual([]);
    expect(arch('Our checkout runs on Node microservices.' + story + ' I moved the retries from a cron job to an SQS queue with a dead letter queue in Postgres and Redis.')).toEqual([]);
  });

  it('replaces the tour with one sentence of context', () => {
    const text = tour + story;
    const after = applied(text, arch(text)[0]!);
    expect(after).toBe('[One sentence: what the system does and who depends on it.]' + story);
    expect(arch(fill(after, ['Our checkout sends order webhooks to partners.']))).toEqual([]);
  });
});
