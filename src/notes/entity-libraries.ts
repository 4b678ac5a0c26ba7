// The HTML entity tables, in a module of its own: only text with an `&` needs them (~8 ms to load on
// each thread of a first parse; src/notes/on-demand.ts loads them then).
export { decodeHTMLStrict } from 'entities';
