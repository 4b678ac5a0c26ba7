// The commands whose arguments are plain, written out as data: operands and options, no choices, no
// subcommands. program.ts makes commander commands of them (for help and usage errors), and
// plain-arguments.ts reads a plain run of them without commander, which a start then never loads.
import type { Messages } from '../ui/messages.js';
import { cardCommand } from './commands/card.js';
import { cardsCommand } from './commands/cards.js';
import { decksCommand } from './commands/decks.js';
import type { Context } from './context.js';
import { lazy } from './lazy.js';

type HelpKey = keyof Messages['help'];

export interface PlainCommand {
  /** The command and its operands, as commander reads them: `quiz [decks...]`, `card <id>`. */
  usage: string;
  help: HelpKey;
  /** Each option's flags as commander reads them (`-n, --count <n>`, `--no-record`), its help and default. */
  options: readonly (readonly [flags: string, help: HelpKey, defaultValue?: string])[];
  /** The work, given what commander gives an action: the operands, then the options. */
  // biome-ignore lint/suspicious/noExplicitAny: operands and options take the shapes commander gives them
  action: (...operandsThenOptions: any[]) => (context: Context) => Promise<void>;
}

// In the order the help lists them (program.ts puts the other commands among them).
export const PLAIN_COMMANDS = {
  quiz: {
    usage: 'quiz [decks...]',
    help: 'quiz',
    options: [
      ['-n, --count <n>', 'quizCount', '10'],
      ['--types <list>', 'quizTypes'],
      ['--seed <n>', 'quizSeed'],
      ['--print', 'quizPrint'],
      ['--json', 'quizJson'],
      ['--plain', 'quizPlain'],
      ['--no-record', 'quizRecord'],
    ],
    action: (decks, options) => async (context) => (await lazy('quiz')).quizCommand(context, decks, options),
  },
  review: {
    usage: 'review',
    help: 'review',
    options: [
      ['--due', 'reviewDue'],
      ['--deck <id>', 'reviewDeck'],
      ['--new <n>', 'reviewNew'],
      ['--limit <n>', 'reviewLimit'],
      ['--plain', 'reviewPlain'],
      ['--json', 'reviewJson'],
    ],
    action: (options) => async (context) =>
      options.json
        ? (await lazy('due')).dueCommand(context, options)
        : (await lazy('review')).reviewCommand(context, options),
  },
  stats: {
    usage: 'stats',
    help: 'stats',
    options: [
      ['--deck <id>', 'statsDeck'],
      ['--json', 'json'],
      ['--overrides', 'statsOverrides'],
    ],
    action: (options) => async (context) => (await lazy('stats')).statsCommand(context, options),
  },
  card: {
    usage: 'card <id>',
    help: 'card',
    options: [['--reveal', 'cardReveal']],
    action: (id, options) => (context) => cardCommand(context, id, options),
  },
  cards: {
    usage: 'cards [deck]',
    help: 'cards',
    options: [
      ['--json', 'cardsJson'],
      ['--search <text>', 'cardsSearch'],
      ['--state <state>', 'cardsState'],
    ],
    action: (deck, options) => (context) => cardsCommand(context, deck, options),
  },
  decks: {
    usage: 'decks',
    help: 'decks',
    options: [['--json', 'json']],
    action: (options) => (context) => decksCommand(context, options),
  },
  lint: {
    usage: 'lint [paths...]',
    help: 'lint',
    options: [],
    action: (paths) => async (context) => (await lazy('lint')).lintCommand(context, paths),
  },
  import: {
    usage: 'import <file>',
    help: 'import',
    options: [],
    action: (file) => async (context) => (await lazy('exchange')).importCommand(context, file),
  },
  backup: {
    usage: 'backup [file]',
    help: 'backup',
    options: [],
    action: (file) => async (context) => (await lazy('exchange')).backupCommand(context, file),
  },
  doctor: {
    usage: 'doctor',
    help: 'doctor',
    options: [['--json', 'doctorJson']],
    action: (options) => async (context) => (await lazy('doctor')).doctorCommand(context, options),
  },
} satisfies Record<string, PlainCommand>;

export type PlainCommands = typeof PLAIN_COMMANDS;
export type PlainCommandName = keyof PlainCommands;
