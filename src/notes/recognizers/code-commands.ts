// `docker …` lines in any code: fences of any language or none, indented code, shell prompts,
// Liquid `{% highlight %}` blocks (document.ts makes those fences). A section that teaches one command
// makes one card of the whole section; a section of several commands gives each its own card with the
// text that explains it: the text before its code, or after it when the section opens with code (the
// usual Korean TIL layout: code, then what it does).
import type { Tokens } from 'marked';
import type { CardBuilder } from '../card-builder.js';
import { dockerLines } from '../code-lines.js';
import { type Block, isGenericTitle, type Section } from '../document.js';
import { addDefinedFlag, addFlagCard, commandId, fence, tasksOf } from '../flag-cards.js';
import type { NoteGrammar } from '../grammar.js';
import { definesTerm } from '../prose-terms.js';
import { blocksAbout, commandNames, openingCommand, sentencesAbout } from './command-text.js';
import {
  blocksAfter,
  blocksBefore,
  ownBlocks,
  paragraphsAfter,
  sharedTextOwners,
} from './command-text-owners.js';
import {
  type BlockRecognizer,
  markdownOf,
  type NoteContext,
  type ResolvedLine,
  tokensOf,
} from './recognizer.js';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/** The first line of a code block's code. */
const codeStart = (block: Block) =>
  (block.token as Tokens.Code).codeBlockStyle === 'indented' ? block.line : block.line + 1;

/** The docker lines of one code block the grammar knows; the others are reported when they read as commands. */
export function resolveCode(block: Block, grammar: NoteGrammar, builder: CardBuilder): ResolvedLine[] {
  const { lines, mistyped } = dockerLines((block.token as Tokens.Code).text, codeStart(block));
  for (const typo of mistyped) {
    builder.diagnose(typo.line, `'${typo.word}' looks like a typo of 'docker'; this line makes no card`);
  }
  return lines.flatMap((line) => resolveLine(line, grammar, builder));
}

/** `<이름>`, `[컨테이너]`, `{id}`: a word that stands for what the reader types. */
const PLACEHOLDER = /^(?:<[^<>]+>|\[[^\]]+\]|\{[^{}]+\})$/;

/** A docker line with its command path, or nothing (with a warning when it reads as a command). */

export function resolveLine<L extends { words: string[]; line: number }>(
  line: L,
  grammar: NoteGrammar,
  builder: CardBuilder,
): (L & { path: string })[] {
  const [word = '', second] = line.words;
  // Prose in code (`docker image가 …`, `docker 를 설치`) is no command: nothing to say about it.
  // (A placeholder in Korean is an argument: `docker kill <이름>`.)
  const head = line.words.slice(0, 2).filter((w) => !PLACEHOLDER.test(w));
  if (!/^[a-z][a-z0-9-]*$/.test(word) || HANGUL.test(head.join(' '))) return [];
  const path = grammar.commandPath(line.words);
  if (path) {
    const better = grammar.misplacedSubcommand(line.words);
    if (better) {
      builder.diagnose(
        line.line,
        `'docker ${word} ${second}': '${path}' has no subcommand '${second}' (did you mean '${better}'?); this line makes no card`,
      );
      return [];
    }
    return [Object.assign({}, line, { path })];
  }
  if (grammar.isUncovered(line.words)) return [];
  const group = grammar.groupProblem(line.words);
  if (group) {
    builder.diagnose(line.line, group);
    return [];
  }
  const hint = grammar.suggest(word);
  const mean = hint && hint !== word ? ` (did you mean 'docker ${hint}'?)` : '';
  builder.diagnose(line.line, `'docker ${word}' is not a docker command${mean}`);
  return [];
}

export const codeCommands: BlockRecognizer = {
  name: 'code-commands',
  types: ['code'],
  match(section, at, context) {
    const block = section.blocks[at]!;
    if (block.token.type !== 'code') return undefined;
    const mine = context.commandsOf(section).filter((l) => l.line >= block.line && l.line <= block.endLine);
    if (mine.length === 0) return undefined;
    // Options explained beside a command's continuation lines: `-d \  # 백그라운드`.
    let taught = false;
    for (const line of mine) {
      // `docker logs -f web  # -f = follow the output`: the comment says what the line's flag does.
      if (line.description && addDefinedFlag(line.description, line, 'code-commands', section, context)) {
        taught = true;
      }
      for (const note of line.flagNotes) {
        const flag = {
          term: note.flag,
          flags: [note.flag],
          description: note.text,
          line: note.line,
          endLine: note.line,
          recognizer: 'code-commands',
          command: line.path,
        };
        taught = !!addFlagCard(flag, section, context) || taught;
      }
    }
    return { end: at + 1, use: 'text', taught };
  },
};

/**
 * The command cards of a section, once its blocks are claimed: `text` are the blocks that are the
 * section's text (what no question or noise took), in order.
 */
export function addCommandCards(section: Section, text: Block[], context: NoteContext): number {
  // Only the code that is the section's text: code inside a question's answer is the answer's.
  const code = text.filter((b) => b.token.type === 'code');
  const lines = context
    .commandsOf(section)
    .filter((l) => code.some((b) => b.line <= l.line && l.line <= b.endLine));
  if (lines.length === 0) return 0;
  const paths = [...new Set(lines.map((l) => l.path))];
  const { builder } = context;
  if (paths.length === 1) {
    // The whole section teaches its command: text, flag bullets and examples all go on the back.
    const path = paths[0]!;
    const origin = { line: section.line, endLine: section.endLine, recognizer: 'code-commands' };
    const topic = topicOf(section);
    const prose = text.filter((b) => b.token.type !== 'code');
    if (
      (topic === '' || isGenericTitle(topic)) &&
      prose.length === 0 &&
      !lines.some((l) => l.description) &&
      !section.anchor
    ) {
      // Code alone under no heading of its own (`### Example` and `docker start web`): docker's
      // words say what it does, until a card with the note's own comes; a command the note has a
      // card of already needs none.
      const summary = stopgapSummary(path, context);
      if (summary === undefined) return 0;
      builder.add(
        commandCard(path, `\`${path}\``, `${summary}.\n\n${fence(lines.map((l) => l.text))}`, lines, summary),
        {
          key: commandId(path),
          scope: 'global',
          alternatives: [[commandId(path), section.title]],
          stopgap: true,
        },
        origin,
      );
      return 1;
    }
    // Code and words on its flags only (`# -a: every unused image`, `` `--filter until=72h` keeps … ``):
    // the flags have their cards; docker's summary says what the command itself does.
    // A heading that names a flag (`Read-only root filesystem (--read-only)`) is about that use of
    // the command; its words say so already.
    const aboutUse = /(?:^|[\s(`])[-–—]{1,2}[a-zA-Z]/.test(section.title);
    // `**태그 (tag)** — …` paragraphs with an example of one: the terms have their cards, and the
    // command's card is the example with docker's words, no glossary on its back.
    const glossary = builder.user && prose.length >= 2 && prose.every(definesTerm);
    const summary =
      builder.user && !aboutUse && (glossary || prose.every(aboutFlag))
        ? context.grammar.summary(path, builder.lang)
        : undefined;
    if (summary) {
      const shown = glossary ? fence(lines.map((l) => l.text)) : markdownOf(text);
      builder.add(
        commandCard(
          path,
          glossary ? `\`${path}\`` : topic || `\`${path}\``,
          `${summary}.\n\n${shown}`,
          lines,
          summary,
        ),
        {
          key: commandId(path),
          scope: 'global',
          alternatives: [[commandId(path), section.title]],
          explicit: section.anchor,
        },
        origin,
        `${summary}.`,
      );
      return 1;
    }
    const id = builder.add(
      commandCard(path, topic || `\`${path}\``, markdownOf(text), lines),
      {
        key: commandId(path),
        scope: 'global',
        alternatives: [[commandId(path), section.title]],
        explicit: section.anchor,
      },
      origin,
      tokensOf(text),
    );
    // (Its code is among its blocks: nothing to keep below them.)
    if (builder.user) context.concepts.push({ id, section, blocks: text, code: '' });
    return 1;
  }
  return addEachCommand(section, text, lines, paths, context);
}

/**
 * The commands in a question's answer (`## Where did my disk space go?` over a block of
 * `docker … # comment` lines and the text on each): the question's card holds the answer, and each
 * command gets its card too, when the note has none of it. One command is the answer's example.
 */
export function addAnswerCommands(section: Section, text: Block[], context: NoteContext): void {
  const code = text.filter((b) => b.token.type === 'code');
  if (code.length === 0) return;
  const lines = context
    .commandsOf(section)
    .filter((l) => code.some((b) => b.line <= l.line && l.line <= b.endLine));
  const paths = [...new Set(lines.map((l) => l.path))];
  if (paths.length < 2) return;
  const fresh = paths.filter((path) => !carded(context.builder, path));
  addEachCommand(section, text, lines, fresh, context);
}

/** A card for each of `paths`, the commands of the section's code, with the text that is about it. */
function addEachCommand(
  section: Section,
  text: Block[],
  lines: ResolvedLine[],
  paths: string[],
  context: NoteContext,
): number {
  const { builder } = context;
  const codeFirst = text[0]?.token.type === 'code';
  // The section's commands some text names (all of them, not only those to card here).
  const shown = new Set(lines.map((l) => l.path));
  const namedIn = (words: string) =>
    context.commandsIn(words).filter((p): p is string => p !== undefined && shown.has(p));
  // A command the section's own lines explain (`1. \`docker compose ps\` lists …` below the code) has
  // its card from them already: a second card of the bare code would only repeat it.
  const explained = new Set<string>();
  // This section's cards are the last ones made (sections are read in order).
  for (let i = builder.cards.length - 1; i >= 0 && builder.cards[i]!.source.line >= section.line; i--) {
    const card = builder.cards[i]!;
    if (card.kind === 'command') explained.add(card.command);
  }
  let made = 0;
  const names = commandNames(lines, context);
  const sharedText = sharedTextOwners(text, lines, names, codeFirst, context);
  for (const path of paths) {
    if (explained.has(path)) continue;
    const mine = lines.filter((l) => l.path === path);
    const first = mine[0]!.line;
    const block = text.find((b) => b.token.type === 'code' && b.line <= first && first <= b.endLine);
    const inBlock = block ? lines.filter((l) => l.line >= block.line && l.line <= block.endLine) : [];
    const side = codeFirst ? blocksAfter(text, first) : blocksBefore(text, first);
    // (Below a block of several commands, each text block goes to the commands it names.)
    const split =
      codeFirst && inBlock.some((l) => l.path !== path)
        ? ownBlocks(side, path, inBlock, names, context)
        : undefined;
    const blocks = split?.blocks ?? side;
    const explanation = markdownOf(blocks);
    const textAbout = (side: Block[]) =>
      blocksAbout(side, path, names, context) ?? sentencesAbout(markdownOf(side), path, names, context);
    const about = textAbout(blocks);
    // Text that names this command and none other of the section's is about it, but for the words
    // that only lead into the next code (`There are also per-type versions:`).
    const aboutOnly = (side: Block[]) => {
      const said = markdownOf(side.filter((b) => !/[:：]\s*$/.test(b.token.raw)));
      const named = namedIn(said);
      return textAbout(side) ?? (named.length > 0 && named.every((p) => p === path) ? said : undefined);
    };
    // Text beside a block of several commands explains the block: it stays on each card's back,
    // but only the command's own comments say what it alone does (a quiz asks by them, not by the
    // shared text, which another command of the block would answer as well).
    const shared = lines.some(
      (l) => l.path !== path && block && l.line >= block.line && l.line <= block.endLine,
    );
    const own = mine.flatMap((l) => (l.description ? [l.description] : [])).join('\n\n');
    // `docker ps --filter name=web` after `docker exec -it web bash`, and text that opens with
    // `docker exec`: the text is the other command's; this one only checks its work (no card here).
    const opens =
      codeFirst && shared && !about && own === '' ? openingCommand(blocks, names, context) : undefined;
    if (opens && opens !== path) continue;
    // Text on the other side of the code that names this command (`Plain \`docker system prune\`
    // removes …` below its block, in a section whose text otherwise leads into each block).
    const across = about
      ? undefined
      : aboutOnly(codeFirst ? blocksBefore(text, first) : blocksAfter(text, first));
    // The text of its side that names other commands of the section, and never this one, is theirs.
    const namedThere = about || across ? [] : namedIn(explanation);
    const theirs = namedThere.length > 0 && !namedThere.includes(path);
    let said = about ?? across ?? (theirs ? '' : explanation);
    let asked = about ?? across ?? (shared ? own : undefined);
    let summary: string | undefined;
    if (!about && shared && split && split.about.length > 0) {
      // Below a block of several commands, the text that is about this one says what it does.
      said = markdownOf(split.about);
      // (Its flags' lines say what the flags do, not the command: no summary of them.)
      if (!split.about.every(aboutFlag)) asked = said;
    } else if (!about && shared && block && !sharedText(block).has(path)) {
      // Text beside the block that is about another of its commands is no answer for this one.
      // What says what it does: sentences below the code that name it (`docker buildx ls` lists …),
      // its own comment, or docker's summary; no card when the note has one of the command already.
      const below = codeFirst
        ? undefined
        : sentencesAbout(paragraphsAfter(text, first), path, names, context);
      said = below ?? '';
      asked = below ?? (own === '' ? undefined : own);
    }
    // The blocks the back's text is, when it is whole blocks (concept-splits.ts may split it).
    const saidBlocks =
      said === ''
        ? undefined
        : said === explanation
          ? blocks
          : split && said === markdownOf(split.about)
            ? split.about
            : undefined;
    const code = fence(withComments(mine));
    let back = [said, code].filter(Boolean).join('\n\n');
    if (said === '' && own === '') {
      // Nothing in the note says what this command does: docker's summary does, for now.
      summary = stopgapSummary(path, context);
      if (summary === undefined) continue;
      back = `${summary}.\n\n${code}`;
      asked = undefined;
    }
    made++;
    const id = builder.add(
      commandCard(path, `\`${path}\``, back, mine, summary),
      {
        key: commandId(path),
        scope: 'global',
        alternatives: [[commandId(path), section.title]],
        ...(summary ? { stopgap: true as const } : {}),
      },
      { line: first, endLine: mine.at(-1)!.line, recognizer: 'code-commands' },
      asked,
    );
    if (builder.user && saidBlocks && said !== '' && !summary)
      context.concepts.push({ id, section, blocks: saidBlocks, code });
  }
  return made;
}

/** A paragraph or list that opens with a flag: `` `--filter until=72h` keeps … ``, `- -a : …`. */
const aboutFlag = (block: Block) =>
  (block.token.type === 'paragraph' || block.token.type === 'list_item' || block.list !== undefined) &&
  /^\s*(?:[-*+]\s+|\d+[.)]\s+)?[*_`]*[-–—]{1,2}[a-zA-Z]/.test(block.token.raw);

/** Whether the note has a command card of `path` already. */
const carded = (builder: CardBuilder, path: string) =>
  builder.cards.some((c) => c.kind === 'command' && c.command === path);

/**
 * What says what a command the note shows without a word on it does: docker's summary.
 * Undefined (no card) when the note has a card of the command already, or docker has no summary.
 */
function stopgapSummary(path: string, { grammar, builder }: NoteContext): string | undefined {
  const summary = grammar.summary(path, builder.lang);
  return summary && !carded(builder, path) ? summary : undefined;
}

/**
 * The lines as the note wrote them, comments included: in a block of several commands, the comment
 * beside or above each one is often all that says what it does. Comments beside are lined up.
 */
function withComments(lines: ResolvedLine[]): string[] {
  const beside = lines.filter((l) => l.commentAt === 'beside');
  const width = Math.min(40, Math.max(0, ...beside.map((l) => l.text.length)));
  return lines.map((l) => {
    if (!l.description) return l.text;
    if (l.commentAt === 'above') return `# ${l.description}\n${l.text}`;
    return `${l.text.padEnd(width)}  # ${l.description}`;
  });
}

/** A section's topic: `### 명령어` under `## 컨테이너 목록 보기` is about the latter. */
const topicOf = (section: Section) =>
  isGenericTitle(section.title) && section.parents.length > 0 ? section.parents.at(-1)! : section.title;

/**
 * A command card of the lines of `path`. A card that says what the command does in docker's
 * `summary` asks for the command by it, when no comment of the note's asks for a line already.
 */
function commandCard(path: string, front: string, back: string, lines: ResolvedLine[], summary?: string) {
  const mine = lines.filter((l) => l.path === path);
  const tasks = tasksOf(mine);
  return Object.assign(
    { kind: 'command' as const, front, back, command: path, examples: mine.map((l) => l.text) },
    summary && !tasks.tasks ? { tasks: [{ prompt: summary, command: path }] } : tasks,
  );
}
