import { CONTROL, ESCAPE_SEQUENCE, stripControl as strip } from '../text/safety.js';

export { CONTROL, ESCAPE_SEQUENCE };

// Every escape sequence starts with a control character (ESC or a C1 introducer): text without one,
// nearly all of a note, is returned as it is, with no regex replace (the parser calls this per field).
const ANY_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

/** Removes escape sequences and control characters; keeps `\n` and `\t`. */
export const stripControl = (text: string): string => (ANY_CONTROL.test(text) ? strip(text) : text);
