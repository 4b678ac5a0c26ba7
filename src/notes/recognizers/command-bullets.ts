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
import { saysWhatItDoes } from '../../text/says-what-it-does.js';
import { flagsOf, readTermBullet } from '../bullets.js';
import type { Block, Section } from '../document.js';
import { addFlagCard, commandId } from '../flag-cards.js';
import { plainOf, plainText } from '../markdown.js';
import { resolveLine } from './code-commands.js';
import { noiseReason } from './noise.js';
import { type BlockRecognizer, isContent, markdownOf, type NoteContext } from './recognizer.js';

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
    // `` `docker node promote x` / `docker node demote x` change the role ``: what follows is both's.
    let next = 1;
    const others: string[] = [];
    while (JOINS.test(plainText(inline.slice(next, next + 1))) && dockerCode(inline[next + 1])) {
      others.push(clean(dockerCode(inline[next + 1])!));
      next += 2;
    }
    const after = plainText(inline.slice(next));
    // `` `docker stop` 시 보낼 시그널 ``: the command is a clause's (when it runs), not the line's subject.
    if (SUBORDINATE.test(after)) return undefined;
    // `` `docker compose down`으로는 안 지워지고 … ``: a particle makes the command part of the
    // sentence, and the card says the whole of it.
    if (!strict && (/^[\uac00-\ud7a3]/.test(after) || SPACED_PARTICLE.test(after))) {
      const whole = plainText(inline).replace(/\s+/g, ' ').trim();
      return others.length > 0
        ? { command: clean(first), text: whole, others }
        : { command: clean(first), text: whole };
    }
    // The command, then a separator or a space and words. `` `docker run`과 … `` (a particle) and
    // `` `docker container run`, `docker run` `` (a list of names) are a sentence, not this shape.
    if (strict && !AFTER_COMMAND.test(after)) return undefined;
    const text = after
      .replace(/^\s*(?:[:：—–-]\s*)?/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text.length < 3 || INTRODUCES_FLAGS.test(text)) return undefined;
    return others.length > 0 ? { command: clean(first), text, others } : { command: clean(first), text };
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
  // `` - `-q` - only IDs: `docker rm $(docker ps -aq)` ``: a flag's line, its example last.
  if (FLAG_FIRST.test(normalizeDashes(text))) return undefined;
  // Two letters are a Korean word (`삭제: …`).
  return text.length >= 2 ? { command: clean(last), text } : undefined;
}

/**
 * `` `docker volume create` options worth knowing: `-d` … ``, `` `docker network create` 자주 쓰는 옵션 ``,
 * `` `docker compose up` 에 붙이는 것: ``: flags follow, not what it does.
 */
const INTRODUCES_FLAGS =
  /^(?:(?:useful|common|handy|important)\s+)?(?:options?|flags?|옵션|플래그)(?![a-z])|^(?:에서|에|의)?\s*(?:(?:자주|많이|제일|가장|주로|흔히)\s*)*(?:쓰는|사용하는|쓰이는|붙이는|주는)\s*(?:옵션|플래그|것)/i;

/** Between two commands that share their text: `/`, `,`, `or`, `및`. */
const JOINS = /^\s*(?:[/,|·]|or|and|및|또는)\s*$/;
const FLAG_FIRST = /^-{1,2}[A-Za-z0-9]/;

/** `시`, `할 때`, `전에`, `처럼` after a command: it names when or like what, the sentence is about something else. */
const SUBORDINATE =
  /^\s*(?:시|할\s*때|때|하기\s*전에?|전에?|후에?|이후에?|뒤에?|중에?|처럼|같이|같은|대신)(?=\s|[,.]|$)/;

/** What a command may be followed by in running text: a separator, or a space and words. */
const AFTER_COMMAND = /^(?:\s*[:：—–]|\s+-{1,2}\s|\s+[^\s,;:)])/;

// A line written in markdown, read as text: its command in code, in bold, or plain before a separator
// (a colon with a space beside it, not the one of `-p 80:80`).
const CODE_FIRST = /^`((?:\$\s*)?docker\s[^`]+)`(.*)$/;
const BOLD_FIRST = /^(\*\*|__)((?:\$\s*)?docker\s.+?)\1(.*)$/;
const PLAIN_FIRST =
  /^((?:\$\s*)?docker\s.+?)(?:\s+[:：]|[:：](?=\s)|\s[—–]|\s-{1,2}(?=\s)|\s*(?:→|->|=>)|\s+#(?=\s))\s*(\S.*)$/;
/** What people put before a line instead of a list marker: 👉, ▶, •, ✔️, →. */
const SYMBOL = /^[^\p{L}\p{N}\s`*_[$(]+\s*/u;

/** A command and what the note says it does; `unmarked` when the command was not written in code. */
interface CommandText {
  command: string;
  text: string;
  /** Commands written beside the first that the same text is about. */
  others?: string[];
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
    if (!AFTER_COMMAND.test(rest) || SUBORDINATE.test(rest)) return undefined;
  } else {
    const plain = PLAIN_FIRST.exec(raw);
    if (!plain) return undefined;
    [, command, rest] = plain as unknown as [string, string, string];
  }
  const text = plainOf(rest.replace(/^\s*(?:[:：—–-]{1,2}\s*|(?:→|->|=>)\s*|#\s+)?/, ''));
  if (text.length < 2 || INTRODUCES_FLAGS.test(text)) return undefined;
  const found = { command: normalizeDashes(command!.replace(/^\$\s*/, '').trim()), text };
  return code ? found : Object.assign(found, { unmarked: true as const });
}

/** The cheat-sheet lines of a block, each with its line: one for an item, every line of a paragraph. */
function commandLines(block: Block, hasCode: boolean): ((CommandText & { line: number }) | undefined)[] {
  const { token } = block;
  if (token.type !== 'paragraph') {
    const first = (token as Tokens.ListItem).tokens[0] as Tokens.Text | undefined;
    const found = itemCommand(first);
    return found ? [{ ...found, line: block.line }] : labelledCommands(block, first);
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
  // `**docker stop / kill / rm**` over `stop -t 30 → …` lines: each line's command goes on from
  // `docker`, which the label says once for all of them.
  const labelled = lines.length > 1 && DOCKER_LABEL.test(lines[0]!);
  return lines.flatMap((l, i) => {
    if (labelled && i === 0) return [];
    const found = commandInLine(labelled && !DOCKER_START.test(l) ? `docker ${l.trim()}` : l);
    return [found && { ...found, line: block.line + i }];
  });
}

/** A bold line that names docker commands and nothing else: `**docker stop / kill / rm**`. */
const DOCKER_LABEL = /^\s*(\*\*|__)docker\s[^*_\n]+\1\s*$/;
const DOCKER_START = /^\s*(?:\$\s*)?docker\s/;

function itemCommand(first: Tokens.Text | undefined): CommandText | undefined {
  return commandAndText(first?.tokens ?? [], false) ?? commandInLine(first?.raw.split('\n', 1)[0] ?? '');
}

/**
 * `- 컨테이너 관련:` with a command line in each item nested under it: a card per nested line, on its
 * own line. Only when every nested item is one (else the item is text, as it was).
 */
function labelledCommands(block: Block, first: Tokens.Text | undefined): (CommandText & { line: number })[] {
  const tokens = (block.token as Tokens.ListItem).tokens;
  const nested = tokens[1];
  if (tokens.length !== 2 || first?.type !== 'text' || nested?.type !== 'list') return [];
  if (!/[:：]\s*$/.test(plainText(first.tokens ?? []).trim())) return [];
  const items = (nested as Tokens.List).items;
  const found = items.map((item) => itemCommand(item.tokens[0] as Tokens.Text | undefined));
  if (!found.every(Boolean)) return [];
  const lines = nestedLines(block, items);
  return found.map((f, i) => ({ ...f!, line: lines[i]! }));
}

/** The file line of each item nested in a list item: where its first line stands in the item's text. */
function nestedLines(block: Block, items: Tokens.ListItem[]): number[] {
  const lines = block.token.raw.split('\n');
  let at = 1;
  return items.map((item) => {
    const head = item.raw.split('\n', 1)[0]!.trim();
    while (at < lines.length - 1 && lines[at]!.trim() !== head) at++;
    return block.line + at;
  });
}

/** `* **docker images** — …` with `* **-q** — …` nested under it: the flags are that command's. */
function addNestedFlags(block: Block, command: string, section: Section, context: NoteContext): boolean {
  if (block.token.type !== 'list_item') return false;
  const nested = (block.token as Tokens.ListItem).tokens.find((t) => t.type === 'list') as
    | Tokens.List
    | undefined;
  if (!nested) return false;
  const lines = nestedLines(block, nested.items);
  let made = false;
  for (const [i, item] of nested.items.entries()) {
    const bullet = readTermBullet(item);
    const flags = bullet && flagsOf(normalizeDashes(bullet.term));
    if (!flags || bullet.description === '') continue;
    const line = lines[i]!;
    made = true;
    addFlagCard(
      {
        term: bullet.term,
        flags,
        description: bullet.description,
        line,
        endLine: line,
        recognizer: 'command-bullets',
        command,
      },
      section,
      context,
    );
  }
  return made;
}

/** A command in code, an arrow, and only code after it (its result or the program it runs). */
const RESULT_LINE = /^\s*(?:[-*+]\s+)?`[^`]+`\s*(?:&rarr;|→|->|=>|⇒)\s*`[^`]+`\s*(?:<br\s*\/?>)?\s*$/;

/** `` `docker stop` 은 먼저 … ``: a particle written apart from the command it follows. */
const SPACED_PARTICLE = /^\s(?:은|는|이|가|을|를|으로|로|으로는|로는|에서|도|만)\s/;

/**
 * `- mount flags on \`docker run\`` with `- \`-v, --volume\` — …` nested under it: a label that names
 * one command, and its flags below.
 */
export const leadInFlags: BlockRecognizer = {
  name: 'lead-in-flags',
  types: ['list_item'],
  match(section, at, context) {
    const block = section.blocks[at]!;
    const item = block.token as Tokens.ListItem;
    const first = item.tokens[0];
    if (!first || !item.tokens.some((t) => t.type === 'list') || !first.raw.includes('docker'))
      return undefined;
    const label = first.raw.trim();
    if (label.includes('\n') || label.length > 80) return undefined;
    const commands = context.commandsIn(label).filter(Boolean);
    if (commands.length !== 1) return undefined;
    return addNestedFlags(block, commands[0]!, section, context)
      ? { end: at + 1, use: 'own', taught: true }
      : undefined;
  },
};

export const commandBullets: BlockRecognizer = {
  name: 'command-bullets',
  types: ['list_item', 'paragraph'],
  match(section, at, context) {
    const { builder, grammar, commandsOf } = context;
    const block = section.blocks[at]!;
    // A cheap first look: every shape of this names `docker`.
    if (!block.token.raw.includes('docker')) return undefined;
    // `docker run myping` → `ping -c 3 localhost`: what the example above runs, not what docker does.
    if (
      block.token.raw
        .trim()
        .split('\n')
        .every((l) => RESULT_LINE.test(l))
    )
      return undefined;
    const found = commandLines(block, commandsOf(section).length > 0);
    // Every line of it must be one: a paragraph with a line of prose is prose.
    if (found.length === 0 || !found.every(Boolean)) return undefined;
    const more = found.length === 1 ? continuation(section, at, context) : [];
    let made = 0;
    const each = (found as (CommandText & { line: number })[]).flatMap((f) => [
      f,
      ...(f.others ?? []).map((command) => ({ ...f, command })),
    ]);
    for (const { command, text, line, unmarked } of each) {
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
          back: more.length > 0 ? `${text}\n\n${markdownOf(more)}` : text,
          command: resolved.path,
          examples: [command],
          ...(saysWhatItDoes(text) ? { tasks: [{ prompt: text, command }] } : {}),
        },
        {
          key: id,
          scope: 'global',
          alternatives: [[id, ...words.slice(1).filter((w) => /^[\w-]+$/.test(w))]],
        },
        {
          line,
          endLine: found.length === 1 ? (more.at(-1) ?? block).endLine : line,
          recognizer: 'command-bullets',
        },
      );
      made++;
      if (found.length === 1) addNestedFlags(block, resolved.path, section, context);
    }
    if (made === 0) return undefined;
    const end = more.length > 0 ? section.blocks.indexOf(more.at(-1)!) + 1 : at + 1;
    return { end, use: 'own', taught: true };
  },
};

/**
 * `` `docker system prune` is the nuclear option, see below. `` then `> Careful: with -a --volumes …`:
 * in a section with no code, the running text after a command line goes on about that command, up
 * to a block that names a command or flag first, or is a card of its own: their shapes keep those.
 */
function continuation(section: Section, at: number, { commandsOf }: NoteContext): Block[] {
  const { blocks } = section;
  if (blocks[at]!.token.type !== 'paragraph' || commandsOf(section).length > 0) return [];
  if (blocks.slice(0, at).some(isContent)) return [];
  const rest = blocks.slice(at + 1).filter(isContent);
  // Not a callout, a question or a card line (`::`, `==…==`, `Q:`): those are cards of their own.
  const running = (b: Block) =>
    (b.token.type === 'paragraph' || b.token.type === 'blockquote') &&
    !noiseReason(b) &&
    !/^[>\s]*(?:[-*+]\s|\d+[.)]\s|\[!|[*_`]*(?:\$\s*)?docker\s|[*_`]*[-–—]{1,2}[a-zA-Z]|[*_]*(?:Q|A|질문|답)\s*[.:：])/i.test(
      b.token.raw,
    ) &&
    !/::|==\S|\?\s*$/m.test(b.token.raw);
  const stop = rest.findIndex((b) => !running(b));
  return stop === -1 ? rest : rest.slice(0, stop);
}
