import { render } from 'preact';
import { Connect } from './Connect.js';

render(<Connect />, document.getElementById('root')!);
