// What front matter is read with, in a module of its own: most notes have none, and these two cost
// a first parse ~12 ms to load on each thread (src/notes/on-demand.ts loads them when a note has some).
export { default as matter } from 'gray-matter';
export { parseDocument } from 'yaml';
