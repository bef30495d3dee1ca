/** A question profile as a select lists it (`QuestionOption` in `platform/protocol.ts`). */
export interface PickerOption {
  id: string;
  title: string;
  group: 'amazon' | 'common';
}

export const GROUP_LABELS = {
  amazon: 'Amazon Leadership Principles',
  common: 'Common questions',
} satisfies Record<PickerOption['group'], string>;

/**
 * The `<option>`s of a question select, in two `<optgroup>`s: Amazon's principles, then the
 * common questions (the seed's question and "any behavioural question" among them). Every select
 * that offers a question uses these, so the options page, the practice page and the card agree.
 * Imports no profile data: content scripts get the options from the worker.
 */
export function QuestionOptionGroups({ options }: { options: readonly PickerOption[] }) {
  return (
    <>
      {(['amazon', 'common'] as const).map((g) => (
        <optgroup key={g} label={GROUP_LABELS[g]}>
          {options
            .filter((o) => o.group === g)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
