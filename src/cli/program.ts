import { Command, Option } from 'commander';
import { stripControl } from '../text/safety.js';
import { cardCommand } from './commands/card.js';
import { cardsCommand } from './commands/cards.js';
import { decksCommand } from './commands/decks.js';
import type { Context, Output } from './context.js';
import { lazy } from './lazy.js';

declare const DOCKSTUDY_VERSION: string;

const EXAMPLES = `
Examples:
  $ dockstudy quiz dockerfile                a 10-question quiz on Dockerfile instructions
  $ dockstudy quiz container --types typed   type docker commands, graded by meaning
  $ dockstudy review --due                   today's due cards, scheduled by FSRS
  $ dockstudy review --due --json            {"due": N, "new": M, "cards": [...]} for a shell prompt
  $ dockstudy stats                          progress, retention, streak and two charts
  $ dockstudy config set new-per-day 30      study settings (retention, new-per-day)
  $ dockstudy decks                          the decks and how many cards each has
  $ dockstudy cards container                the cards of one deck
  $ dockstudy cards --search publish --json  search, as JSON
  $ dockstudy card container-run             one card: front, then the answer on a key
  $ dockstudy --notes ~/notes/docker.md cards --no-builtin
                                             your own markdown notes as a deck
  $ dockstudy --lang ko card dockerfile-cmd  Korean content
  $ dockstudy lint ~/notes                   what your notes become, and every problem with its line
  $ dockstudy doctor                         check the whole store; the newest backup if it is damaged
`;

/**
 * Builds the commander program; `run` is what each action does with the parsed options. The light
 * commands are bundled in; the heavy ones load through `lazy` when they run.
 */
export function buildProgram(
  run: (action: (context: Context) => Promise<void>) => Promise<void>,
  output: { stdout: Output; stderr: Output; columns: number | undefined; color: boolean },
): Command {
  const program = new Command('dockstudy')
    // Set before the subcommands are made, so that they inherit it, as they do exitOverride.
    .configureOutput({
      writeOut: (text) => output.stdout.write(text),
      // Commander echoes the user's arguments: no control sequence reaches the terminal.
      writeErr: (text) => output.stderr.write(stripControl(text)),
      getOutHelpWidth: () => output.columns ?? 80,
      getErrHelpWidth: () => output.columns ?? 80,
      getOutHasColors: () => output.color,
      getErrHasColors: () => output.color,
    })
    .description('Learn Docker from the terminal: decks of cards from markdown notes.')
    .version(typeof DOCKSTUDY_VERSION === 'string' ? DOCKSTUDY_VERSION : '0.0.0', '-V, --version')
    .option('--notes <path>', 'add your own notes (a .md file or a folder), repeatable', collect, [])
    .option('--no-builtin', 'leave the built-in decks out')
    .addOption(
      new Option('--lang <lang>', 'content and UI language (default: from the locale)').choices(['ko', 'en']),
    )
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run dockstudy --help for usage)')
    // Set before the subcommands are made, so that they inherit it: main.ts maps usage errors to exit 2.
    .exitOverride();

  program
    .command('quiz [decks...]')
    .description('a quiz on one or more decks (or all), every answer checked')
    .option('-n, --count <n>', 'how many questions', '10')
    .option('--types <list>', 'question types: choice,typed,cloze,scenario')
    .option('--seed <n>', 'the same seed gives the same quiz')
    .option('--print', 'print the quiz (a worksheet) instead of asking')
    .option('--json', 'with --print: the questions as JSON')
    .option('--plain', 'no prompts: questions printed, answers read one per line')
    .option('--no-record', 'practice only: answers are not recorded as reviews')
    .action((decks, options) =>
      run(async (context) => (await lazy('quiz')).quizCommand(context, decks, options)),
    );

  program
    .command('review')
    .description('spaced repetition: the cards whose time has come, graded Again/Hard/Good/Easy')
    .option('--due', 'only cards that are due (no new ones)')
    .option('--deck <id>', 'only this deck')
    .option('--new <n>', "new cards this session (instead of the day's allowance)")
    .option('--limit <n>', 'stop after this many answers')
    .option('--plain', 'no key presses: each card printed, the rating read as a line')
    .option('--json', 'no session: print {"due", "new", "cards"} for prompts and status bars')
    .action((options) =>
      run(async (context) =>
        options.json
          ? (await lazy('due')).dueCommand(context, options)
          : (await lazy('review')).reviewCommand(context, options),
      ),
    );

  program
    .command('stats')
    .description('your progress: cards by state, reviews, retention, streak, reviews and due cards per day')
    .option('--deck <id>', 'only the cards of this deck')
    .option('--json', 'print the figures as JSON')
    .action((options) => run(async (context) => (await lazy('stats')).statsCommand(context, options)));

  program
    .command('card <id>')
    .description('show one card: the front, then the answer on a key')
    .option('--reveal', 'print front and back without waiting')
    .action((id, options) => run((context) => cardCommand(context, id, options)));

  program
    .command('cards [deck]')
    .description('list the cards of a deck (or all decks)')
    .option('--json', 'print the card records as JSON')
    .option('--search <text>', 'only cards containing every word of TEXT')
    .action((deck, options) => run((context) => cardsCommand(context, deck, options)));

  program
    .command('decks')
    .description('list the decks with their card counts')
    .option('--json', 'print JSON')
    .action((options) => run((context) => decksCommand(context, options)));

  program
    .command('lint [paths...]')
    .description('check notes: every problem as file:line, which lines made which card, what was skipped')
    .action((paths) => run(async (context) => (await lazy('lint')).lintCommand(context, paths)));

  program
    .command('doctor')
    .description('check the whole store (integrity_check) and point to the newest backup')
    .option('--json', 'print the findings as JSON')
    .action((options) => run(async (context) => (await lazy('doctor')).doctorCommand(context, options)));

  // No action of its own: `config frob` then says "unknown command" rather than "too many arguments".
  const config = program
    .command('config')
    .description('show or change the study settings: retention, new-per-day');
  config
    .command('get [key]')
    .description('print one setting, or all of them')
    .option('--json', 'print JSON')
    .action((key, options) =>
      run(async (context) => (await lazy('config')).configShow(context, key, options)),
    );
  config
    .command('set <key> <value>')
    .description('change a setting: retention 0.7–0.99 (default 0.9), new-per-day 0–9999 (default 20)')
    .option('--json', 'print the new value as JSON')
    .action((key, value, options) =>
      run(async (context) => (await lazy('config')).configSet(context, key, value, options)),
    );
  config
    .command('list')
    .description('print every setting')
    .option('--json', 'print JSON')
    .action((options) =>
      run(async (context) => (await lazy('config')).configShow(context, undefined, options)),
    );

  return program;
}

function collect(value: string, previous: string[]) {
  return [...previous, value];
}
