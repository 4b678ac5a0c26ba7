// An answer key written as a table: a column of question numbers beside one of letters
// (`| 번호 | 정답 | 해설 |`), or the numbers and letters written across in rows (`| 1 | 2 |` over
// `| B | C |`). answer-key-entries.ts reads the other shapes of a key.
import type { Tokens } from 'marked';
import type { Block } from '../document.js';
import { tidyMarkdown } from '../markdown.js';
import type { AnswerKeyEntry } from '../types.js';
import { letterOf } from './multiple-choice.js';
import { columnNamed, NUMBER_CELL, rowLine, tableText, WHY_HEADER } from './tables.js';

const NUMBER_HEADER = /^(?:번호|번|문항|문제|no\.?|#|q|question|number|num)$/i;
const LETTER_HEADER = /^(?:정답|답|answer|ans\.?|key|correct|T\s*\/\s*F|O\s*\/\s*X|true\s*\/\s*false)$/i;

/** `**10**` → `10`: the words of a blank, shown in bold on the card anyway. */
export const unbold = (text: string) => /^(\*\*|__)([^*_]+)\1$/.exec(text)?.[2] ?? text;

/** `A, B`, `B & D`, `A와 C`: the letters of a question with several right options. */
const SEVERAL_LETTERS = /^[A-Ha-h](?:\s*(?:,|&|\/|\band\b|및|와|과)\s*[A-Ha-h])+$/;

/** A table with a column of question numbers and one of letters: an entry a row. */
export function tableEntries(block: Block): AnswerKeyEntry[] | undefined {
  const token = block.token as Tokens.Table;
  const { header, rows } = tableText(token);
  const number = columnNamed(header, NUMBER_HEADER);
  const letter = columnNamed(header, LETTER_HEADER);
  if (number === -1 || letter === -1) return acrossEntries(block, header, rows);
  const why = columnNamed(header, WHY_HEADER);
  const entries: AnswerKeyEntry[] = [];
  for (const [r, row] of rows.entries()) {
    const n = NUMBER_CELL.exec(row[number] ?? '');
    const l = keyCell(row[letter] ?? '');
    // `A, B` (a "choose two"): every letter it names.
    const several = SEVERAL_LETTERS.test(row[letter] ?? '') ? row[letter]!.match(/[A-Ha-h]/g)! : undefined;
    if (!n) return undefined;
    const remark = why === -1 ? '' : tidyMarkdown(token.rows[r]![why]?.text.trim() ?? '');
    if (!l && !several) {
      // `| 19 | \`--target\` | 예: … |`: the words that fill blank 19, among the letters.
      const words = tidyMarkdown(token.rows[r]![letter]?.text.trim() ?? '');
      if (words === '') return undefined;
      const why = remark !== '' && !/^[—–-]$/.test(remark) ? { why: remark } : {};
      entries.push({
        number: Number(n[1]),
        letter: '',
        answer: unbold(words),
        ...why,
        line: rowLine(block.line, r),
      });
      continue;
    }
    const said = [l?.[2] ?? '', remark];
    const [first, ...also] = several?.map(letterOf) ?? [letterOf(l![1]!)];
    entries.push({
      number: Number(n[1]),
      letter: first!,
      ...(also.length > 0 ? { also } : {}),
      answer: said.filter((t) => t !== '' && !/^[—–-]$/.test(t)).join(' — '),
      line: rowLine(block.line, r),
    });
  }
  return entries.length > 0 ? entries : undefined;
}

/**
 * A key table's cell: a letter, O or X, T or F (`True` / `False` in words too), maybe what the key
 * says after it (group 2).
 */
function keyCell(cell: string): RegExpExecArray | null {
  const text = cell.replace(/^(?:true|false)(?![\p{L}])/iu, (w) => w[0]!.toUpperCase());
  return /^\(?([A-Ha-h]|[OXTF]|[①-⑧])\)?[.)]?(?:\s+(.*))?$/.exec(text);
}

/** `| OX | 1 | 2 |`: the numbers' row of a key written across, labelled with the part it answers. */
const PART_HEADER = /^(?:O\s*\/?\s*X|T\s*\/\s*F|객관식|주관식|빈칸|MC)$/i;

/** A row label of a key written across: `Q` over `Ans`, `번호` over `정답`, `✔`. */
const ACROSS_LETTER_LABEL = /^(?:ans\.?|answers?|key|correct|solutions?|정답|답|✔️?|✓|✅|☑️?)$/iu;

/**
 * `| 7 | 8 | 9 |` over `| B | C | B |`: a key written across, the numbers as its header, maybe after a
 * label (`| Q | 1 | 2 |` over `| Ans | b | c |`), and maybe more such pairs of rows below.
 */
function acrossEntries(block: Block, header: string[], rows: string[][]): AnswerKeyEntry[] | undefined {
  const lines = [header, ...rows];
  if (lines.length % 2 !== 0) return undefined;
  const entries: AnswerKeyEntry[] = [];
  for (let pair = 0; pair < lines.length; pair += 2) {
    let numbers = lines[pair]!.map((c) => c.trim());
    let letters = lines[pair + 1]!.map((c) => c.trim());
    const label = numbers[0] ?? '';
    if (
      (NUMBER_HEADER.test(label) || PART_HEADER.test(label)) &&
      ACROSS_LETTER_LABEL.test(letters[0] ?? '')
    ) {
      numbers = numbers.slice(1);
      letters = letters.slice(1);
    }
    // (A row cut short, as the last of a key of 25 in rows of 10: its empty cells are no questions.)
    while (numbers.length > 0 && numbers.at(-1) === '' && (letters.at(-1) ?? '') === '') {
      numbers.pop();
      letters.pop();
    }
    if (numbers.length === 0 || !numbers.every((h) => NUMBER_CELL.test(h))) return undefined;
    // Each cell's letters (`A,C`: a "choose two", every letter it names), or the words that fill a
    // numbered blank (`| 18 | 19 |` over `| exec | WORKDIR |`), as long as some cell has letters.
    const read = letters.map((cell) => {
      if (SEVERAL_LETTERS.test(cell)) return cell.match(/[A-Ha-h]/g)!.map(letterOf);
      const one = keyCell(cell);
      return one && !one[2] ? [letterOf(one[1]!)] : undefined;
    });
    const words = (i: number) => (read[i] ? undefined : unbold(letters[i]!.trim()) || undefined);
    if (
      read.length !== numbers.length ||
      !read.some(Boolean) ||
      !read.every((r, i) => r !== undefined || words(i) !== undefined)
    )
      return undefined;
    // The letters' line: the row below the header, or the pair's own second row.
    const line = rowLine(block.line, pair);
    for (const [i, h] of numbers.entries()) {
      if (!read[i]) {
        entries.push({ number: Number(NUMBER_CELL.exec(h)![1]), letter: '', answer: words(i)!, line });
        continue;
      }
      const [letter, ...also] = read[i]!;
      entries.push({
        number: Number(NUMBER_CELL.exec(h)![1]),
        letter: letter!,
        ...(also.length > 0 ? { also } : {}),
        answer: '',
        line,
      });
    }
  }
  return entries.length >= 2 ? entries : undefined;
}
