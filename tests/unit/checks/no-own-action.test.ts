import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { answer, findingsOf } from './helpers';

const never = (text: string) => findingsOf('no-own-action', text);

describe('no-own-action', () => {
  it('flags a story where the speaker only notices and the fix happens by itself', () => {
    const text = 'I was a paralegal in a litigation team. During a large dispute I noticed that the hold notices had never reached twelve custodians. Eventually it all got sorted out and the notices went out. It showed me how much the details matter.';
    const [f] = never(text);
    expect(f).toBeDefined();
    expect(f!.dimension).toBe('ownership');
    expect(f!.severity).toBe('major');
    expect(analyze(text).dimensions.ownership.status).toBe('needs-work');
  });

  it('does not fire when the speaker acts, even inside a sentence read as the scope', () => {
    expect(never(answer())).toEqual([]);
    expect(never('Taking a patient down to CT, I saw the trolley\'s oxygen cylinder was almost empty. Cylinders weren\'t my job and nobody had asked, but I checked all six trolleys and swapped the four low ones. All full by the end of the shift.')).toEqual([]);
  });

  it('leaves a group\'s or a hidden actor\'s work to the findings that name it', () => {
    const text = 'Our dispute queue was losing cases to the deadline. We looked into it as a team and we agreed to sort the queue by days left. Lost cases went from 80 a month to five.';
    expect(never(text)).toEqual([]);
    expect(findingsOf('we-action', text).length).toBeGreaterThan(0);
  });

  it('does not count the speaker\'s lesson as a deed of the story', () => {
    const text = 'Phones were a huge problem in every lesson at my last school. The head was not keen at first. Eventually the pouches came in and incidents went from forty a term to fifteen. I think if you believe in what you are saying, people come round.';
    expect(never(text)).toHaveLength(1);
  });
});
