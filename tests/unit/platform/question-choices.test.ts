import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHOICES_PER_SITE, choiceFor, questionChoiceStore, questionOptions, withChoice, type QuestionChoices } from '../../../platform/question-choices';

const SITE = 'https://jobs.example';

describe('withChoice / choiceFor', () => {
  it('keeps a choice per site and field key, replaces it, and removes it with null', () => {
    let all: QuestionChoices = {};
    all = withChoice(all, SITE, 'id:why', 'conflict');
    all = withChoice(all, 'https://other.example', 'id:why', 'failure');
    expect(choiceFor(all, SITE, 'id:why')).toBe('conflict');
    expect(choiceFor(all, 'https://other.example', 'id:why')).toBe('failure');
    expect(choiceFor(all, SITE, 'id:other')).toBeNull();
    all = withChoice(all, SITE, 'id:why', 'backbone');
    expect(all[SITE]).toEqual({ 'id:why': 'backbone' });
    all = withChoice(all, SITE, 'id:why', null);
    expect(all[SITE]).toBeUndefined();
    expect(choiceFor(all, SITE, undefined)).toBeNull();
  });

  it('forgets the oldest choices of a site beyond its limit', () => {
    let all: QuestionChoices = {};
    for (let i = 0; i <= CHOICES_PER_SITE; i++) all = withChoice(all, SITE, `id:f${i}`, 'conflict');
    expect(Object.keys(all[SITE]!)).toHaveLength(CHOICES_PER_SITE);
    expect(choiceFor(all, SITE, 'id:f0')).toBeNull();
    expect(choiceFor(all, SITE, `id:f${CHOICES_PER_SITE}`)).toBe('conflict');
  });

  it('ignores a stored value that is not a profile id', () => {
    expect(choiceFor({ [SITE]: { k: 'no-such-question' as never } }, SITE, 'k')).toBeNull();
  });
});

describe('questionOptions', () => {
  const match = (text: string) => (/disagree/i.test(text) ? { id: 'backbone' as const, confidence: 0.7 } : null);
  it('the user\'s pick wins, then a page question that matches, then the settings\' question', () => {
    expect(questionOptions('failure', 'Tell me about a time you disagreed', 'caught-issue', match)).toEqual({ question: 'failure', questionSource: 'user' });
    expect(questionOptions(null, 'Tell me about a time you disagreed', 'caught-issue', match)).toEqual({
      question: 'backbone',
      questionSource: 'page',
      questionConfidence: 0.7,
    });
    expect(questionOptions(null, 'Your answer', 'generic', match)).toEqual({ question: 'generic', questionSource: 'default' });
    expect(questionOptions(null, null, 'caught-issue', match)).toEqual({ question: 'caught-issue', questionSource: 'default' });
  });
});

describe('questionChoiceStore', () => {
  beforeEach(() => fakeBrowser.reset());
  it('keeps choices in storage.local, and a second store (a restarted worker) reads them', async () => {
    const store = questionChoiceStore();
    await Promise.all([store.set(SITE, 'id:a', 'conflict'), store.set(SITE, 'id:b', 'failure')]);
    expect(await store.get(SITE, 'id:a')).toBe('conflict');
    const again = questionChoiceStore();
    expect(await again.get(SITE, 'id:b')).toBe('failure');
    await again.set(SITE, 'id:a', null);
    expect(await again.get(SITE, 'id:a')).toBeNull();
    expect(await fakeBrowser.storage.local.get('question-choices')).toEqual({ 'question-choices': { [SITE]: { 'id:b': 'failure' } } });
  });
});
