// The notes parser and what it needs (marked, the docker grammar): a lazy module, loaded only when a
// user's note is not in the parse cache.
export { joinAnswerKeys } from '../notes/answer-key.js';
export { lexCard } from '../ui/markdown.js';
export { parseNoteFile } from './parse-note-file.js';
