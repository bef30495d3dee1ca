import type { Dimension, Focus, Level, Section } from '../lib/types';

export const DIMENSION_LABELS = {
  ownership: 'Ownership',
  scope: 'Scope',
  quantification: 'Quantified result',
  validation: 'Validation',
  reflection: 'Reflection',
  structure: 'Structure',
} satisfies Record<Dimension, string>;

export const SECTION_LABELS = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
} satisfies Record<Section, string>;

export const LEVEL_LABELS = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
} satisfies Record<Level, string>;

export const FOCUS_LABELS = {
  balanced: 'Balanced',
  outcome: 'Outcome (business impact)',
  ownership: 'Ownership',
  technical: 'Technical depth',
} satisfies Record<Focus, string>;
