import { eraseDismissals } from './dismissals';
import { erasePractice } from './practice';
import { eraseQuestionChoices } from './question-choices';
import { eraseStories } from './stories';

/**
 * "Erase my data": everything STAR Coach keeps of what the user wrote or did on this computer, in
 * `storage.local`: practice drafts and stories, score histories, dismissals and the questions picked per field. Settings stay (they hold no
 * writing), and so does the dismissal salt (a random number, not data about the user).
 */
export async function eraseUserData(): Promise<void> {
  await Promise.all([erasePractice(), eraseDismissals(), eraseQuestionChoices(), eraseStories()]);
}
