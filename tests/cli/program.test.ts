// The program itself: help, version, usage errors, environment errors.

import { afterAll, describe, expect, it } from 'vitest';
import { PLAIN_COMMANDS } from '../../src/cli/plain-commands.js';
import { buildProgram, invokedCommand } from '../../src/cli/program.js';
import { PACKAGE_VERSION, removeTempDirs, run, runSpawned } from './helpers.js';

afterAll(removeTempDirs);

describe('--help', async () => {
  const help = await run(['--help']);

  it('exits 0 and prints usage on stdout only', async () => {
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dockstudy /);
    expect(help.stderr).toBe('');
  });

  it('lists the decks, cards, card and quiz commands', async () => {
    const commands = help.stdout.slice(help.stdout.indexOf('Commands:'), help.stdout.indexOf('Examples:'));
    for (const name of ['decks', 'cards', 'card', 'quiz']) {
      expect(commands).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
  });

  it('ends with examples of each of them', async () => {
    const examples = help.stdout.slice(help.stdout.indexOf('Examples:'));
    expect(examples.length).toBeGreaterThan('Examples:'.length);
    for (const name of ['decks', 'cards', 'card', 'quiz']) {
      expect(examples).toMatch(new RegExp(`\\$ dockstudy .*\\b${name}\\b`));
    }
    expect(examples).toContain('$ dockstudy quiz dockerfile');
    expect(examples).toContain('$ dockstudy card container-run');
  });

  it('has help for a subcommand too', async () => {
    const quizHelp = await run(['quiz', '--help']);
    expect(quizHelp.status).toBe(0);
    expect(quizHelp.stdout).toMatch(/^Usage: dockstudy quiz /);
    for (const option of ['--count', '--types', '--seed', '--print', '--json', '--plain', '--no-record']) {
      expect(quizHelp.stdout).toContain(option);
    }
  });
});

describe('--version', async () => {
  // The build stamps the version into dist/cli.js: the built program, in its own process.
  it('prints the version of package.json', async () => {
    const stamped = runSpawned(['--version']);
    expect(stamped.status).toBe(0);
    expect(stamped.stdout).toBe(`${PACKAGE_VERSION}\n`);
  });

  it('-V is --version', async () => {
    for (const flag of ['--version', '-V']) {
      const result = await run([flag]);
      expect(result.status).toBe(0);
      // The sources carry no version stamp.
      expect(result.stdout).toBe('0.0.0\n');
    }
  });
});

describe('bad usage exits 2 with a message on stderr', async () => {
  it.each([
    ['an unknown command', ['bogus'], /unknown command 'bogus'/],
    ['an unknown option', ['--bogus', 'decks'], /unknown option '--bogus'/],
    ['a --lang that is neither ko nor en', ['--lang', 'fr', 'decks'], /'fr' is invalid/],
    ['a --lang after the command', ['decks', '--lang', 'de'], /'de' is invalid/],
    ['an unknown option of a subcommand', ['cards', '--frobnicate'], /unknown option '--frobnicate'/],
    ['an unknown option of quiz', ['quiz', '--bogus'], /unknown option '--bogus'/],
    ['a missing card id', ['card'], /missing required argument 'id'/],
    ['two card ids', ['card', 'container-run', 'image-build'], /too many arguments/],
  ])('%s', async (_what, args, message) => {
    const result = await run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('    at ');
  });

  it('DOCKSTUDY_NOW that is not a time', async () => {
    const result = await run(['decks'], { env: { DOCKSTUDY_NOW: 'next tuesday' } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "dockstudy: DOCKSTUDY_NOW is not an ISO 8601 time: 'next tuesday' (example: 2026-03-01T09:00:00Z)\n",
    );
  });
});

// For the arguments of a plain run, buildProgram holds only the command they name (building every
// command's options costs start-up time): commander must then read them exactly as it reads them
// with the whole program, errors and help included.
describe('a program of the invoked command only', () => {
  const cases: string[][] = [
    ['card', 'container-run'],
    ['card', 'container-run', '--reveal'],
    ['card', '--reveal', 'container-run'],
    ['card'],
    ['card', 'a', 'b'],
    ['card', 'x', '--bogus'],
    ['card', 'x', '--revael'],
    ['--lang', 'ko', 'card', 'x'],
    ['--lang=en', '--no-color', 'card', 'x'],
    ['--lang', 'fr', 'card', 'x'],
    ['card', 'x', '--lang', 'de'],
    ['--notes', 'a.md', '--notes=b.md', '--no-builtin', 'quiz', 'dockerfile', 'image'],
    ['quiz', 'dockerfile', '--plain', '--seed', '1', '--no-record'],
    ['quiz', '-n', '3', '--types', 'choice,typed', '--print', '--json'],
    ['quiz', '-n'],
    ['quiz', '--seed'],
    ['review', '--due', '--json'],
    ['review', '--deck', 'image', '--new', '5', '--limit', '2', '--plain'],
    ['stats', '--deck', 'image', '--json', '--overrides'],
    ['cards', 'image', '--search', 'pull', '--state', 'new', '--json'],
    ['decks', '--json'],
    ['lint', 'a.md', 'b'],
    ['export', '--format', 'csv', '--deck', 'a', '--deck', 'b', '--out', 'x.csv'],
    ['export', '--format', 'docx'],
    ['import', 'x.apkg'],
    ['backup'],
    ['doctor', '--json'],
    ['config', 'set', 'retention', '0.8', '--json'],
    ['config', 'get', 'new-per-day'],
    ['config', 'frob'],
    ['config'],
    ['notes', 'add', 'a', 'b'],
    ['notes', 'remove'],
    ['completion', 'zsh'],
    ['completion', 'tcsh'],
    ['card', '--', '--reveal'],
    ['card', 'x', '-h'],
    ['--no-color', '-V', 'card'],
  ];

  /** What commander made of the arguments: the command, its options and operands, and what it printed. */
  async function parsed(args: string[], only: boolean) {
    const out: string[] = [];
    const output = {
      stdout: { write: (text: string) => out.push(`out:${text}`) },
      stderr: { write: (text: string) => out.push(`err:${text}`) },
      columns: 80,
      color: false,
      lang: 'en' as const,
    } as unknown as Parameters<typeof buildProgram>[1];
    let ran = false;
    const program = buildProgram(
      async () => {
        ran = true;
      },
      output,
      PLAIN_COMMANDS,
      only ? args : undefined,
    );
    let error: string | undefined;
    try {
      await program.parseAsync(args, { from: 'user' });
    } catch (err) {
      error = (err as { code?: string }).code;
    }
    // The command named in the arguments (and its subcommand), as commander left them.
    const invoked: unknown[] = [];
    for (let command = program; ; ) {
      const sub = command.commands.find((c) => args.includes(c.name()));
      if (!sub) break;
      invoked.push(sub.name(), sub.opts(), sub.processedArgs);
      command = sub;
    }
    return { ran, error, out, global: program.opts(), invoked };
  }

  it.each(cases.map((args) => [args.join(' '), args]))('%s', async (_name, args) => {
    expect(await parsed(args as string[], true)).toEqual(await parsed(args as string[], false));
  });

  it('names the command for plain runs, and none where the whole program is needed', () => {
    expect(invokedCommand(['--notes', 'x', '--lang=ko', 'card', 'y'])).toBe('card');
    expect(invokedCommand(['config', 'get'])).toBe('config');
    for (const args of [
      ['--help'],
      ['card', '-h'],
      ['help', 'card'],
      ['-V'],
      ['--bogus', 'card'],
      ['crd'],
      ['__complete', '--', 'c'],
      [],
    ])
      expect(invokedCommand(args), args.join(' ')).toBeUndefined();
  });
});
