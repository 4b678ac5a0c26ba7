// Option tables: `| 옵션 | 설명 |` / `|-d|백그라운드 실행|`, with or without outer pipes, cells like
// `` `-p, --publish` `` or `[`-d`](#detach)`: a flag card per row, for the section's command, or for
// the row's own when a column names it (`| docker build | -t | 이미지 이름 |`). Rows that name a
// Dockerfile instruction (`| FROM | … |`) become instruction cards.
import type { Tokens } from 'marked';
import { normalizeDashes } from '../../text/dashes.js';
import { isInstruction } from '../bullets.js';
import { addFlagCard } from '../flag-cards.js';
import { resolveLine } from './code-commands.js';
import type { BlockRecognizer } from './recognizer.js';
import { columnNamed, commandColumn, flagColumn, flagsIn, rowLine, tableText } from './tables.js';

const DESCRIPTION = /^(?:설명|description|desc|의미|meaning|기능|역할|내용|what it does|usage|용도)$/i;

export const flagTable: BlockRecognizer = {
  name: 'flag-table',
  types: ['table'],
  match(section, at, context) {
    const block = section.blocks[at]!;
    if (block.token.type !== 'table') return undefined;
    const table = tableText(block.token as Tokens.Table);
    const { header, rows } = table;
    const column = flagColumn(table);
    if (column === -1) return undefined;
    const commands = commandColumn(table);
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
      const flag = { term: cell, flags, description, ...origin };
      if (commands !== -1) {
        // The row's own command; a row whose command is unknown (and reported) teaches no flag.
        const words = normalizeDashes((row[commands] ?? '').replace(/^\$\s*/, ''))
          .split(/\s+/)
          .slice(1);
        const [resolved] = resolveLine({ words, line }, context.grammar, context.builder);
        if (!resolved) continue;
        Object.assign(flag, { command: resolved.path });
      }
      taught = !!addFlagCard(flag, section, context) || taught;
    }
    return taught ? { end: at + 1, use: 'text', taught } : undefined;
  },
};
