// Which commands of a code block the text beside it is about: by their names, the words they open
// with, and their lines' flags (code-commands.ts gives each command its card of that text).
import type { Tokens } from 'marked';
import { introduces } from '../concept-cards.js';
import type { Block } from '../document.js';
import type { CommandNames } from './command-text.js';
import { markdownOf, type NoteContext, type ResolvedLine } from './recognizer.js';

/** The text blocks between the previous code block and the code block holding `line`. */
export function blocksBefore(blocks: Block[], line: number): Block[] {
  const before = blocks.filter((b) => b.line < line);
  const lastCode = before.findLastIndex((b, i) => b.token.type === 'code' && i < before.length - 1);
  return before.slice(lastCode + 1).filter((b) => b.token.type !== 'code');
}

/** The text blocks after the code block holding `line`, up to the next code block. */
export function blocksAfter(blocks: Block[], line: number): Block[] {
  const at = blocks.findIndex((b) => b.token.type === 'code' && b.line <= line && line <= b.endLine);
  const next = blocks.findIndex((b, i) => i > at && b.token.type === 'code');
  return blocks.slice(at + 1, next === -1 ? undefined : next);
}

/** The paragraphs after the code block holding `line`, up to the next code block, as markdown. */
export const paragraphsAfter = (blocks: Block[], line: number) =>
  markdownOf(blocksAfter(blocks, line).filter((b) => b.token.type === 'paragraph'));

/**
 * Of the commands of a code block, those the text beside it is about: the ones it names or whose
 * flags it names (`–advertise-addr = …` below `docker swarm init …`), else the block's first
 * command, when the text names none of the others.
 */
export function sharedTextOwners(
  text: Block[],
  lines: ResolvedLine[],
  names: CommandNames,
  codeFirst: boolean,
  context: NoteContext,
): (block: Block) => Set<string> {
  const owners = new Map<Block, Set<string>>();
  return (block) => {
    let found = owners.get(block);
    if (found) return found;
    const mine = lines.filter((l) => l.line >= block.line && l.line <= block.endLine);
    const words = markdownOf(codeFirst ? blocksAfter(text, block.line) : blocksBefore(text, block.line));
    found = commandsNamedBy(words, mine, names, context);
    // `` `save` / `load` ``, `- __prune__ : …` below the block: commands named by their last word,
    // in code or in bold (the first of the block's commands of that word).
    if (found.size === 0) {
      const seenWords = new Set<string>();
      for (const l of mine) {
        const word = l.path.split(' ').at(-1)!;
        if (seenWords.has(word)) continue;
        seenWords.add(word);
        if (['`', '**', '__'].some((m) => words.includes(`${m}${word}${m}`))) found.add(l.path);
      }
    }
    // Text that names none of them is about the first, unless the block is a list of commands of
    // its own (a cheat sheet's, each with its comment): then it is the list's, no one command's.
    if (found.size === 0 && mine[0] && new Set(mine.map((l) => l.path)).size <= 2) found.add(mine[0].path);
    owners.set(block, found);
    return found;
  };
}

/** Of `lines`, the commands `words` name: by their name, by the word they open with, or by their flags. */
function commandsNamedBy(
  words: string,
  lines: ResolvedLine[],
  names: CommandNames,
  context: NoteContext,
  /** Flags in bold count too (`- __-d__: …`): for one block of text, not the whole side of a block. */
  inMarkup = false,
): Set<string> {
  const named = new Set(context.commandsIn(words).filter((p): p is string => p !== undefined));
  const flat = words.replace(/[–—]{1,2}(?=[a-z])/g, (d) => (d.length === 2 ? '--' : '-'));
  // `` `-t 0` `` names the flag with its value: a line's `-t` with another value, or none, is not it.
  const valued = [...flat.matchAll(VALUED_FLAG)].map((m) => [m[1]!, m[2]!] as const);
  const bare = flat.replace(VALUED_FLAG, ' ');
  // A flag two of the commands have (`--memory` on `docker run` and `docker update`) names neither.
  const flagPaths = new Map<string, Set<string>>();
  for (const l of lines)
    for (const w of l.words)
      if (/^-{1,2}[a-z][a-z-]*$/.test(w)) flagPaths.set(w, (flagPaths.get(w) ?? new Set()).add(l.path));
  const namesFlag = (l: ResolvedLine) =>
    l.words.some(
      (w, i) =>
        /^-{1,2}[a-z][a-z-]*$/.test(w) &&
        ((flagPaths.get(w)!.size === 1 &&
          new RegExp(`(?:^|[\\s\`(${inMarkup ? '*_' : ''}])${w}(?![a-z-])`).test(bare)) ||
          valued.some(([flag, value]) => flag === w && value === l.words[i + 1])),
    );
  return new Set(
    lines
      .filter(
        (l) =>
          named.has(l.path) ||
          names.bare.some((b) => b.path === l.path && b.opens.test(words)) ||
          namesFlag(l),
      )
      .map((l) => l.path),
  );
}

/**
 * The text after a block of several commands, for one of them: the blocks that name it (by name,
 * by the word they open with, by its line's flags) and those that follow them naming none (the text
 * goes on about what it last named), without the ones about the others (`about`: those alone). Text
 * before any block names a command is the whole block's. Below `docker run -d …` and `docker exec -it …`: `- -d : …` and
 * `- --name : …` are run's, `exec 는 …` and the line after it exec's.
 */
export function ownBlocks(
  side: Block[],
  path: string,
  shared: ResolvedLine[],
  names: CommandNames,
  context: NoteContext,
): { blocks: Block[]; about: Block[] } {
  const named = new Map(side.map((b) => [b, commandsNamedBy(b.token.raw, shared, names, context, true)]));
  // A command named by its last word in code (`` `load` reads it back``, `` `up -d` 는 …``), this one
  // or another of the block: a block that names another first may still say something of this one.
  for (const p of new Set([path, ...shared.map((l) => l.path)])) {
    const word = p.split(' ').at(-1)!;
    for (const b of side)
      if (b.token.raw.includes(`\`${word}\``) || b.token.raw.includes(`\`${word} `)) named.get(b)!.add(p);
  }
  // A list is the commands' its items name (its lead-in line too, `up` over `- __-d__: …`), when
  // only one command's: items that name none are that command's as well.
  const listNames = new Map<Tokens.List, Set<string>>();
  const leadIns: Block[] = [];
  for (const [b, paths] of named) {
    if (!b.list) continue;
    const all = listNames.get(b.list) ?? new Set<string>();
    for (const p of paths) all.add(p);
    listNames.set(b.list, all);
  }
  for (const [i, b] of side.entries()) {
    const next = side[i + 1];
    if (b.token.type !== 'paragraph' || !next?.list || next.line !== b.endLine + 1) continue;
    if (named.get(b)!.size > 0) continue;
    const names = listNames.get(next.list) ?? new Set<string>();
    named.set(b, new Set(names));
    // (`위에서부터:` over items each about one of them: it leads into each one's text, and says nothing.)
    if (names.size > 1 && introduces(b)) leadIns.push(b);
  }
  let current: Set<string> | undefined;
  const kept: Block[] = [];
  const about: Block[] = [];
  for (const b of side) {
    const own = named.get(b)!;
    const list = b.list && listNames.get(b.list);
    const owners = own.size > 0 ? own : list && list.size === 1 ? list : current;
    if (own.size > 0) current = own;
    if (!owners || owners.size === 0 || owners.has(path)) kept.push(b);
    if (owners?.has(path)) about.push(b);
  }
  const says = (b: Block) => !leadIns.includes(b);
  const mine = about.some(says) ? kept.filter(says) : kept;
  return { blocks: mine.length > 0 ? mine : side, about: about.some(says) ? about.filter(says) : about };
}

/** A flag and its value in inline code: `` `-t 0` ``, `` `--restart always` ``. */
const VALUED_FLAG = /`(-{1,2}[a-z][a-z-]*)[ =]([^\s`]+)`/g;
