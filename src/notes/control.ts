export { CONTROL, ESCAPE_SEQUENCE, stripControl } from '../text/safety.js';
