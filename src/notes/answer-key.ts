// Multiple-choice questions whose answers are in an answer key: the key may be in the same note or
// in another note of the same folder (`multiple-choice.md` beside `answers.md`). Joined after each
// note is parsed (or read from the cache), so a note's own parse never depends on its neighbours.
import { withBack } from './card-builder.js';
import { plainOf } from './markdown.js';
import { chosenBack, writtenChoices } from './recognizers/choices.js';
import type { AnswerKeyEntry, Card, Diagnostic, OptionText, ParsedNote } from './types.js';

const folderOf = (file: string) => {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut === -1 ? '.' : file.slice(0, cut);
};

/**
 * A note's own key entries of one number, the nearest after the question first: a quiz of O/X
 * statements and one of multiple choice may both number from 1, each with its key below it.
 */
function nearest(entries: AnswerKeyEntry[], line: number | undefined): AnswerKeyEntry[] {
  if (line === undefined || entries.length < 2) return entries;
  const after = entries.filter((e) => e.line > line).sort((a, b) => a.line - b.line);
  const before = entries.filter((e) => e.line <= line).sort((a, b) => b.line - a.line);
  return [...after, ...before];
}

/** The back of a question with several right options: each, then what the key says. */
function severalBack(options: OptionText[], letters: string[], said: string): string {
  const chosen = options.filter((o) => letters.includes(o.letter));
  const list = chosen.map((o) => `**${o.label ?? `${o.letter}.`}** ${o.text}`).join('\n');
  return [list, said.trim()].filter(Boolean).join('\n\n');
}

/** A blank to fill: `____` (three or more), or `(      )`, maybe inside a code span. */
const BLANK = /_{3,}|\(\s{3,}\)/;

/**
 * The sentence of a blank with its words filled in, and the words: what a quiz blanks again and
 * asks to be typed (`20. \`docker stop\` waits ______ seconds …` with `10`). Undefined when the
 * question has no blank or more than one.
 */
function filledBlank(front: string, words: string): { term: string; sentence: string } | undefined {
  const term = plainOf(words).trim();
  const stem = front.replace(/^\s*(?:\*\*|__)?\d+\s*[.)](?:\*\*|__)?\s+/, '');
  if (term === '' || stem.split(BLANK).length !== 2) return undefined;
  return { term, sentence: plainOf(stem.replace(BLANK, term)).trim() };
}

/** Gives each open question the answer its key states; a question no key answers is reported and left out. */
export function joinAnswerKeys(notes: ParsedNote[]): ParsedNote[] {
  if (!notes.some((n) => n.openQuestions?.length)) return notes;
  return notes.map((note) => {
    if (!note.openQuestions?.length) return note;
    const folder = folderOf(note.file ?? '');
    // The note's own key first, then the other notes of its folder, in path order.
    const keys = [note, ...notes.filter((n) => n !== note && folderOf(n.file ?? '') === folder)]
      .filter((n) => n.answerKey?.length)
      .sort((a, b) => (a === note ? -1 : b === note ? 1 : (a.file ?? '') < (b.file ?? '') ? -1 : 1));
    const answered: Card[] = [];
    const diagnostics: Diagnostic[] = [...note.diagnostics];
    for (const open of note.openQuestions) {
      // A letter answers a choice, and only one of its options (a key of letters answers no O/X
      // statement of the same number); words fill a blank (a question with no options).
      const has = (letter: string) => (open.options ?? []).some((o) => o.letter === letter);
      const fits = (e: AnswerKeyEntry) =>
        e.letter === '' ? open.options?.length === 0 : has(e.letter) && (e.also ?? []).every(has);
      const entry = keys.flatMap((k) =>
        nearest(
          k.answerKey!.filter((e) => e.number === open.number && fits(e)),
          k === note ? open.card.source.line : undefined,
        ).map((e) => ({ e, k })),
      )[0];
      if (entry) {
        const { letter, answer, also, why } = entry.e;
        const card = withBack(
          open.card,
          letter === ''
            ? [`**${answer}**`, why ?? ''].filter(Boolean).join('\n\n')
            : also
              ? severalBack(open.options!, [letter, ...also], answer)
              : chosenBack(open.options, letter, answer),
        );
        // The words of a blank are its key term: a quiz asks them typed into the blank.
        const filled = letter === '' ? filledBlank(open.card.front, answer) : undefined;
        if (filled) card.keyTerms = [...(card.keyTerms ?? []), filled];
        // (Several right options are no question of one choice: the quiz shows it as a card.)
        const choices =
          open.stem === undefined || also ? undefined : writtenChoices(open.stem, open.options, letter);
        answered.push(choices ? { ...card, choices } : card);
      } else
        diagnostics.push({
          file: open.card.source.file,
          line: open.card.source.line,
          message: `multiple-choice question ${open.number} has no answer: none below it, and no answer key in its folder gives one`,
          severity: 'warning',
        });
    }
    const cards = [...note.cards, ...answered].sort((a, b) => a.source.line - b.source.line);
    return { ...note, cards, diagnostics, openQuestions: [] };
  });
}
