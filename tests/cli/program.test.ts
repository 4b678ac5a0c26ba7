// The program itself: help, version, usage errors, environment errors.

import { afterAll, describe, expect, it } from 'vitest';
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
