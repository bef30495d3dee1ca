import { render } from 'preact';
import { readLastErrorOfTabMessages } from '../../platform/tab-messages';
import { TabScorecard } from '../../pages/TabScorecard';
import '../../components/scorecard.css';
import '../../pages/tab-scorecard.css';

readLastErrorOfTabMessages();
render(<TabScorecard mode="popup" />, document.getElementById('app')!);
