import type { Dimension, Section } from '../lib/types';

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
