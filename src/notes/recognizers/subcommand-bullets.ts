// Bullets under code that say what each of its commands does, naming it by its last word:
//   docker volume create pgdata / docker volume ls / …
//   - create = makes a named volume …      - ls : 목록만 본다
// A bullet names a command only when the section's code has exactly one command of that last word,
// so `- image: nginx` or `- note = …` beside other code stays text. The command's card is the
// bullet's text with its lines from the code, in place of the card its bare code line would make.
import type { Tokens } from 'marked';
import { commandId, fence, tasksOf } from '../flag-cards.js';
import { tidyMarkdown } from '../markdown.js';
import { addNestedFlags } from './flag-lines.js';
import type { BlockRecognizer } from './recognizer.js';

const WORD_THEN_TEXT = /^\s*[*_`]*([a-z][\w-]*)[*_`]*\s*(?:=|[:：]|[—–]|->|→)\s*(\S[\s\S]*)$/;

export const subcommandBullets: BlockRecognizer = {
  name: 'subcommand-bullets',
  types: ['list_item'],
  match(section, at, context) {
    const block = section.blocks[at]!;
    const lines = context.commandsOf(section);
    if (lines.length === 0) return undefined;
    const match = WORD_THEN_TEXT.exec((block.token as Tokens.ListItem).text);
    if (!match) return undefined;
    const [, word, said] = match;
    const paths = new Set(lines.map((l) => l.path).filter((p) => p.endsWith(` ${word}`)));
    if (paths.size !== 1) return undefined;
    const path = [...paths][0]!;
    const text = tidyMarkdown(said!.trim());
    if (text.length < 3) return undefined;
    const mine = lines.filter((l) => l.path === path);
    context.builder.add(
      Object.assign(
        {
          kind: 'command' as const,
          front: `\`${path}\``,
          back: [text, fence(mine.map((l) => l.text))].join('\n\n'),
          command: path,
          examples: mine.map((l) => l.text),
        },
        tasksOf(mine),
      ),
      { key: commandId(path), scope: 'global', alternatives: [[commandId(path), section.title]] },
      { line: block.line, endLine: block.endLine, recognizer: 'subcommand-bullets' },
      text,
    );
    // `  - \`-t\` seconds to wait …` nested below: that command's flags.
    const nested = (block.token as Tokens.ListItem).tokens.find((t) => t.type === 'list');
    if (nested) addNestedFlags(section, block, nested as Tokens.List, path, context, 'subcommand-bullets');
    return { end: at + 1, use: 'own', taught: true };
  },
};
