import { CardBuilder } from './card-builder.js';
import { stripControl } from './control.js';
import { joinExplanations, readBlocks, type Section, splitSections } from './document.js';
import { applyNoteId, deckIdOf, langOf, stringField, tagsOf } from './front-matter-fields.js';
import { FrontMatterError, readFrontMatter } from './frontmatter.js';
import type { NoteGrammar } from './grammar.js';
import { boundLines, MAX_LINE_CHARS, MAX_NESTING, MAX_NOTE_CHARS } from './limits.js';
import { recognize } from './recognize.js';
import { resolveCode } from './recognizers/code-commands.js';
import {
  indexBefore,
  type NoteContext,
  type PendingQuestion,
  type ResolvedLine,
} from './recognizers/recognizer.js';
import { slugify } from './slug.js';
import type { AnswerKeyEntry, DeckInfo, Diagnostic, ParsedNote, SkippedSpan } from './types.js';

export interface ParseOptions {
  /** The path shown in `source.file` and in diagnostics. */
  file: string;
  grammar: NoteGrammar;
  /** `builtin` or the --notes path the file came from. */
  origin?: string;
  /**
   * A user's note (not content/): made-up ids get the note's deck as their namespace, so that they
   * never depend on what else is loaded. Built-in decks keep their bare command ids.
   */
  user?: boolean;
}

const ALIASES = /^(?:aliases|usage|synopsis|별칭|사용법)$/i;
/** Inline code holding a docker command: `` `docker logs <container>` `` (its words up to a flag or argument). */
const INLINE_DOCKER = /`\s*(?:\$\s*)?docker\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)[^`]*`/g;

/** A label of one command's flags: `exec 옵션`, `run options:`, `logs flags`. */
const LEAD_IN_WORD = /^\**([a-z][\w-]*)\**\s+(?:옵션|플래그|options?|flags?)(?![a-z])/i;
/** `buildx create flags:`: a command's words without `docker`, above its flags. */
const LEAD_IN_WORDS =
  /^[*_`]*([a-z][\w-]*(?:\s+[a-z][\w-]*){1,2})[*_`]*\s+(?:옵션|플래그|options?|flags?)\s*[:：]?$/i;
/** A subcommand's word alone on the line above its flags: `up`, `down:`. */
const LEAD_IN_ALONE = /^\**([a-z][\w-]*)\**\s*[:：]?$/;
const LEAD_IN_CHARS = 80;
/** A paragraph whose subject is a command: it opens with it in inline code. */
const OPENS_WITH_COMMAND = /^`((?:\$\s*)?docker\s[^`\n]+)`/;

const NAMED_DOCKER = /(?:^|[\s`*_([])(?:\$\s*)?docker\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)/g;

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/**
 * Turns one markdown note into cards. Never throws: problems become diagnostics, and whatever goes
 * wrong inside (a stack overflow in a lexer, say) stays this note's error.
 */
export function parseNote(source: string, options: ParseOptions): ParsedNote {
  const { file } = options;
  const unread = (line: number, message: string) =>
    noteWithoutCards(options, [{ file, line, message, severity: 'error' }]);
  if (source.length > MAX_NOTE_CHARS) {
    return unread(
      1,
      `this note has ${source.length.toLocaleString('en')} characters; notes over ${MAX_NOTE_CHARS.toLocaleString('en')} are not read (the largest real notes have ~120,000)`,
    );
  }
  try {
    return parseBoundedNote(source, options);
  } catch (err) {
    const what =
      err instanceof RangeError ? 'it is nested too deeply' : stripControl(String(err)).slice(0, 120);
    return unread(1, `this note could not be read: ${what}`);
  }
}

/** A note that could not be read: its deck named after the file, its diagnostics, no cards. */
function noteWithoutCards(options: ParseOptions, diagnostics: Diagnostic[]): ParsedNote {
  const { file } = options;
  const id = fallbackDeckOf(file);
  const deck: DeckInfo = { id, title: id, lang: 'en', origin: options.origin ?? file };
  return { file, deck, cards: [], diagnostics, spans: [], skipped: [] };
}

// `my_notes.ko.md` → `my-notes-ko` (underscores are word breaks in a file name, not emphasis).
const fallbackDeckOf = (file: string) =>
  slugify(
    file
      .split(/[\\/]/)
      .pop()!
      .replace(/\.(md|markdown)$/i, '')
      .replace(/[_.]+/g, '-'),
  );

function parseBoundedNote(source: string, options: ParseOptions): ParsedNote {
  const { file } = options;
  // A note must never send escape sequences to a terminal: whole sequences go, not just their ESC.
  // A lone CR is a line break, as in CommonMark and marked, so line numbers are marked's.
  const bounded = boundLines(stripControl(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')));
  const text = bounded.text;
  const fallbackDeck = fallbackDeckOf(file);
  const diagnostics: Diagnostic[] = [];
  if (bounded.long) {
    const { line, count } = bounded.long;
    diagnostics.push({
      file,
      line,
      message: `${count === 1 ? 'this line is' : `${count} lines from here are`} over ${MAX_LINE_CHARS.toLocaleString('en')} characters and cut there (real notes' lines are under 1,000)`,
      severity: 'warning',
    });
  }
  if (bounded.deep) {
    const { line, count } = bounded.deep;
    diagnostics.push({
      file,
      line,
      message: `${count === 1 ? 'this line nests' : `${count} lines from here nest`} quotes or lists over ${MAX_NESTING} levels deep and ${count === 1 ? 'is' : 'are'} left out (real notes nest under 10)`,
      severity: 'warning',
    });
  }
  let front: ReturnType<typeof readFrontMatter>;
  try {
    front = readFrontMatter(text);
  } catch (err) {
    const problem = err instanceof FrontMatterError ? err : new FrontMatterError(String(err));
    diagnostics.push({ file, line: problem.line, message: problem.message, severity: 'error' });
    return noteWithoutCards(options, diagnostics);
  }
  const data = front.data;
  for (const w of front.warnings) diagnostics.push({ file, ...w, severity: 'warning' });
  const say = (message: string) => diagnostics.push({ file, line: 1, message, severity: 'warning' });
  const blocks = readBlocks(front.body, front.bodyLine + 1);
  const split = splitSections(blocks, front.bodyLine + 1);
  const sections = joinExplanations(split.sections);
  const { empty } = split;
  const firstTitle = sections.find((s) => s.depth === 1)?.title;
  const deck: DeckInfo = {
    id: deckIdOf(data.deck, fallbackDeck, say),
    title: stripControl(stringField(data, 'title', say) ?? firstTitle ?? fallbackDeck),
    lang: langOf(data.lang, HANGUL.test(front.body) ? 'ko' : 'en', say),
    origin: options.origin ?? file,
  };
  const tags = tagsOf(data.tags, say);
  const builder = new CardBuilder(deck, file, tags, diagnostics, options.user === true);
  const skipped: SkippedSpan[] = empty.map((b) => ({
    line: b.line,
    endLine: b.line,
    reason: 'an empty heading',
  }));
  const pending: PendingQuestion[] = [];
  const answerKey: AnswerKeyEntry[] = [];
  recognize(sections, noteContext(sections, builder, options.grammar, pending, answerKey), skipped);

  applyNoteId(data.id, builder.cards, say);
  if (
    builder.cards.length === 0 &&
    pending.length === 0 &&
    answerKey.length === 0 &&
    front.body.trim() !== ''
  ) {
    if (/\u0000/.test(source))
      diagnostics.push({ file, line: 1, message: 'not a text file', severity: 'error' });
    else say('nothing to study here: no headings with text, bullets or questions');
  }
  // Deck order is reading order (a section's concept card is decided after its bullets and quotes).
  const byLine = (a: { source: { line: number } }, b: { source: { line: number } }) =>
    a.source.line - b.source.line;
  const open = new Set(pending.map((p) => p.cardId));
  const cards = builder.cards.filter((c) => !open.has(c.id)).sort(byLine);
  const openQuestions = pending.map((p) => ({
    number: p.number,
    card: builder.cards.find((c) => c.id === p.cardId)!,
    options: p.options,
    ...(p.stem === undefined ? {} : { stem: p.stem }),
  }));
  return {
    file,
    deck,
    cards,
    diagnostics: diagnostics.sort((a, b) => a.line - b.line),
    spans: builder.spans.sort((a, b) => a.line - b.line),
    skipped: skipped.sort((a, b) => a.line - b.line),
    ...(openQuestions.length > 0 ? { openQuestions } : {}),
    ...(answerKey.length > 0 ? { answerKey } : {}),
  };
}

/** What the recognizers share about a note: the grammar, the builder, each section's commands. */
function noteContext(
  sections: Section[],
  builder: CardBuilder,
  grammar: NoteGrammar,
  openQuestions: PendingQuestion[],
  answerKey: AnswerKeyEntry[],
): NoteContext {
  const commands = new Map<Section, ResolvedLine[]>();
  const parents = new Map<Section, Section | undefined>();
  const stack: Section[] = [];
  for (const section of sections) {
    while (stack.length > 0 && stack.at(-1)!.depth >= section.depth) stack.pop();
    parents.set(section, stack.at(-1));
    stack.push(section);
  }
  const commandsOf = (section: Section) => {
    let found = commands.get(section);
    if (!found) {
      found = section.blocks
        .filter((b) => b.token.type === 'code')
        .flatMap((b) => resolveCode(b, grammar, builder));
      commands.set(section, found);
    }
    return found;
  };
  // The commands a text names (`docker logs`, `` `docker compose down` ``), in order: what a
  // heading, a label or a sentence says it is about.
  const commandsIn = (text: string) =>
    [...text.matchAll(NAMED_DOCKER)].map((m) => grammar.commandPath(m[1]!.split(/\s+/)));
  const commandIn = (text: string) => commandsIn(text)[0];
  const headingCommand = (section: Section) => commandIn(section.title);
  // A reference page (`# run`, then `### Aliases` with `docker container run`) names its command once.
  let page: string | null | undefined;
  const pageCommand = () => {
    if (page === undefined) {
      const aliases = sections.find((s) => ALIASES.test(s.title));
      page = (aliases && commandIn(aliases.blocks.map((b) => b.token.raw).join(' '))) ?? null;
    }
    return page ?? undefined;
  };
  // `### up 옵션` below a table of `docker compose …` rows: the one command of this note (so far)
  // whose last word the heading names.
  const namedCommand = (section: Section) => {
    const words = new Set(section.title.toLowerCase().match(/[a-z][a-z0-9-]*/g));
    if (words.size === 0) return undefined;
    const paths = new Set<string>();
    for (const card of builder.cards) {
      const path = 'command' in card ? card.command : undefined;
      if (path && words.has(path.slice(path.lastIndexOf(' ') + 1))) paths.add(path);
    }
    return paths.size === 1 ? [...paths][0] : undefined;
  };
  // `` `docker logs <container>` prints … `` above a table of its options: the section's running
  // text names its command in inline code. Past the section's code, heading and parents, a flag
  // takes the nearest command so named above it.
  const prose = new Map<Section, { path: string; line: number }[]>();
  const proseCommandsOf = (section: Section) => {
    let found = prose.get(section);
    if (!found) {
      found = [];
      for (const block of section.blocks) {
        if (block.token.type !== 'paragraph' && block.token.type !== 'list_item') continue;
        for (const match of block.token.raw.matchAll(INLINE_DOCKER)) {
          const path = grammar.commandPath(match[1]!.trim().split(/\s+/));
          if (path) found.push({ path, line: block.line });
        }
      }
      prose.set(section, found);
    }
    return found;
  };
  const proseCommand = (section: Section, line: number | undefined) =>
    line === undefined ? undefined : proseCommandsOf(section).findLast((n) => n.line <= line)?.path;
  const commandFor = (section: Section, line?: number): string | undefined => {
    const own =
      commandsOf(section)[0]?.path ??
      headingCommand(section) ??
      namedCommand(section) ??
      labelCommand(section);
    if (own) return own;
    // A parent teaches its flags' command when it teaches one command only (`## docker run` › `### 옵션`).
    for (let s = parents.get(section); s; s = parents.get(s)) {
      const paths = new Set(commandsOf(s).map((l) => l.path));
      const found = paths.size === 1 ? [...paths][0] : headingCommand(s);
      if (found) return found;
    }
    return proseCommand(section, line) ?? pageCommand();
  };
  // A note whose code shows one command only (`docker build` three ways) is about that command.
  let only: string | null | undefined;
  const noteCommand = () => {
    if (only === undefined) {
      const paths = new Set(sections.flatMap((s) => commandsOf(s).map((l) => l.path)));
      only = paths.size === 1 ? [...paths][0]! : null;
    }
    return only ?? undefined;
  };
  // Every command the note shows: in its code, and in the command cards made so far (tables, lines).
  const noteCommands = () => {
    const paths = new Set(sections.flatMap((s) => commandsOf(s).map((l) => l.path)));
    for (const card of builder.cards) if (card.kind === 'command') paths.add(card.command);
    return [...paths];
  };
  // `up -d` under a table of `docker compose …` rows: the command of the note's group that the word
  // names. The section's own code and its parents' come first, then the whole note's.
  const named = (known: Set<string>, word: string): string | undefined => {
    const exact = [...known].filter((path) => path.endsWith(` ${word}`));
    if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
    const siblings = new Set<string>();
    for (const path of known) {
      const words = path.split(' ').slice(1, -1);
      const sibling = words.length > 0 ? grammar.commandPath([...words, word]) : undefined;
      if (sibling) siblings.add(sibling);
    }
    return siblings.size === 1 ? [...siblings][0] : undefined;
  };
  const subcommand = (word: string, section: Section): string | undefined => {
    const near = new Set<string>();
    for (let s: Section | undefined = section; s; s = parents.get(s))
      for (const l of commandsOf(s)) near.add(l.path);
    const all = new Set(near);
    for (const card of builder.cards)
      if (card.kind === 'command' || card.kind === 'flag') all.add(card.command);
    for (const s of sections) for (const line of commandsOf(s)) all.add(line.path);
    return named(near, word) ?? named(all, word);
  };
  // `## run flags for storage`: a heading that labels one command's flags by its last word.
  const labelCommand = (section: Section) => {
    const word = LEAD_IN_WORD.exec(section.title)?.[1];
    return word ? subcommand(word.toLowerCase(), section) : undefined;
  };
  // `docker ps options I actually use:`, `exec 옵션` or `up` right above a list or lines of flags: the
  // writer named their command. A short line only: a paragraph that mentions a command is not a label.
  const leadIn = (section: Section, line: number): string | undefined => {
    const { blocks } = section;
    let at = blocks.findIndex((b) => b.line <= line && line <= b.endLine);
    if (at < 0) return undefined;
    const block = blocks[at]!;
    let label: string | undefined;
    if (block.token.type === 'paragraph' && line > block.line) label = block.token.raw.split('\n', 1)[0];
    else {
      if (block.list) while (at > 0 && blocks[at - 1]!.list === block.list) at--;
      const lead = blocks[indexBefore(blocks, at)];
      if (lead?.token.type === 'paragraph') {
        const raw = lead.token.raw.trim();
        // `` `docker history`는 이미지의 레이어를 … `` right above the list: the command it is about.
        const about = OPENS_WITH_COMMAND.exec(raw)?.[1];
        if (!raw.includes('\n') && raw.length <= LEAD_IN_CHARS) label = raw;
        else return about ? commandIn(about) : undefined;
      }
      // `> [!question]- \`docker compose build\`는 언제 쓰나?` right above the list: its command.
      else if (lead?.token.type === 'blockquote') {
        const asks = lead.token.raw.split('\n', 1)[0]!.replace(/^\s*>\s*(?:\[![\w-]+\][+-]?\s*)?/, '');
        return asks.length <= LEAD_IN_CHARS ? commandIn(asks) : undefined;
      }
    }
    label = label?.trim();
    if (!label || label.length > LEAD_IN_CHARS) return undefined;
    const word = (LEAD_IN_WORD.exec(label) ?? LEAD_IN_ALONE.exec(label))?.[1];
    const words = LEAD_IN_WORDS.exec(label)?.[1];
    return (
      commandIn(label) ??
      (word ? subcommand(word.toLowerCase(), section) : undefined) ??
      (words ? grammar.commandPath(words.toLowerCase().split(/\s+/)) : undefined)
    );
  };
  return {
    grammar,
    builder,
    commandsOf,
    commandFor,
    noteCommand,
    noteCommands,
    subcommand,
    leadIn,
    commandsIn,
    openQuestions,
    answerKey,
    rowTexts: [],
    concepts: [],
  };
}
