import { describe, expect, it } from 'vitest';
import { firstPlaceholder } from '../../../content/live/sources/apply-edit';

describe('firstPlaceholder', () => {
  it('finds the first bracketed placeholder the user should type over', () => {
    expect(firstPlaceholder('It cut errors by [X]% in [weeks].')).toEqual({ start: 17, end: 20 });
    expect(firstPlaceholder('No placeholder here.')).toBeNull();
    expect(firstPlaceholder('An [unclosed bracket.')).toBeNull();
  });
});
