// Command tables: `| 명령어 | 설명 |` rows whose cell holds `docker …`: a command card per row.
import type { Tokens } from 'marked';
import { normalizeDashes } from '../../text/dashes.js';
import { commandId } from '../flag-cards.js';
import { resolveLine } from './code-commands.js';
import type { BlockRecognizer } from './recognizer.js';
import { rowLine, tableText } from './tables.js';

const DOCKER_CELL = /^(?:\$\s*)?docker\s+\S/;

export const commandTable: BlockRecognizer = {
  name: 'command-table',
  types: ['table'],
  match(section, at, { builder, grammar }) {
    const block = section.blocks[at]!;
    if (block.token.type !== 'table') return undefined;
    const { header, rows } = tableText(block.token as Tokens.Table);
    const column = header.findIndex(
      (_, c) => rows.filter((r) => DOCKER_CELL.test(r[c] ?? '')).length * 2 >= rows.length,
    );
    if (column === -1 || rows.length === 0) return undefined;
    let made = 0;
    for (const [r, row] of rows.entries()) {
      const cell = normalizeDashes((row[column] ?? '').replace(/^\$\s*/, ''));
      if (!DOCKER_CELL.test(cell)) continue;
      const line = rowLine(block.line, r);
      const words = cell.split(/\s+/).slice(1);
      const [resolved] = resolveLine({ words, line }, grammar, builder);
      if (!resolved) continue;
      const description = row.filter((_, c) => c !== column && row[c] !== '').join(' — ');
      const id = commandId(resolved.path);
      builder.add(
        {
          kind: 'command',
          front: `\`${cell}\``,
          back: description || `\`${cell}\``,
          command: resolved.path,
          examples: [cell],
          ...(description ? { tasks: [{ prompt: description, command: cell }] } : {}),
        },
        {
          key: id,
          scope: 'global',
          alternatives: [[id, ...words.slice(1).filter((w) => /^[\w-]+$/.test(w))]],
        },
        { line, endLine: line, recognizer: 'command-table' },
      );
      made++;
    }
    return made > 0 ? { end: at + 1, use: 'own', taught: true } : undefined;
  },
};
