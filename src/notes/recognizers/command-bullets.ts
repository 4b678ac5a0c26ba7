// Cheat-sheet lines that name a command and say what it does, as bullets or one-line paragraphs:
//   * [`docker create`](https://…) creates a container but does not start it.
//   - `docker ps -a` : every container, stopped ones too
//   - **List images**: `docker image ls`            (what it does first, the command last)
//   `docker network create app-net` — creates a user-defined bridge network.
// A command card per line, like a command table's row.
import type { Token, Tokens } from 'marked';
import { normalizeDashes } from '../../text/dashes.js';
import { commandId } from '../flag-cards.js';
import { plainText } from '../markdown.js';
import { resolveLine } from './code-commands.js';
import type { BlockRecognizer } from './recognizer.js';

const DOCKER = /^(?:\$\s*)?docker\s+[a-z]/;

/** A docker command written in code, maybe inside a link. */
function dockerCode(token: Token | undefined): string | undefined {
  const code =
    token?.type === 'codespan'
      ? (token as Tokens.Codespan).text
      : token?.type === 'link' &&
          (token as Tokens.Link).tokens.length === 1 &&
          (token as Tokens.Link).tokens[0]!.type === 'codespan'
        ? ((token as Tokens.Link).tokens[0] as Tokens.Codespan).text
        : undefined;
  return code && DOCKER.test(code) ? code : undefined;
}

/** What it does, then `:` or a dash, then the command: `**List images**: \`docker image ls\``. */
const TEXT_THEN_COMMAND = /^(.*?)\s*(?:[:：]|[—–→]|-{1,2}>?|=>)$/;

/** The command a line starts (or ends) with, and the text that says what it does; `strict` for paragraphs. */
function commandAndText(inline: Token[], strict: boolean): { command: string; text: string } | undefined {
  const first = dockerCode(inline[0]);
  const clean = (code: string) => normalizeDashes(code.replace(/^\$\s*/, ''));
  if (first) {
    const after = plainText(inline.slice(1));
    // The command, then a separator or a space and words. `` `docker run`과 … `` (a particle) and
    // `` `docker container run`, `docker run` `` (a list of names) are a sentence, not this shape.
    if (strict && !/^(?:\s*[:：—–]|\s+-{1,2}\s|\s+[^\s,;:)])/.test(after)) return undefined;
    const text = after
      .replace(/^\s*(?:[:：—–-]\s*)?/, '')
      .replace(/\s+/g, ' ')
      .trim();
    return text.length >= 3 ? { command: clean(first), text } : undefined;
  }
  let end = inline.length;
  while (end > 0 && inline[end - 1]!.type === 'text' && inline[end - 1]!.raw.trim() === '') end--;
  const last = dockerCode(inline[end - 1]);
  if (!last || end < 2) return undefined;
  const before = TEXT_THEN_COMMAND.exec(
    plainText(inline.slice(0, end - 1))
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const text = before?.[1]?.trim() ?? '';
  // Two letters are a Korean word (`삭제: …`).
  return text.length >= 2 ? { command: clean(last), text } : undefined;
}

/** A paragraph of one line: longer text is a section's explanation, not a cheat-sheet line. */
const ONE_LINE = (raw: string) => !raw.trim().includes('\n') && raw.length <= 200;

export const commandBullets: BlockRecognizer = {
  name: 'command-bullets',
  types: ['list_item', 'paragraph'],
  match(section, at, { builder, grammar, commandsOf }) {
    const block = section.blocks[at]!;
    const { token } = block;
    let inline: Token[];
    if (token.type === 'paragraph') {
      // Beside a section's own code, a paragraph explains that code's command: it stays the text.
      if (!ONE_LINE(token.raw) || commandsOf(section).length > 0) return undefined;
      inline = (token as Tokens.Paragraph).tokens;
    } else inline = ((token as Tokens.ListItem).tokens[0] as Tokens.Text | undefined)?.tokens ?? [];
    const found = commandAndText(inline, token.type === 'paragraph');
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
