import { render } from 'react-dom';
import { TabHost } from './TabHost.js';

render(<TabHost />, document.getElementById('root'));
