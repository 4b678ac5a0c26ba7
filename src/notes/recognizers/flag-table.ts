// Option tables: `| 옵션 | 설명 |` / `|-d|백그라운드 실행|`, with or without outer pipes, cells like
// `` `-p, --publish` `` or `[`-d`](#detach)`: a flag card per row, for the section's command. Rows that
// name a Dockerfile instruction (`| FROM | … |`) become instruction cards.
import type { Tokens } from 'marked';
import { normalizeDashes } from '../../text/dashes.js';
import { flagsOf, isInstruction } from '../bullets.js';
import { addFlagCard } from '../flag-cards.js';
import type { BlockRecognizer } from './recognizer.js';
import { columnNamed, rowLine, tableText } from './tables.js';

const DESCRIPTION = /^(?:설명|description|desc|의미|meaning|기능|역할|내용|what it does|usage|용도)$/i;

export const flagTable: BlockRecognizer = {
  name: 'flag-table',
  types: ['table'],
  match(section, at, context) {
    const block = section.blocks[at]!;
    if (block.token.type !== 'table') return undefined;
    const { header, rows } = tableText(block.token as Tokens.Table);
    const flagsIn = (cell: string) => flagsOf(normalizeDashes(cell));
    const column = header.findIndex(
      (_, c) =>
        rows.length > 0 &&
        rows.filter((r) => flagsIn(r[c] ?? '') || isInstruction(r[c] ?? '')).length * 2 > rows.length,
    );
    if (column === -1) return undefined;
    const named = columnNamed(header, DESCRIPTION);
    const described = named !== -1 ? named : header.length - 1 === column ? -1 : header.length - 1;
    let taught = false;
    for (const [r, row] of rows.entries()) {
      const cell = normalizeDashes(row[column] ?? '');
      const description = described === -1 ? '' : (row[described] ?? '');
      const line = rowLine(block.line, r);
      const origin = { line, endLine: line, recognizer: 'flag-table' };
      if (isInstruction(cell)) {
        const key = `dockerfile-${cell.toLowerCase()}`;
        if (description === '') continue;
        context.builder.add(
          { kind: 'instruction', front: `\`${cell}\``, back: description, term: cell },
          { key, scope: 'global', alternatives: [[key, section.title]] },
          origin,
        );
        taught = true;
        continue;
      }
      const flags = flagsIn(cell);
      if (!flags) continue;
      taught = !!addFlagCard({ term: cell, flags, description, ...origin }, section, context) || taught;
    }
    return taught ? { end: at + 1, use: 'text', taught } : undefined;
  },
};
