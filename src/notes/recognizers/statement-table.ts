// A table of statements to mark true or false (or O or X), each row with its mark:
//   | # | Statement | T/F |            | 번호 | 문장 | O/X | 해설 |
//   | 16 | `docker rm -f` … | ✔ |      | 3 | … | X | … |
// Each row is a question asked as written, answered by its mark (or, when no row is marked, by an
// answer key of the rows' numbers). A remark right below the table
// that explains rows by number (`(19: it is only marked unhealthy; 21: …)`) goes on their backs.
import type { Tokens } from 'marked';
import { plainOf, tidyMarkdown } from '../markdown.js';
import { questionKey } from '../questions.js';
import { chosenBack, writtenChoices } from './choices.js';
import { type BlockRecognizer, isContent } from './recognizer.js';
import { NO_MARK, O_X_OPTIONS, TRUE_FALSE_OPTIONS, YES_MARK } from './statements.js';
import { columnNamed, rowLine, tableText, WHY_HEADER } from './tables.js';

/** (Not `문제` or `question`, as in an answer key: here they head the statements.) */
const NUMBER_HEADER = /^(?:번호|번|문항|#|no\.?|q|number|num)$/i;
const STATEMENT_HEADER = /^(?:statements?|claims?|문장|진술|지문|내용|문제|question)$/i;
const MARK_HEADER = /^(?:T\s*\/\s*F|O\s*\/\s*X|OX|true\s*\/\s*false|참\s*\/\s*거짓|정답|답|answer|mark)$/i;

/** `(19: … ; 21: … . 22: …)`: what a remark says of each numbered row. */
function remarksByNumber(text: string): Map<number, string> {
  const said = new Map<number, string>();
  const inner = text.trim().replace(/^\((.*)\)$/s, '$1');
  const parts = inner.split(/(?:^|[;.]\s+)(?=\d+\s*[:：]\s)/);
  for (const part of parts) {
    const entry = /^(\d+)\s*[:：]\s*(.+?)[;.]?\s*$/s.exec(part.trim());
    if (entry) said.set(Number(entry[1]), entry[2]!.trim());
  }
  return said;
}

export const statementTable: BlockRecognizer = {
  name: 'statement-table',
  types: ['table'],
  match(section, at, { builder, openQuestions }) {
    const blocks = section.blocks;
    const block = blocks[at]!;
    const token = block.token as Tokens.Table;
    const { header, rows } = tableText(token);
    const statement = columnNamed(header, STATEMENT_HEADER);
    const mark = columnNamed(header, MARK_HEADER);
    if (statement === -1 || mark === -1 || rows.length === 0) return undefined;
    const number = columnNamed(header, NUMBER_HEADER);
    // Every row marked, or none (a sheet to fill in, its key below): a column of free answers is a
    // question table's.
    const blank = number !== -1 && rows.every((row) => (row[mark] ?? '').trim() === '');
    if (!blank && !rows.every((row) => YES_MARK.test(row[mark] ?? '') || NO_MARK.test(row[mark] ?? '')))
      return undefined;
    const why = columnNamed(header, WHY_HEADER);
    const ox = /O/i.test(header[mark]!) || rows.every((row) => /^[OX⭕❌]$/i.test(row[mark]!));
    const options = ox ? O_X_OPTIONS : TRUE_FALSE_OPTIONS;
    // A remark right below the table, explaining rows by their numbers.
    let end = at + 1;
    while (end < blocks.length && !isContent(blocks[end]!)) end++;
    const below = blocks[end];
    const remarks =
      below?.token.type === 'paragraph' && number !== -1 ? remarksByNumber(below.token.raw) : new Map();
    const hasRemarks =
      remarks.size > 0 && [...remarks.keys()].every((n) => rows.some((r) => Number(r[number]) === n));
    for (const [r, row] of rows.entries()) {
      const said = tidyMarkdown(token.rows[r]![statement]?.text.trim() ?? '');
      if (said === '') continue;
      const n = number === -1 ? '' : (row[number] ?? '').replace(/[.)]$/, '');
      const question = n ? `${n}. ${said}` : said;
      const line = rowLine(block.line, r);
      if (blank) {
        const id = builder.add(
          { kind: 'qa', front: `${question}\n\n${ox ? 'O / X' : 'True / False'}`, back: '…' },
          { key: questionKey(plainOf(question)), scope: 'deck' },
          { line, endLine: line, recognizer: 'statement-table' },
        );
        openQuestions.push({ cardId: id, number: Number(n), options: [...options], stem: question });
        continue;
      }
      const letter = options[YES_MARK.test(row[mark]!) ? 0 : 1]!.letter;
      const explained = [
        why === -1 ? '' : tidyMarkdown(token.rows[r]![why]?.text.trim() ?? ''),
        hasRemarks ? (remarks.get(Number(n)) ?? '') : '',
      ].filter(Boolean);
      const choices = writtenChoices(question, options, letter);
      builder.add(
        {
          kind: 'qa',
          front: `${question}\n\n${ox ? 'O / X' : 'True / False'}`,
          back: chosenBack(options, letter, explained.join('\n\n')),
          ...(choices ? { choices } : {}),
        },
        { key: questionKey(plainOf(question)), scope: 'deck' },
        { line, endLine: line, recognizer: 'statement-table' },
      );
    }
    return { end: hasRemarks ? end + 1 : at + 1, use: 'own', taught: true };
  },
};
