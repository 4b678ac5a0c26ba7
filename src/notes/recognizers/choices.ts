// A chosen option, as a card shows it and as a quiz asks it: shared by the multiple-choice questions,
// the statements to mark (statements.ts, statement-table.ts) and the answer keys (answer-key.ts).
import { plainOf } from '../markdown.js';
import type { OptionText, WrittenChoices } from '../types.js';

type Option = OptionText;

/** The back of a chosen option: its letter and text, then what the note says of it (unless that repeats it). */
export function chosenBack(options: readonly Option[] | undefined, letter: string, text: string): string {
  const chosen = options?.find((o) => o.letter === letter);
  const explanation = text.trim();
  // An explanation that opens with the option, or restates a long one, says it already.
  const norm = (text: string) =>
    plainOf(text)
      .toLowerCase()
      .replace(/[\s.。]+$/, '');
  const option = chosen ? norm(chosen.text) : '';
  const said = norm(explanation);
  // (Naming another option too, it compares them: `on-failure only restarts …; always …`.)
  const comparing = (options ?? []).some(
    (o) => o !== chosen && norm(o.text).length >= 2 && said.includes(norm(o.text)),
  );
  // O or X: the mark is the answer, and says itself.
  if (chosen && chosen.text === letter) return [`**${letter}**`, explanation].filter(Boolean).join('\n\n');
  const mark = chosen?.label ?? `${letter}.`;
  if (!chosen || (!comparing && (said.startsWith(option) || (option.length >= 6 && said.includes(option)))))
    return [`**${mark}**`, explanation].filter(Boolean).join(' ');
  return [`**${mark}** ${chosen.text}`, explanation].filter(Boolean).join('\n\n');
}

const QUESTION_NUMBER = /^\s*(?:\*\*|__)?(?:Q|문제|문항)?\s*\d+\s*\\?[.):](?:\*\*|__)?\s+/i;

/** The question as written, for the quiz: its options in order and the one `letter` marks. */
export function writtenChoices(
  stem: string,
  options: readonly Option[] | undefined,
  letter: string,
): WrittenChoices | undefined {
  const answer = options?.findIndex((o) => o.letter === letter) ?? -1;
  // Without its number (`**Q3.**`, `2.`): a quiz numbers its own questions.
  const number = QUESTION_NUMBER.exec(stem);
  let asked = stem.slice(number?.[0].length ?? 0).trim();
  // `**13. Which …?**`: the bold opened before the number closes at the end of the question's line.
  const opened = number && /^\s*(\*\*|__)/.exec(number[0])?.[1];
  if (opened && !number[0].trimEnd().endsWith(opened)) {
    const [first = '', ...rest] = asked.split('\n');
    if (first.trimEnd().endsWith(opened))
      asked = [first.trimEnd().slice(0, -opened.length).trimEnd(), ...rest].join('\n');
  }
  if (!options || answer === -1 || asked === '') return undefined;
  return {
    stem: asked,
    options: options.map((o) => o.text),
    labels: options.map((o) => o.label ?? o.letter),
    answer,
  };
}
