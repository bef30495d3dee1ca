import { isProfileId, QUESTION_PROFILES, type ProfileId } from '../lib/questions/profiles';
import { QuestionOptionGroups, type PickerOption } from './QuestionOptions';

/** Every question profile, in display order, as the selects list them. */
export const PROFILE_OPTIONS: readonly PickerOption[] = QUESTION_PROFILES.map(({ id, title, group }) => ({ id, title, group }));

export interface DefaultQuestionSettingProps {
  value: ProfileId;
  onChange: (id: ProfileId) => void;
}

/**
 * The options page's default question: a labelled select of every profile, grouped, and a line
 * saying what the default is for. Only profile ids are passed on.
 */
export function DefaultQuestionSetting({ value, onChange }: DefaultQuestionSettingProps) {
  return (
    <div class="row">
      <label for="question">Default question</label>
      <select
        id="question"
        name="question"
        aria-describedby="question-help"
        value={value}
        onChange={(e) => {
          const id = (e.currentTarget as HTMLSelectElement).value;
          if (isProfileId(id)) onChange(id);
        }}
      >
        <QuestionOptionGroups options={PROFILE_OPTIONS} />
      </select>
      <p class="help" id="question-help" data-testid="question-help">
        Used for answer fields where no question is detected: neither the page (the field’s label or the heading above
        it) nor a first line of your draft (“Q: …”) names one. You can still pick another question for one field from
        its card.
      </p>
    </div>
  );
}
