import { render } from 'preact';
import { readLastErrorOfTabMessages } from '../../platform/tab-messages';
import { TabScorecard } from '../../pages/TabScorecard';
import '../../components/scorecard.css';
import '../../pages/tab-scorecard.css';

// The same scorecard as the popup, kept open beside the page; it follows the active tab and updates as the user types.
readLastErrorOfTabMessages();
render(<TabScorecard mode="sidepanel" />, document.getElementById('app')!);
