// Cheat-sheet bullets that name a command and say what it does:
//   * [`docker create`](https://…) creates a container but does not start it.
//   - `docker ps -a` : every container, stopped ones too
// A command card per bullet, like a command table's row.
import type { Token, Tokens } from 'marked';
import { normalizeDashes } from '../../text/dashes.js';
import { commandId } from '../flag-cards.js';
import { plainText } from '../markdown.js';
import { resolveLine } from './code-commands.js';
import type { BlockRecognizer } from './recognizer.js';

const DOCKER = /^(?:\$\s*)?docker\s+[a-z]/;

/** The command a bullet starts with (in code, maybe inside a link), and the text after it. */
function commandAndText(item: Tokens.ListItem): { command: string; text: string } | undefined {
  const first = item.tokens[0] as Tokens.Text | undefined;
  const inline: Token[] = first?.tokens ?? [];
  const head = inline[0];
  const code =
    head?.type === 'codespan'
      ? (head as Tokens.Codespan).text
      : head?.type === 'link' &&
          (head as Tokens.Link).tokens.length === 1 &&
          (head as Tokens.Link).tokens[0]!.type === 'codespan'
        ? ((head as Tokens.Link).tokens[0] as Tokens.Codespan).text
        : undefined;
  if (!code || !DOCKER.test(code)) return undefined;
  const text = plainText(inline.slice(1))
    .replace(/^\s*(?:[:：—–-]\s*)?/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length >= 3 ? { command: normalizeDashes(code.replace(/^\$\s*/, '')), text } : undefined;
}

export const commandBullets: BlockRecognizer = {
  name: 'command-bullets',
  types: ['list_item'],
  match(section, at, { builder, grammar }) {
    const block = section.blocks[at]!;
    const found = commandAndText(block.token as Tokens.ListItem);
    if (!found) return undefined;
    const words = found.command.split(/\s+/).slice(1);
    const [resolved] = resolveLine({ words, line: block.line }, grammar, builder);
    if (!resolved) return undefined;
    const id = commandId(resolved.path);
    builder.add(
      {
        kind: 'command',
        front: `\`${found.command}\``,
        back: found.text,
        command: resolved.path,
        examples: [found.command],
        tasks: [{ prompt: found.text, command: found.command }],
      },
      { key: id, scope: 'global', alternatives: [[id, ...words.slice(1).filter((w) => /^[\w-]+$/.test(w))]] },
      { line: block.line, endLine: block.endLine, recognizer: 'command-bullets' },
    );
    return { end: at + 1, use: 'own', taught: true };
  },
};
