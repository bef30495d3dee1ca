import { editableRoots } from '../../startup/fields';
import { applyReplacement } from './apply-edit';
import type { Source } from './source';
import { readFieldQuestion } from '../field-question';
import { readRoots, type TextSnapshot } from './text-model';

/**
 * A contenteditable editor, or a block editor's page of them (each block a root): the text as a
 * reader sees it, with a map back to DOM positions. Apply goes through the editor's own input pipeline.
 */
export function editableSource(field: HTMLElement): Source<TextSnapshot> {
  const readNow = () => readRoots(editableRoots(field));
  return {
    kind: 'contenteditable',
    element: field,
    readNow,
    read: async () => readNow(),
    apply: (edit, copy) => applyReplacement(field, edit, copy),
    question: () => readFieldQuestion(field),
  };
}
