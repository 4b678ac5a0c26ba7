// A cheat sheet's rows and bullets often write a command, then the same command with one flag:
//   | `docker system df`    | disk space by images, containers, volumes |
//   | `docker system df -v` | the same, broken down per image            |
// The second line's text tells what its flag adds, so the flag gets a card of it too. Read last,
// like the running text, so that no card another shape made changes its id (the line keeps its
// command card); a flag the note has a card of already gets none.
import type { Section } from './document.js';
import { addFlagCard } from './flag-cards.js';
import type { NoteContext } from './recognizers/recognizer.js';
import type { CommandCard } from './types.js';

const FLAG = /^(-{1,2}[A-Za-z][\w-]*)(?:=.*)?$/;
/** What leads a bullet's text in from its command: `→ names only`, `- lists …`. */
const LEAD = /^\s*(?:→|->|=>|[:—–-])\s*/;

export function addVariantFlags(sections: readonly Section[], context: NoteContext): void {
  const { builder } = context;
  const commands = builder.cards.filter((c): c is CommandCard => c.kind === 'command');
  // A line written as its own card: a table row's or a bullet's command, not a code section's.
  const lines = commands.filter((c) => c.examples.length === 1 && c.front === `\`${c.examples[0]}\``);
  // Commands the note writes with no flag, as a card of their own or in code.
  const plain = new Set(commands.filter((c) => c.examples.some((e) => !/\s-/.test(e))).map((c) => c.command));
  for (const section of sections)
    for (const l of context.commandsOf(section))
      if (!l.words.some((w) => w.startsWith('-'))) plain.add(l.path);
  for (const card of lines) {
    const flags = card.examples[0]!.split(/\s+/).flatMap((w) => FLAG.exec(w)?.[1] ?? []);
    if (flags.length !== 1) continue;
    // Only beside the plain command: without it, the text is of the whole line (`docker build -t app .`).
    if (!plain.has(card.command)) continue;
    const line = card.source.line;
    const section = sections.find((s) => s.line <= line && line <= s.endLine);
    const description = card.back.replace(LEAD, '');
    if (!section || description === '') continue;
    addFlagCard(
      {
        term: flags[0]!,
        flags,
        description,
        line,
        endLine: line,
        recognizer: 'variant-flags',
        command: card.command,
        inProse: true,
      },
      section,
      context,
    );
  }
}
