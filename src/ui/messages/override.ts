/** What a plain-mode quiz line says to override the wrong verdict before it ("I was right"). */
export const OVERRIDE_COMMAND = '!right';
