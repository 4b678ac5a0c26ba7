#!/usr/bin/env node
import { CommanderError } from 'commander';
import { UnknownNameError } from '../decks/registry.js';
import { messages } from '../ui/messages.js';
import { type GlobalOptions, createContext } from './context.js';
import { detectLang } from './environment.js';
import { Interrupted, UserError } from './errors.js';
import { buildProgram } from './program.js';

// The only place that decides exit codes: 0 done, 1 failed, 2 bad usage, 130 interrupted.
async function main(argv: string[]): Promise<number> {
  const program = buildProgram(async (action) => {
    await action(createContext(program.opts<GlobalOptions>()));
  });
  program.exitOverride();
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
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof Interrupted) return err.exitCode;
  const say = (line: string) => process.stderr.write(`dockstudy: ${line}\n`);
  if (err instanceof UnknownNameError) {
    const t = messages(safeLang(langFlag));
    say(err.what === 'card' ? t['unknown.card'](err.input) : t['unknown.deck'](err.input));
    if (err.suggestions.length > 0) process.stderr.write(`${t['did.you.mean'](err.suggestions)}\n`);
    if (err.available.length > 0) process.stderr.write(`${t['decks.available'](err.available)}\n`);
    return 1;
  }
  if (err instanceof UserError || isStoreError(err)) {
    say((err as Error).message);
    return err instanceof UserError ? err.exitCode : 1;
  }
  const message = err instanceof Error ? err.message : String(err);
  say(`unexpected error: ${message}`);
  if (process.env.DOCKSTUDY_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return 1;
}

const isStoreError = (err: unknown) => err instanceof Error && err.name === 'StoreError';

function safeLang(flag: string | undefined) {
  try {
    return detectLang(flag, process.env);
  } catch {
    return 'en';
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // `dockstudy cards | head` closes the pipe early: that is not a failure.
  if (err.code === 'EPIPE') process.exit(0);
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
