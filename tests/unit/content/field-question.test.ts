// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isQuestionShaped, readFieldQuestion } from '../../../content/live/field-question';

const QUESTION = 'Tell me about a time you disagreed with your manager';
const field = (id = 'f') => document.getElementById(id)!;

describe('readFieldQuestion', () => {
  it('reads a <label for> and keys the field by its id', () => {
    document.body.innerHTML = `<label for="f">${QUESTION}</label><textarea id="f"></textarea>`;
    expect(readFieldQuestion(field())).toEqual({ text: QUESTION, key: 'id:f' });
  });

  it('reads a wrapping <label>, keyed by name when there is no id', () => {
    document.body.innerHTML = `<label>${QUESTION} <textarea name="q3"></textarea></label>`;
    expect(readFieldQuestion(document.querySelector('textarea')!)).toEqual({ text: QUESTION, key: 'name:q3' });
  });

  it('reads aria-label', () => {
    document.body.innerHTML = `<div id="f" contenteditable="true" aria-label="Describe a time you failed."></div>`;
    expect(readFieldQuestion(field()).text).toBe('Describe a time you failed.');
  });

  it('reads aria-labelledby, joining every element it names', () => {
    document.body.innerHTML = `<span id="a">Question 2:</span><span id="b">${QUESTION}?</span><textarea aria-labelledby="a b"></textarea>`;
    // The "Question 2:" numbering is not part of the question.
    expect(readFieldQuestion(document.querySelector('textarea')!)).toEqual({ text: `${QUESTION}?`, key: `label:${QUESTION.toLowerCase()}?` });
  });

  it('prefers a question in aria-describedby over a label that is not one', () => {
    document.body.innerHTML = `<label for="f">Your answer</label><p id="hint">${QUESTION}?</p><textarea id="f" aria-describedby="hint"></textarea>`;
    expect(readFieldQuestion(field()).text).toBe(`${QUESTION}?`);
  });

  it('reads the placeholder', () => {
    document.body.innerHTML = `<textarea id="f" placeholder="How did you handle a tight deadline?"></textarea>`;
    expect(readFieldQuestion(field()).text).toBe('How did you handle a tight deadline?');
  });

  it('reads the nearest heading before the field, up through its ancestors', () => {
    document.body.innerHTML = `<h2>About you</h2><section><h3>${QUESTION}</h3><div><div><textarea id="f"></textarea></div></div></section>`;
    expect(readFieldQuestion(field()).text).toBe(QUESTION);
  });

  it('reads a question-shaped line before the field when no heading is near', () => {
    document.body.innerHTML = `<div><p>Answer in 300 words or fewer.</p><p>Give an example of a goal you did not meet. What happened?</p><p>Be honest.</p><textarea id="f"></textarea></div>`;
    expect(readFieldQuestion(field()).text).toBe('Give an example of a goal you did not meet. What happened?');
  });

  it('takes the nearer of a question-shaped line and a heading', () => {
    document.body.innerHTML = `<h2>Leadership principles</h2><p>${QUESTION}?</p><textarea id="f"></textarea>`;
    expect(readFieldQuestion(field()).text).toBe(`${QUESTION}?`);
  });

  it('reads a fieldset legend', () => {
    document.body.innerHTML = `<fieldset><legend>${QUESTION}</legend><textarea id="f"></textarea></fieldset>`;
    expect(readFieldQuestion(field()).text).toBe(QUESTION);
  });

  it('falls back to a label that is not question-shaped, and gives null when the page says nothing', () => {
    document.body.innerHTML = `<label for="f">Conflict story</label><textarea id="f"></textarea>`;
    expect(readFieldQuestion(field()).text).toBe('Conflict story');
    document.body.innerHTML = `<div><textarea></textarea></div>`;
    expect(readFieldQuestion(document.querySelector('textarea')!)).toEqual({ text: null, key: 'textarea:0' });
  });

  it('never reads or keys on what the user typed', () => {
    document.body.innerHTML = `<textarea></textarea><textarea></textarea>`;
    const second = document.querySelectorAll('textarea')[1]!;
    second.value = 'Tell me about a time you owned a mistake? I did.';
    expect(readFieldQuestion(second)).toEqual({ text: null, key: 'textarea:1' });
  });

  it('looks out of an open shadow root to the heading before its host', () => {
    document.body.innerHTML = `<h3>${QUESTION}</h3><answer-box></answer-box>`;
    const root = document.querySelector('answer-box')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea></textarea>';
    expect(readFieldQuestion(root.querySelector('textarea')!).text).toBe(QUESTION);
  });

  it('cuts very long label text', () => {
    document.body.innerHTML = `<textarea id="f" aria-label="${'Why '.repeat(200)}"></textarea>`;
    expect(readFieldQuestion(field()).text!.length).toBe(300);
  });
});

describe('isQuestionShaped', () => {
  it('knows questions and prompts from other lines', () => {
    expect(isQuestionShaped(QUESTION)).toBe(true);
    expect(isQuestionShaped('Q: Describe a time you took a calculated risk')).toBe(true);
    expect(isQuestionShaped('What did you learn?')).toBe(true);
    expect(isQuestionShaped('Your answer')).toBe(false);
    expect(isQuestionShaped('Answer in 300 words or fewer.')).toBe(false);
  });
});
