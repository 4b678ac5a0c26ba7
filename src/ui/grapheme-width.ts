// string-width, bundled apart (dist/lazy/grapheme-width.js) so that src/ui/text.ts loads it only for
// text with emoji or other multi-code-point clusters: building its emoji regexes costs ~50–250 ms,
// more than `dockstudy card` takes to start.
export { default as stringWidth } from 'string-width';
