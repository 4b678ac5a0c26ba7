import { CommanderError } from 'commander';
import type { UnknownNameError } from '../decks/registry.js';
import { messages } from '../ui/messages.js';
import { createContext, type GlobalOptions } from './context.js';
import { detectLang } from './environment.js';
import { buildProgram } from './program.js';

// The only place that decides exit codes: 0 done, 1 failed, 2 bad usage, 130 interrupted.
async function main(argv: string[]): Promise<number> {
  const program = buildProgram(async (action) => {
    await action(createContext(program.opts<GlobalOptions>()));
  });
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    return report(err, program.opts<GlobalOptions>().lang);
  }
}

function report(err: unknown, langFlag: string | undefined): number {
  if (err instanceof CommanderError) {
    // commander has printed its own message already.
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0
      ? 0
      : 2;
  }
  const error = err instanceof Error ? err : new Error(String(err));
  const say = (line: string) => process.stderr.write(`dockstudy: ${line}\n`);
  switch (error.name) {
    case 'Interrupted':
      return 130;
    case 'UnknownNameError': {
      const unknown = error as UnknownNameError;
      const t = messages(detectLang(langFlag, process.env));
      say(unknown.what === 'card' ? t['unknown.card'](unknown.input) : t['unknown.deck'](unknown.input));
      if (unknown.suggestions.length > 0) process.stderr.write(`${t['did.you.mean'](unknown.suggestions)}\n`);
      if (unknown.available.length > 0) process.stderr.write(`${t['decks.available'](unknown.available)}\n`);
      return 1;
    }
    case 'UserError':
    case 'UsageError':
    case 'StoreError':
      say(error.message);
      return (error as { exitCode?: number }).exitCode ?? 1;
    default:
      say(`unexpected error: ${error.message}`);
      if (process.env.DOCKSTUDY_DEBUG) process.stderr.write(`${error.stack}\n`);
      return 1;
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // `dockstudy cards | head` closes the pipe early: that is not a failure.
  if (err.code === 'EPIPE') process.exit(0);
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
