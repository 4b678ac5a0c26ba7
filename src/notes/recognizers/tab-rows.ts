// An Anki "Notes in Plain Text" export pasted into a note: rows of tab-separated fields, front then
// back (then tags), with Anki's HTML in them, under a `Front⇥Back⇥Tags` header row or not:
//   `docker rm -v` vs plain `docker rm`?⇥`-v` also deletes the <b>anonymous</b> volumes …⇥docker::cleanup
// A question card a row, its fields as markdown.
import { htmlToMarkdown } from '../../text/html-to-markdown.js';
import { plainOf, tidyMarkdown } from '../markdown.js';
import { endsWithQuestionMark, questionKey } from '../questions.js';
import type { BlockRecognizer } from './recognizer.js';

/** A header row's field names. */
const FIELD_NAME = /^(?:front|back|question|answer|tags?|text|extra|앞면|뒷면|질문|답|답변|태그)$/i;

export const tabRows: BlockRecognizer = {
  name: 'tab-rows',
  types: ['paragraph'],
  match(section, at, { builder }) {
    const block = section.blocks[at]!;
    const raw = block.token.raw;
    if (!raw.includes('\t')) return undefined;
    const rows = raw
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t').map((field) => field.trim()));
    if (!rows.every((fields) => fields.length >= 2 && fields[0] !== '' && fields[1] !== '')) return undefined;
    const header = rows[0]!.every((field) => FIELD_NAME.test(field));
    // (Entities Anki's own HTML would not hold, `&rsquo;` typed by hand, as well.)
    const cards = rows
      .slice(header ? 1 : 0)
      .map((fields) => fields.map((f) => tidyMarkdown(htmlToMarkdown(f))));
    // Without a header, rows that ask: columns aligned with tabs (`docker ps⇥lists them`) are prose.
    const asking = cards.filter(([front]) => endsWithQuestionMark(plainOf(front!))).length;
    if (cards.length === 0 || (!header && asking * 2 < cards.length)) return undefined;
    for (const [i, [front, back]] of cards.entries()) {
      const line = block.line + i + (header ? 1 : 0);
      builder.add(
        { kind: 'qa', front: front!, back: back! },
        { key: questionKey(plainOf(front!)), scope: 'deck' },
        { line, endLine: line, recognizer: 'tab-rows' },
      );
    }
    return { end: at + 1, use: 'own' };
  },
};
