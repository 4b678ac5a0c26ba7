// A section whose heading is a command's words and whose text, with no code of its own, talks of it:
//   ## System prune
//   > **Warning**: `docker system prune -a --volumes` removes every unused image and volume.
//   Use it only on a dev box.
// is that command's card, not a concept card of the heading's words (users' notes only).

import type { Block, Section } from '../document.js';
import { commandId } from '../flag-cards.js';
import { plainOf } from '../markdown.js';
import { markdownOf, type NoteContext } from './recognizer.js';

/** Whether it made the command card of the section's heading; false leaves the text to a concept. */
export function addTitledCommand(section: Section, blocks: Block[], context: NoteContext): boolean {
  const { builder, grammar } = context;
  if (!builder.user || section.anchor) return false;
  const words = plainOf(section.title)
    .toLowerCase()
    .replace(/^\$?\s*docker\s+/, '')
    .split(/\s+/);
  // Two words at least: `## Images` or `## Build` is a topic more often than `docker images`.
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^[a-z][a-z-]*$/.test(w))) return false;
  const path = grammar.commandPath(words);
  if (!path || path.split(' ').length !== words.length + 1) return false;
  if (!blocks.some((b) => context.commandsIn(b.token.raw).includes(path))) return false;
  if (builder.cards.some((c) => c.kind === 'command' && c.command === path)) return false;
  const key = commandId(path);
  const last = blocks.at(-1)!;
  builder.add(
    { kind: 'command', front: section.title, back: markdownOf(blocks), command: path, examples: [] },
    { key, scope: 'global', alternatives: [[key, section.title]] },
    { line: section.line, endLine: last.endLine, recognizer: 'titled-command' },
  );
  return true;
}
