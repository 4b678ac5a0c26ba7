import type { Token, Tokens } from 'marked';
import { flagsOf, isInstruction, readTermBullet, type TermBullet } from './bullets.js';
import { CardBuilder } from './card-builder.js';
import { type DockerLine, dockerLines } from './code-lines.js';
import { stripControl } from './control.js';
import { applyNoteId, deckIdOf, stringField, tagsOf } from './front-matter-fields.js';
import { FrontMatterError, readFrontMatter } from './frontmatter.js';
import type { NoteGrammar } from './grammar.js';
import { type Located, lex, locate, plainText } from './markdown.js';
import { anchorOf, type Section, splitSections } from './sections.js';
import { slugify } from './slug.js';
import type { CardKind, DeckInfo, Diagnostic, ParsedNote, Task } from './types.js';

export interface ParseOptions {
  /** The path shown in `source.file` and in diagnostics. */
  file: string;
  grammar: NoteGrammar;
  /** `builtin` or the --notes path the file came from. */
  origin?: string;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

/** Turns one markdown note into cards. Never throws: problems become diagnostics. */
export function parseNote(source: string, options: ParseOptions): ParsedNote {
  const { file } = options;
  // A note must never send escape sequences to a terminal: whole sequences go, not just their ESC.
  const text = stripControl(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  // `my_notes.ko.md` → `my-notes-ko` (underscores are word breaks in a file name, not emphasis).
  const fallbackDeck = slugify(
    file
      .split(/[\\/]/)
      .pop()!
      .replace(/\.(md|markdown)$/i, '')
      .replace(/[_.]+/g, '-'),
  );
  const diagnostics: Diagnostic[] = [];
  let front: ReturnType<typeof readFrontMatter>;
  try {
    front = readFrontMatter(text);
  } catch (err) {
    const problem = err instanceof FrontMatterError ? err : new FrontMatterError(String(err));
    diagnostics.push({ file, line: problem.line, message: problem.message });
    const deck = { id: fallbackDeck, title: fallbackDeck, lang: 'en', origin: options.origin ?? file };
    return { deck, cards: [], diagnostics };
  }
  const data = front.data;
  const say = (message: string) => diagnostics.push({ file, line: 1, message });
  const tokens = lex(front.body);
  const sections = splitSections(tokens, front.body, front.bodyLine + 1);
  const firstTitle = sections.find((s) => s.depth === 1)?.title;
  const deck: DeckInfo = {
    id: deckIdOf(data.deck, fallbackDeck, say),
    title: stripControl(stringField(data, 'title', say) ?? firstTitle ?? fallbackDeck),
    lang: stringField(data, 'lang', say) ?? (HANGUL.test(front.body) ? 'ko' : 'en'),
    origin: options.origin ?? file,
  };
  const tags = tagsOf(data.tags, say);
  const builder = new CardBuilder(deck, file, tags, diagnostics);
  for (const section of sections) readSection(section, builder, options.grammar);
  applyNoteId(data.id, builder.cards, say);
  if (builder.cards.length === 0 && front.body.trim() !== '') {
    say(
      /\u0000/.test(source)
        ? 'not a text file'
        : 'nothing to study here: no headings with text, bullets or questions',
    );
  }
  // Deck order is reading order (a section's concept card is decided after its bullets and quotes).
  const cards = builder.cards.sort((a, b) => a.source.line - b.source.line);
  return { deck, cards, diagnostics };
}

/** How a made-up id becomes specific when taken: the section's heading is added to it. */
function naming(section: Section, id: string): { alternatives: string[] } {
  return { alternatives: [`${id}-${slugify(section.title)}`] };
}

/** deck + enclosing heading + heading: a concept's id when its heading alone is taken. */
function qualify(deckId: string, section: Section): string {
  return [deckId, ...section.parents.slice(-1), section.title].map(slugify).filter(Boolean).join('-');
}

const commandId = (path: string) => path.replace(/^docker\s+/, '').replace(/\s+/g, '-');

interface ResolvedLine extends DockerLine {
  path: string;
}

function readSection(section: Section, builder: CardBuilder, grammar: NoteGrammar) {
  const lines = resolveDockerLines(section, builder, grammar);
  const paths = [...new Set(lines.map((l) => l.path))];
  const made = builder.cards.length;

  if (paths.length === 1) {
    // The whole section teaches its command: text, flag bullets and examples all go on the back.
    const path = paths[0]!;
    const back = markdownOf(section.blocks.filter((b) => !isQuestion(b.token) && isContent(b.token)));
    builder.add(
      commandCard(path, section.title || `\`${path}\``, back, lines, section.anchor),
      section.line,
      section.anchor ? { explicit: true } : naming(section, commandId(path)),
    );
  }
  for (const path of paths.length > 1 ? paths : []) {
    // Several commands in one section (a "misc" heading): each gets the text that leads to its code.
    const mine = lines.filter((l) => l.path === path);
    const lead = leadingText(section.blocks, mine[0]!.line);
    const back = [lead, fence(mine.map((l) => l.text))].filter(Boolean).join('\n\n');
    builder.add(
      commandCard(path, `\`${path}\``, back, mine),
      mine[0]!.line,
      naming(section, commandId(path)),
    );
  }

  const consumed = new Set<Token>();
  readBullets(section, builder, grammar, paths[0], lines, consumed);
  const beforeQuestions = builder.cards.length;
  readQuestions(section, builder, consumed);

  // A section that taught no command, flag or term is a concept, even beside a question it holds.
  const bodyBlocks = section.blocks.filter((b) => !consumed.has(b.token) && isContent(b.token));
  if (beforeQuestions === made && section.title !== '' && bodyBlocks.length > 0) {
    const question = section.parents.at(-1);
    const answers = question !== undefined && ANSWER_HEADING.test(section.title);
    // `## What is Docker?` + `### Answer:` (interview-question notes): the question is the front.
    const front = answers
      ? question
      : question?.endsWith('?')
        ? `${question} › ${section.title}`
        : section.title;
    const id = `${builder.deckId}-${slugify(answers ? question : section.title) || 'section'}`;
    builder.add(
      { id: section.anchor ?? id, kind: answers ? 'qa' : 'concept', front, back: markdownOf(bodyBlocks) },
      section.line,
      section.anchor ? { explicit: true } : { alternatives: [qualify(builder.deckId, section)] },
    );
  }
}

const ANSWER_HEADING = /^(answers?|solution|explanation|정답|답|답변|해설)\s*[:：]?$/i;

function commandCard(path: string, front: string, back: string, lines: ResolvedLine[], anchor?: string) {
  const mine = lines.filter((l) => l.path === path);
  return {
    id: anchor ?? commandId(path),
    kind: 'command' as CardKind,
    front,
    back,
    command: path,
    examples: mine.map((l) => l.text),
    ...tasksOf(mine),
  };
}

function tasksOf(lines: ResolvedLine[]): { tasks?: Task[] } {
  const tasks = lines.filter((l) => l.description).map((l) => ({ prompt: l.description!, command: l.text }));
  return tasks.length > 0 ? { tasks } : {};
}

function resolveDockerLines(section: Section, builder: CardBuilder, grammar: NoteGrammar): ResolvedLine[] {
  const resolved: ResolvedLine[] = [];
  for (const { token, line } of section.blocks) {
    if (token.type !== 'code') continue;
    const code = token as Tokens.Code;
    // A fenced block's code starts on the line after its fence; an indented one on its own line.
    const first = code.codeBlockStyle === 'indented' ? line - 1 : line;
    for (const dl of dockerLines(code.text, code.lang, first)) {
      const path = dl.words.length > 0 ? grammar.commandPath(dl.words) : undefined;
      const word = dl.words[0] ?? '';
      if (path) resolved.push({ ...dl, path });
      else if (/^[a-z]/.test(word) && !grammar.isUncovered(dl.words)) {
        const hint = grammar.suggest(word);
        builder.diagnose(
          dl.line,
          `'docker ${word}' is not a docker command${hint ? ` (did you mean 'docker ${hint}'?)` : ''}`,
        );
      }
    }
  }
  return resolved;
}

function readBullets(
  section: Section,
  builder: CardBuilder,
  grammar: NoteGrammar,
  command: string | undefined,
  lines: ResolvedLine[],
  consumed: Set<Token>,
) {
  let pendingAnchor: string | undefined;
  for (const { token, line } of section.blocks) {
    const anchor = anchorOf(token);
    if (anchor) {
      pendingAnchor = anchor;
      continue;
    }
    if (token.type !== 'list') {
      if (token.type !== 'space') pendingAnchor = undefined;
      continue;
    }
    const list = token as Tokens.List;
    let madeAll = list.items.length > 0;
    for (const { token: item, line: itemLine } of locate(list.items, list.raw, line)) {
      const bullet = readTermBullet(item);
      const card =
        bullet &&
        bulletCard(bullet, builder.deckId, grammar, command, lines, (message) =>
          builder.diagnose(itemLine, message),
        );
      if (!card) {
        madeAll = false;
        continue;
      }
      const anchor = bullet.anchor ?? pendingAnchor;
      builder.add(
        { ...card, id: anchor ?? card.id },
        itemLine,
        anchor ? { explicit: true } : naming(section, card.id),
      );
      pendingAnchor = undefined;
    }
    // A list that became cards is not also concept text.
    if (madeAll) consumed.add(token);
    pendingAnchor = undefined;
  }
}

function bulletCard(
  bullet: TermBullet,
  deckId: string,
  grammar: NoteGrammar,
  command: string | undefined,
  lines: ResolvedLine[],
  say: (message: string) => void,
) {
  const back = [bullet.description, bullet.rest].filter(Boolean).join('\n\n');
  const flags = flagsOf(bullet.term);
  const unknown = command ? flags?.filter((f) => !resolveFlag(grammar, command, f)) : undefined;
  // A flag docker does not have is not taught as one: the note's text stays, as a term.
  if (command && unknown && unknown.length > 0) say(`'${command}' has no flag '${unknown[0]}'`);
  if (flags && command && unknown?.length === 0) {
    const resolved = flags.flatMap((f) => resolveFlag(grammar, command, f) ?? []);
    const longs = [...new Set(resolved.map((r) => r.long))];
    const shortForm = flags.find((f) => !f.startsWith('--')) ?? resolved.find((r) => r.short)?.short;
    const using = lines.filter(
      (l) =>
        l.path === command &&
        l.words.some((w) => flags.includes(w.replace(/=.*$/, '')) || longs.includes(w.replace(/=.*$/, ''))),
    );
    return {
      id: `${commandId(command)}-${longs.map((l) => l.replace(/^-+/, '')).join('-')}`,
      kind: 'flag' as CardKind,
      front: `\`${command}\` \`${flags.join(', ')}\``,
      // What the note says of the flag, then the section's examples that use it.
      back: [back, fence(using.map((l) => l.text))].filter(Boolean).join('\n\n'),
      command,
      flag: longs.join(' '),
      ...(shortForm ? { short: shortForm } : {}),
      term: bullet.term,
      examples: using.map((l) => l.text),
      ...tasksOf(using),
    };
  }
  if (!bullet.marked && bullet.description === '') return undefined;
  if (isInstruction(bullet.term)) {
    const examples = bullet.code.flatMap((c) => c.text.split('\n').filter((l) => l.trim() !== ''));
    return {
      id: `dockerfile-${bullet.term.toLowerCase()}`,
      kind: 'instruction' as CardKind,
      front: `\`${bullet.term}\``,
      back,
      term: bullet.term,
      ...(examples.length > 0 ? { examples } : {}),
    };
  }
  if (!bullet.marked || bullet.description === '') return undefined;
  return {
    id: `${deckId}-${slugify(bullet.term) || 'term'}`,
    kind: 'term' as CardKind,
    front: `**${bullet.term}**`,
    back,
    term: bullet.term,
  };
}

/** A flag as the grammar knows it; clusters like `-it` split into their letters; undefined if unknown. */
function resolveFlag(
  grammar: NoteGrammar,
  command: string,
  flag: string,
): { long: string; short?: string }[] | undefined {
  const known = grammar.flag(command, flag);
  if (known) return [known];
  if (/^-[A-Za-z]{2,}$/.test(flag)) {
    const letters = [...flag.slice(1)].map((c) => grammar.flag(command, `-${c}`));
    if (letters.every(Boolean)) return letters as { long: string; short?: string }[];
  }
  return undefined;
}

function isQuestion(token: Token): boolean {
  if (token.type !== 'blockquote') return false;
  const first = (token as Tokens.Blockquote).tokens.find((t) => t.type !== 'space');
  return first?.type === 'paragraph' && /[?？]\s*$/.test(plainText((first as Tokens.Paragraph).tokens));
}

function readQuestions(section: Section, builder: CardBuilder, consumed: Set<Token>) {
  let pendingAnchor: string | undefined;
  for (const { token, line } of section.blocks) {
    const anchor = anchorOf(token);
    if (anchor) pendingAnchor = anchor;
    if (!isQuestion(token)) {
      if (!anchor && token.type !== 'space') pendingAnchor = undefined;
      continue;
    }
    const [question, ...answer] = (token as Tokens.Blockquote).tokens.filter((t) => t.type !== 'space');
    const front = plainText((question as Tokens.Paragraph).tokens).trim();
    const back = answer.map((t) => t.raw.trim()).join('\n\n');
    if (back === '') {
      builder.diagnose(line, `the question '${front}' has no answer below it in the quote`);
      continue;
    }
    const id = [builder.deckId, slugify(section.title), slugify(front)].filter(Boolean).join('-');
    builder.add(
      { id: pendingAnchor ?? id, kind: 'qa', front, back },
      line,
      pendingAnchor
        ? { explicit: true }
        : { alternatives: [`${qualify(builder.deckId, section)}-${slugify(front)}`] },
    );
    consumed.add(token);
    pendingAnchor = undefined;
  }
}

/** Blocks that carry text (not blank lines, rules or id anchors). */
function isContent(token: Token): boolean {
  return token.type !== 'space' && token.type !== 'hr' && !anchorOf(token) && !isHtmlComment(token);
}

function isHtmlComment(token: Token): boolean {
  return token.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(token.raw);
}

function markdownOf(blocks: Located[]): string {
  return blocks
    .map((b) => b.token.raw.trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The text blocks between the previous code block and the code block holding `line`. */
function leadingText(blocks: Located[], line: number): string {
  const before = blocks.filter((b) => b.line < line);
  const lastCode = before.findLastIndex((b, i) => b.token.type === 'code' && i < before.length - 1);
  return markdownOf(before.slice(lastCode + 1).filter((b) => b.token.type !== 'code' && isContent(b.token)));
}

function fence(lines: string[]): string {
  return lines.length > 0 ? `\`\`\`bash\n${lines.join('\n')}\n\`\`\`` : '';
}
