// Tables of questions or of words, named by their header:
//   | 질문 | 답 |  /  | Question | Answer |  /  | Front | Back |     a question card per row
//   | 용어 | 설명 |  /  | Term | Meaning |                          a term card per row
// Tables of flags, instructions or commands are other shapes (flag-table, command-table).
import type { Tokens } from 'marked';
import { plainOf, tidyMarkdown } from '../markdown.js';
import { questionKey } from '../questions.js';
import type { BlockRecognizer } from './recognizer.js';
import { columnNamed, commandColumn, flagColumn, rowLine, tableText } from './tables.js';

const QUESTION = /^(?:질문|문제|문항|물음|앞면|question|questions|q|front)$/i;
const ANSWER = /^(?:답|답변|정답|해설|풀이|뒷면|answer|answers|a|back)$/i;
const TERM = /^(?:용어|개념|키워드|단어|term|terms|concept|concepts|keyword|word)$/i;
const MEANING =
  /^(?:(?:한\s*줄|짧은|short|one[- ]line)\s*)?(?:설명|뜻|의미|정의|description|meaning|definition)$/i;

export const qaTable: BlockRecognizer = {
  name: 'qa-table',
  types: ['table'],
  match(section, at, { builder }) {
    const block = section.blocks[at]!;
    const token = block.token as Tokens.Table;
    const table = tableText(token);
    const question = columnNamed(table.header, QUESTION);
    const answer = columnNamed(table.header, ANSWER);
    const term = columnNamed(table.header, TERM);
    const meaning = columnNamed(table.header, MEANING);
    const asks = question !== -1 && answer !== -1;
    // A column of flags or commands under a `용어` header is still that shape's.
    const defines =
      !asks && term !== -1 && meaning !== -1 && flagColumn(table) !== term && commandColumn(table) !== term;
    if (!asks && !defines) return undefined;
    const [front, back] = asks ? [question, answer] : [term, meaning];
    let made = 0;
    for (const [r, row] of token.rows.entries()) {
      // Cells as written (code spans kept); keys from their plain text.
      const asked = tidyMarkdown(row[front]?.text.trim() ?? '');
      const said = tidyMarkdown(row[back]?.text.trim() ?? '');
      const line = rowLine(block.line, r);
      // `| 10 | B |`: a number asks nothing (a key whose letters no question here takes).
      if (asked === '' || /^Q?\s*\d+[.)]?$/i.test(plainOf(asked))) continue;
      if (said === '') {
        if (asks) builder.diagnose(line, `the question '${plainOf(asked)}' has no answer in its row`);
        continue;
      }
      const origin = { line, endLine: line, recognizer: 'qa-table' };
      if (asks) {
        builder.add(
          { kind: 'qa', front: asked, back: said },
          { key: questionKey(plainOf(asked)), scope: 'deck' },
          origin,
        );
      } else {
        const word = plainOf(asked);
        builder.add(
          { kind: 'term', front: `**${word}**`, back: said, term: word },
          { key: word, scope: 'deck', alternatives: [[word, section.title]] },
          origin,
        );
      }
      made++;
    }
    return made > 0 ? { end: at + 1, use: 'own', taught: true } : undefined;
  },
};
