// Cheat-sheet lines that name a command and say what it does, as bullets or one-line paragraphs:
//   * [`docker create`](https://…) creates a container but does not start it.
//   - `docker ps -a` : every container, stopped ones too
//   - **List images**: `docker image ls`            (what it does first, the command last)
//   `docker network create app-net` — creates a user-defined bridge network.
//   - **docker ps** : 실행 중인 컨테이너       - docker rmi nginx : 이미지 삭제
//   👉 `docker stop web` : 정지               (a paragraph of such lines, each after a symbol)
// A command card per line, like a command table's row.
import type { Token, Tokens } from 'marked';
import { normalizeDashes } from '../../text/dashes.js';
import type { Block } from '../document.js';
import { commandId } from '../flag-cards.js';
import { plainOf, plainText } from '../markdown.js';
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
function commandAndText(inline: Token[], strict: boolean): CommandText | undefined {
  const first = dockerCode(inline[0]);
  const clean = (code: string) => normalizeDashes(code.replace(/^\$\s*/, ''));
  if (first) {
    const after = plainText(inline.slice(1));
    // The command, then a separator or a space and words. `` `docker run`과 … `` (a particle) and
    // `` `docker container run`, `docker run` `` (a list of names) are a sentence, not this shape.
    if (strict && !AFTER_COMMAND.test(after)) return undefined;
    const text = after
      .replace(/^\s*(?:[:：—–-]\s*)?/, '')
      .replace(/\s+/g, ' ')
      .trim();
    return text.length >= 3 && !INTRODUCES_FLAGS.test(text) ? { command: clean(first), text } : undefined;
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

/** `` `docker volume create` options worth knowing: `-d` … ``: flags follow, not what it does. */
const INTRODUCES_FLAGS =
  /^(?:(?:useful|common|handy|important)\s+)?(?:options?|flags?|옵션|플래그)(?![a-z])/i;

/** What a command may be followed by in running text: a separator, or a space and words. */
const AFTER_COMMAND = /^(?:\s*[:：—–]|\s+-{1,2}\s|\s+[^\s,;:)])/;

// A line written in markdown, read as text: its command in code, in bold, or plain before a separator
// (a colon with a space beside it, not the one of `-p 80:80`).
const CODE_FIRST = /^`((?:\$\s*)?docker\s[^`]+)`(.*)$/;
const BOLD_FIRST = /^(\*\*|__)((?:\$\s*)?docker\s.+?)\1(.*)$/;
const PLAIN_FIRST = /^((?:\$\s*)?docker\s.+?)(?:\s+[:：]|[:：](?=\s)|\s[—–]|\s-{1,2}(?=\s))\s*(\S.*)$/;
/** What people put before a line instead of a list marker: 👉, ▶, •, ✔️, →. */
const SYMBOL = /^[^\p{L}\p{N}\s`*_[$(]+\s*/u;

/** A command and what the note says it does; `unmarked` when the command was not written in code. */
interface CommandText {
  command: string;
  text: string;
  unmarked?: true;
}

function commandInLine(line: string): CommandText | undefined {
  const raw = line.trim().replace(SYMBOL, '');
  let command: string | undefined;
  let rest = '';
  const code = CODE_FIRST.exec(raw);
  const bold = code ? null : BOLD_FIRST.exec(raw);
  if (code || bold) {
    command = code ? code[1]! : bold![2]!;
    rest = code ? code[2]! : bold![3]!;
    if (!AFTER_COMMAND.test(rest)) return undefined;
  } else {
    const plain = PLAIN_FIRST.exec(raw);
    if (!plain) return undefined;
    [, command, rest] = plain as unknown as [string, string, string];
  }
  const text = plainOf(rest.replace(/^\s*(?:[:：—–-]{1,2}\s*)?/, ''));
  if (text.length < 2 || INTRODUCES_FLAGS.test(text)) return undefined;
  const found = { command: normalizeDashes(command!.replace(/^\$\s*/, '').trim()), text };
  return code ? found : Object.assign(found, { unmarked: true as const });
}

/** The cheat-sheet lines of a block, each with its line: one for an item, every line of a paragraph. */
function commandLines(block: Block, hasCode: boolean): ((CommandText & { line: number }) | undefined)[] {
  const { token } = block;
  if (token.type !== 'paragraph') {
    const first = (token as Tokens.ListItem).tokens[0] as Tokens.Text | undefined;
    const found =
      commandAndText(first?.tokens ?? [], false) ?? commandInLine(first?.raw.split('\n', 1)[0] ?? '');
    return [found && { ...found, line: block.line }];
  }
  // Beside a section's own code, a paragraph explains that code's command: it stays the text.
  if (hasCode) return [];
  const lines = token.raw.replace(/\n+$/, '').split('\n');
  if (lines.length === 1) {
    // One line: longer text is a section's explanation, not a cheat-sheet line.
    if (token.raw.length > 200) return [];
    const found = commandAndText((token as Tokens.Paragraph).tokens, true) ?? commandInLine(lines[0]!);
    return [found && { ...found, line: block.line }];
  }
  return lines.map((l, i) => {
    const found = commandInLine(l);
    return found && { ...found, line: block.line + i };
  });
}

export const commandBullets: BlockRecognizer = {
  name: 'command-bullets',
  types: ['list_item', 'paragraph'],
  match(section, at, { builder, grammar, commandsOf }) {
    const block = section.blocks[at]!;
    const found = commandLines(block, commandsOf(section).length > 0);
    // Every line of it must be one: a paragraph with a line of prose is prose.
    if (found.length === 0 || !found.every(Boolean)) return undefined;
    let made = 0;
    for (const { command, text, line, unmarked } of found as (CommandText & { line: number })[]) {
      const words = command.split(/\s+/).slice(1);
      // Out of code, `docker image - 읽기 전용 템플릿` may be a term: only a whole command makes a
      // card, and anything else is left to the term shapes without a warning.
      if (unmarked && !grammar.commandPath(words)) continue;
      const [resolved] = resolveLine({ words, line }, grammar, builder);
      if (!resolved) continue;
      const id = commandId(resolved.path);
      builder.add(
        {
          kind: 'command',
          front: `\`${command}\``,
          back: text,
          command: resolved.path,
          examples: [command],
          tasks: [{ prompt: text, command }],
        },
        {
          key: id,
          scope: 'global',
          alternatives: [[id, ...words.slice(1).filter((w) => /^[\w-]+$/.test(w))]],
        },
        {
          line,
          endLine: found.length === 1 ? block.endLine : line,
          recognizer: 'command-bullets',
        },
      );
      made++;
    }
    return made > 0 ? { end: at + 1, use: 'own', taught: true } : undefined;
  },
};
