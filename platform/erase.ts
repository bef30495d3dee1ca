import { eraseDismissals } from './dismissals';
import { erasePractice } from './practice';

/**
 * "Erase my data": everything STAR Coach keeps of what the user wrote or did on this computer, in
 * `storage.local`: practice drafts, score histories and dismissals. Settings stay (they hold no
 * writing), and so does the dismissal salt (a random number, not data about the user).
 */
export async function eraseUserData(): Promise<void> {
  await Promise.all([erasePractice(), eraseDismissals()]);
}
