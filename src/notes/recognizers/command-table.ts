// Command tables: `| 명령어 | 설명 |` rows whose cell holds `docker …`: a command card per row.
// A table that also has a column of flags (`| docker build | -t | … |`) is an option table.
import type { Tokens } from 'marked';
import { normalizeDashes } from '../../text/dashes.js';
import { addDefinedFlag, commandId } from '../flag-cards.js';
import { resolveLine } from './code-commands.js';
import type { BlockRecognizer } from './recognizer.js';
import { commandColumn, DOCKER_CELL, flagColumn, rowLine, tableText } from './tables.js';

export const commandTable: BlockRecognizer = {
  name: 'command-table',
  types: ['table'],
  match(section, at, context) {
    const { builder, grammar } = context;
    const block = section.blocks[at]!;
    if (block.token.type !== 'table') return undefined;
    const table = tableText(block.token as Tokens.Table);
    const { rows } = table;
    const column = commandColumn(table);
    if (column === -1) return undefined;
    // `| docker build | -t | 이미지 이름 |`: a row of each command's flags is the flag table's.
    const flags = flagColumn(table);
    if (flags !== -1 && flags !== column) return undefined;
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
      // `| docker ps -a | -a = all, stopped ones too |`: the row also says what its flag does.
      addDefinedFlag(description, { words, path: resolved.path, line }, 'command-table', section, context);
      // Its markdown, not its plain text: inline code is how the row marks a flag (`-f` is needed if …).
      const written = (block.token as Tokens.Table).rows[r]!.filter((_, c) => c !== column).map(
        (c) => c.text,
      );
      if (description)
        context.rowTexts.push({ section, command: resolved.path, text: written.join(' — '), line });
    }
    return made > 0 ? { end: at + 1, use: 'own', taught: true } : undefined;
  },
};
