import { render } from 'preact';
import { TabScorecard } from '../popup/app';
import '../../components/scorecard.css';
import '../popup/style.css';

// The same scorecard as the popup, kept open beside the page; it follows the active tab and updates as the user types.
render(<TabScorecard mode="sidepanel" />, document.getElementById('app')!);
