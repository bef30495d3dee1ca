import { render } from 'preact';
import { TabScorecard } from './app';
import '../../components/scorecard.css';
import './style.css';

render(<TabScorecard mode="popup" />, document.getElementById('app')!);
