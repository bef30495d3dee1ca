import type { Snapshot } from '../surfaces/surface';
import { applyReplacement } from './apply-edit';
import type { Source } from './source';
import { readFieldQuestion } from '../field-question';

/** A `<textarea>`: its value is the text; Apply types through `execCommand`, so native undo reverts it. */
export function textareaSource(field: HTMLTextAreaElement): Source<Snapshot> {
  const readNow = () => ({ text: field.value });
  return {
    kind: 'textarea',
    element: field,
    readNow,
    read: async () => readNow(),
    apply: (edit, copy) => applyReplacement(field, edit, copy),
    question: () => readFieldQuestion(field),
  };
}
