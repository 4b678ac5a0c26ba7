// Text beside the code of a section's commands: whether it is a topic of its own (a concept card
// beside the command cards), or text the command cards hold already.
import { type Block, isGenericTitle, type Section } from './document.js';
import type { NoteContext } from './recognizers/recognizer.js';
import { sentencesOf } from './sentences.js';

const LETTER = /[\p{L}\p{N}]/gu;

export const TOPIC_TYPES = new Set(['paragraph', 'blockquote']);
/** Letters of running text that explain a topic, not only lead into code (`Commands I use:`). */
const TOPIC_LETTERS = 80;

/**
 * `### What a context actually is`, a paragraph, then code of several commands: the command cards
 * keep the text, and the section's topic, which no command is, gets a concept card of its prose
 * too (users' notes: the built-in decks write each card as a card).
 */
export function explainsTopic(section: Section, prose: Block[], context: NoteContext): boolean {
  if (!context.builder.user || section.title === '' || isGenericTitle(section.title)) return false;
  const paths = new Set(context.commandsOf(section).map((l) => l.path));
  if (paths.size < 2) return false;
  if (context.commandsIn(section.title).length > 0 || section.title.includes('`')) return false;
  if (namesCommands(section.title, paths)) return false;
  let letters = 0;
  for (const b of prose) letters += b.token.raw.match(LETTER)?.length ?? 0;
  return letters >= TOPIC_LETTERS;
}

/** A sentence as card backs hold it: spaces run together. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Which of the backs holds the sentence, or -1. */
const holderOf = (backs: string[], sentence: string) =>
  backs.findIndex((back) => back.includes(spaced(sentence)));

/** The running text of a section that no card made from the section holds a sentence of. */
export function unheld(section: Section, free: Block[], { builder }: NoteContext): Block[] {
  const held = builder.cards
    .filter((c) => c.source.line >= section.line && c.source.line <= section.endLine)
    .map((c) => spaced(c.back));
  return free.filter(
    (b) =>
      TOPIC_TYPES.has(b.token.type) &&
      !/[:：]\s*$/.test(b.token.raw) &&
      !isGenericTitle(b.token.raw.trim()) &&
      sentencesOf(b.token.raw).some((s) => holderOf(held, s.text) === -1),
  );
}

/**
 * `Pausing freezes … Unpausing lets …` below `docker pause` and `docker unpause`: the commands' cards
 * took the text between them, every sentence of it; a topic card would say it all again.
 */
export function sharedOut(running: Block[], made: { back: string }[]): boolean {
  const said = made.map((c) => spaced(c.back));
  const holders = new Set<number>();
  for (const b of running)
    for (const s of sentencesOf(b.token.raw)) {
      const at = holderOf(said, s.text);
      if (at === -1) return false;
      holders.add(at);
    }
  // One card holding all of it kept the text whole: the topic is the section's, not a command's.
  return holders.size >= 2;
}

/** Words that join command names in a heading: `pause / unpause`, `create & start`, `run 과 exec`. */
const JOINING_WORD = /^(?:and|or|vs|versus|docker|[&/+,·|~-]|그리고|및|와|과|또는)$/i;

/**
 * `## pause / unpause`, `## create`: a heading of nothing but the section's commands' words. Their
 * cards are the section; a concept card of the same text would only repeat them.
 */
function namesCommands(title: string, paths: Set<string>): boolean {
  const words = new Set([...paths].flatMap((p) => p.split(' ').slice(1)));
  const parts = title
    .toLowerCase()
    .split(/\s+|(?=[&/+,·|])|(?<=[&/+,·|])/)
    .filter(Boolean);
  return parts.length > 0 && parts.every((w) => words.has(w) || JOINING_WORD.test(w));
}
