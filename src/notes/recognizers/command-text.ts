// Below or beside code of several commands, which of the note's words are about which command:
// sentences that name them in turn, paragraphs that open with one, and the names text may use.
import type { Block } from '../document.js';
import { sentencesOf } from '../sentences.js';
import { markdownOf, type NoteContext, type ResolvedLine } from './recognizer.js';

/** Markdown that is running text only: no list, table, quote or code. */
const RUNNING_TEXT = (text: string) => !/^\s*(?:[-*+|>]|\d+[.)]\s|```|~~~|#)/m.test(text);

/**
 * `` `docker stop` sends SIGTERM … `docker start web` starts it again … `docker rm` deletes … ``:
 * running text that names the block's commands in turn says of each what it does. A command's
 * sentences run from one that names it to one that names another of them; undefined unless the
 * text names at least two of them so.
 */
export function sentencesAbout(
  text: string,
  path: string,
  { paths, bare }: CommandNames,
  context: NoteContext,
): string | undefined {
  if (text === '' || !RUNNING_TEXT(text)) return undefined;
  let current: string | undefined;
  const named = new Set<string>();
  const mine: string[] = [];
  // A line of a command and what it does (`docker volume rm → 볼륨 삭제`) starts a sentence,
  // whatever ended the line before it.
  const sentences = text
    .split(/\n(?=[ \t]*`?(?:\$\s*)?docker\s[^\n]*?(?:→|->|=>|\s[:：—–-]\s))/)
    .flatMap((piece, at) => sentencesOf(piece).map((s) => ({ ...s, line: `${at}:${s.line}` })));
  let lastLine: string | undefined;
  for (const sentence of sentences) {
    const first =
      context.commandsIn(sentence.text).find((p) => p !== undefined && paths.includes(p)) ??
      bare.find((b) => b.opens.test(sentence.text))?.path;
    if (first) {
      current = first;
      named.add(first);
    }
    if (current === path) {
      // Sentences of one line stay one line: `freezes them; nothing is killed`.
      const sentenceText = sentence.text.trim();
      if (mine.length > 0 && sentence.line === lastLine) mine.push(`${mine.pop()} ${sentenceText}`);
      else mine.push(sentenceText);
      lastLine = sentence.line;
    }
  }
  return named.size >= 2 && mine.length > 0 ? mine.join('\n') : undefined;
}

/** A block's commands, as text may name them. */
export interface CommandNames {
  paths: string[];
  /**
   * `network ls = list networks`, `` `volume create` makes … ``: a sentence may open with a
   * command's words as its code writes them, without `docker`. Names of two words or more, or in
   * inline code.
   */
  bare: { path: string; opens: RegExp }[];
}

/** Made once per section, for all of its commands' cards. */
export function commandNames(lines: ResolvedLine[], { grammar }: NoteContext): CommandNames {
  const names = new Map<string, string>();
  for (const line of lines) {
    // The fewest words that name the command: its arguments follow them.
    for (let k = 1; k <= Math.min(3, line.words.length); k++) {
      if (grammar.commandPath(line.words.slice(0, k)) !== line.path) continue;
      names.set(line.words.slice(0, k).join(' '), line.path);
      break;
    }
  }
  const bare = [...names].map(([name, path]) => {
    const words = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const written = name.includes(' ') ? `\`?${words}\`?` : `\`${words}\``;
    return { path, opens: new RegExp(`^\\s*[*_]*${written}[*_]*(?=[\\s:=：—–-])`) };
  });
  // `Pausing freezes …`, `Unpausing lets them …`: an English sentence may open with the command's
  // verb in another form. Words of four letters or more, so `rm` or `ps` never match a word.
  for (const [name, path] of names) {
    const verb = name.split(' ').at(-1)!;
    if (!/^[a-z]{4,}$/.test(verb)) continue;
    const stem = verb.replace(/e$/, '');
    const first = `[${stem[0]}${stem[0]!.toUpperCase()}]${stem.slice(1)}`;
    bare.push({ path, opens: new RegExp(`^\\s*[*_]*${first}${stem.at(-1)}?(?:e|es|ed|ing|s)?[*_]*(?=\\s)`) });
  }
  return { paths: lines.map((l) => l.path), bare };
}

/** A paragraph that opens by naming a command: `` `docker network create` options: ``, `` `docker network inspect` prints … ``. */
const OPENS_WITH_DOCKER = /^\s*[*_]*`?(?:\$\s*)?docker\s[^`\n]*`?/;

/** The block's command that the text opens with (its first block a paragraph that names it first), if any. */
export function openingCommand(
  blocks: Block[],
  names: CommandNames,
  context: NoteContext,
): string | undefined {
  const first = blocks.find((b) => b.token.type !== 'space');
  return first?.token.type === 'paragraph' ? commandOpening(first.token.raw, names, context) : undefined;
}

/** The block's command a paragraph opens with: `` `docker network create` options: ``, `` `volume rm` deletes … ``. */
function commandOpening(
  raw: string,
  { paths, bare }: CommandNames,
  context: NoteContext,
): string | undefined {
  const opener = OPENS_WITH_DOCKER.exec(raw)?.[0];
  return (
    (opener ? context.commandsIn(opener).find((p) => p !== undefined && paths.includes(p)) : undefined) ??
    bare.find((b) => b.opens.test(raw))?.path
  );
}

/**
 * Below code of several commands, paragraphs that each open with one of them, the lists and tables
 * under each going with it: ``\`docker network create\` options:`` and its bullets, then
 * ``\`docker network disconnect …\` takes the container off…``. The command's own blocks; undefined
 * unless the text gives at least two of the commands blocks so.
 */
export function blocksAbout(
  blocks: Block[],
  path: string,
  names: CommandNames,
  context: NoteContext,
): string | undefined {
  let current: string | undefined;
  const named = new Set<string>();
  const mine: Block[] = [];
  for (const block of blocks) {
    if (block.token.type === 'paragraph') {
      const first = commandOpening(block.token.raw, names, context);
      // A paragraph that names none goes on with the command before it (or with none, at the start).
      if (first) {
        current = first;
        named.add(first);
      }
    }
    if (current === path) mine.push(block);
  }
  return named.size >= 2 && mine.length > 0 ? markdownOf(mine) : undefined;
}
