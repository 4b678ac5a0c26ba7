import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { stripControl } from '../text/safety.js';
import { type Messages, messages } from '../ui/messages.js';
import { helpConfiguration, translateCommanderError } from './commander-text.js';
import { completeCommand, completionScript, SHELLS } from './commands/completion.js';
import type { Context, Output } from './context.js';
import { type Lang, langNamed } from './environment.js';
import { GLOBAL_SWITCHES, GLOBAL_VALUES } from './global-options.js';
import { lazy } from './lazy.js';
import type { PlainCommand, PlainCommandName, PlainCommands } from './plain-commands.js';

declare const DOCKSTUDY_VERSION: string;

type Run = (action: (context: Context) => Promise<void>) => Promise<void>;

/**
 * Builds the commander program in the UI's language; `run` is what each action does with the parsed
 * options. `plain` is PLAIN_COMMANDS, handed in by the caller: in the build this module is a bundle
 * of its own (run.ts, loadProgram), and the plain commands' work (card, cards, decks) stays in the
 * one that every start loads. The other commands load through `lazy` when they run. Given the
 * arguments, it holds only the command they run when that is all commander needs (see
 * invokedCommand): every command's options cost time.
 */
export function buildProgram(
  run: Run,
  output: { stdout: Output; stderr: Output; columns: number | undefined; color: boolean; lang: Lang },
  plain: PlainCommands,
  args?: readonly string[],
): Command {
  const t = messages(output.lang);
  const h = t.help;
  const program = new Command('dockstudy')
    // Set before the subcommands are made, so that they inherit it, as they do exitOverride and help.
    .configureOutput({
      writeOut: (text) => output.stdout.write(text),
      // Commander echoes the user's arguments: no control sequence reaches the terminal.
      writeErr: (text) => output.stderr.write(stripControl(text)),
      outputError: (text, write) => write(translateCommanderError(text, t)),
      getOutHelpWidth: () => output.columns ?? 80,
      getErrHelpWidth: () => output.columns ?? 80,
      getOutHasColors: () => output.color,
      getErrHasColors: () => output.color,
    })
    .configureHelp(helpConfiguration(t, output.lang === 'ko'))
    .helpOption('-h, --help', t.commander.help)
    .helpCommand('help [command]', t.commander.help)
    .description(h.program)
    .version(
      typeof DOCKSTUDY_VERSION === 'string' ? DOCKSTUDY_VERSION : '0.0.0',
      '-V, --version',
      t.commander.version,
    )
    .option('--notes <path>', h.notes, collect, [])
    .option('--no-builtin', h.builtin)
    .addOption(
      new Option('--lang <lang>', h.lang).choices(['ko', 'en']).argParser((value) => {
        const lang = langNamed(value);
        if (!lang) throw new InvalidArgumentError('(ko, en)');
        return lang;
      }),
    )
    .option('--no-color', h.color)
    .addHelpText('after', h.examples)
    .showHelpAfterError(t.commander.helpAfterError)
    // Set before the subcommands are made, so that they inherit it: main.ts maps usage errors to exit 2.
    .exitOverride();

  const only = args && invokedCommand(args);
  for (const [name, define] of Object.entries(COMMANDS))
    if (only === undefined || name === only) define(program, h, run, plain);
  return program;
}

type Define = (program: Command, h: Messages['help'], run: Run, plain: PlainCommands) => void;

/** A command of PLAIN_COMMANDS as commander's: its usage, help and options, and its action. */
function plain(name: PlainCommandName): Define {
  return (program, h, run, commands) => {
    const spec: PlainCommand = commands[name];
    const command = program.command(spec.usage).description(h[spec.help]);
    for (const [flags, help, defaultValue] of spec.options) command.option(flags, h[help], defaultValue);
    // commander hands an action the operands, the options and the command itself.
    command.action((...given: unknown[]) => run(spec.action(...given.slice(0, -1))));
  };
}

// The commands in the order the help lists them, each added to the program by its name.
const COMMANDS: Record<string, Define> = {
  quiz: plain('quiz'),
  review: plain('review'),
  stats: plain('stats'),
  card: plain('card'),
  cards: plain('cards'),
  decks: plain('decks'),
  lint: plain('lint'),
  export: (program, h, run) => {
    program
      .command('export')
      .description(h.export)
      .addOption(
        new Option('--format <format>', h.exportFormat)
          .choices(['json', 'anki', 'apkg', 'csv'])
          .default('json'),
      )
      .option('--deck <id>', h.exportDeck, collect, [])
      .option('--out <file>', h.exportOut)
      .action((options) => run(async (context) => (await lazy('exchange')).exportCommand(context, options)));
  },
  import: plain('import'),
  backup: plain('backup'),
  doctor: plain('doctor'),
  config: (program, h, run) => {
    // No action of its own: `config frob` then says "unknown command" rather than "too many arguments".
    const config = program.command('config').description(h.config);
    config
      .command('get [key]')
      .description(h.configGet)
      .option('--json', h.json)
      .action((key, options) =>
        run(async (context) => (await lazy('config')).configShow(context, key, options)),
      );
    config
      .command('set <key> <value>')
      .description(h.configSet)
      .option('--json', h.configSetJson)
      .action((key, value, options) =>
        run(async (context) => (await lazy('config')).configSet(context, key, value, options)),
      );
    config
      .command('list')
      .description(h.configList)
      .option('--json', h.json)
      .action((options) =>
        run(async (context) => (await lazy('config')).configShow(context, undefined, options)),
      );

    config
      .command('path')
      .description(h.configPath)
      .option('--json', h.json)
      .action((options) => run(async (context) => (await lazy('config')).configPath(context, options)));
  },
  // ---- issue 12: remembered notes, shell completion ----
  notes: (program, h, run) => {
    const notes = program.command('notes').description(h.notesGroup);
    notes
      .command('add <paths...>')
      .description(h.notesAdd)
      .action((paths) => run(async (context) => (await lazy('notes')).notesAdd(context, paths)));
    notes
      .command('list')
      .description(h.notesList)
      .option('--json', h.json)
      .action((options) => run(async (context) => (await lazy('notes')).notesList(context, options)));
    notes
      .command('remove <path>')
      .description(h.notesRemove)
      .action((path) => run(async (context) => (await lazy('notes')).notesRemove(context, path)));
  },
  completion: (program, h, run) => {
    program
      .command('completion')
      .description(h.completion)
      .addArgument(new Argument('<shell>').choices(SHELLS))
      .action((shell) => run(async (context) => context.write(completionScript(shell))));
  },
  __complete: (program, _h, run) => {
    // What the completion scripts ask at each Tab: `dockstudy __complete -- WORD… CURRENT`.
    program
      .command('__complete', { hidden: true })
      .argument('[words...]')
      .action((words) => run((context) => completeCommand(context, program, words)));
  },
};

/**
 * The command the arguments run, when the program needs no other: the first word after global
 * options, and no help asked for. Anything else (help, the version, an unknown command or option,
 * completion, which reads the whole program) gets undefined: the program with every command.
 */
export function invokedCommand(args: readonly string[]): string | undefined {
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  const words = args.slice(0, end);
  if (words.includes('-h') || words.includes('--help')) return undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (GLOBAL_VALUES.includes(word)) i++;
    else if (GLOBAL_SWITCHES.includes(word) || GLOBAL_VALUES.some((o) => word.startsWith(`${o}=`))) continue;
    else if (word.startsWith('-')) return undefined;
    else return word !== '__complete' && Object.hasOwn(COMMANDS, word) ? word : undefined;
  }
  return undefined;
}

function collect(value: string, previous: string[]) {
  return [...previous, value];
}
