// A plain run is read without commander (src/cli/plain-arguments.ts): whenever that reader takes the
// arguments, commander must take them too, and give the very same operands and options.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { GlobalOptions } from '../../src/cli/context.js';
import { readPlainArguments } from '../../src/cli/plain-arguments.js';
import { PLAIN_COMMANDS, type PlainCommand } from '../../src/cli/plain-commands.js';
import { buildProgram } from '../../src/cli/program.js';

const specs = Object.values(PLAIN_COMMANDS) as PlainCommand[];
const actions = specs.map((spec) => spec.action);
afterEach(() => {
  for (const [i, spec] of specs.entries()) spec.action = actions[i]!;
});

/** What each path hands a command's action (its operands and options), and the global options. */
function recordActions() {
  const calls: unknown[][] = [];
  for (const [name, spec] of Object.entries(PLAIN_COMMANDS) as [string, PlainCommand][])
    spec.action = (...given) => {
      calls.push([name, ...given]);
      return async () => {};
    };
  return calls;
}

async function byCommander(args: string[]) {
  const calls = recordActions();
  const quiet = { write: () => true } as unknown as NodeJS.WritableStream;
  let globals: GlobalOptions | undefined;
  const program = buildProgram(
    async (action) => {
      globals = program.opts<GlobalOptions>();
      await action({} as never);
    },
    { stdout: quiet, stderr: quiet, columns: 80, color: false, lang: 'en' },
    PLAIN_COMMANDS,
  );
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (err) {
    return { error: (err as { code?: string }).code };
  }
  return { globals, calls };
}

async function byReader(args: string[]) {
  const calls = recordActions();
  const run = readPlainArguments(args);
  if (!run) return undefined;
  await run.action({} as never);
  return { globals: run.globals, calls };
}

describe('reading a plain run without commander', () => {
  it.each([
    ['card', 'container-run'],
    ['card', '--reveal', 'container-run'],
    ['quiz', 'dockerfile', '--plain', '--seed', '1', '--no-record'],
    ['quiz', '-n', '3', '--types=choice,typed', 'image', 'volume'],
    [
      '--lang',
      'KO',
      '--notes',
      'a.md',
      '--notes=b',
      '--no-builtin',
      '--no-color',
      'cards',
      'image',
      '--json',
    ],
    ['review', '--due', '--json'],
    ['review', '--deck', 'image', '--new', '5', '--limit', '2', '--plain'],
    ['stats', '--deck', 'image', '--overrides'],
    ['decks', '--json', '--lang', 'en'],
    ['lint', 'a.md', 'notes/'],
    ['import', 'x.apkg'],
    ['backup'],
    ['doctor', '--json'],
  ])('takes %s … as commander does', async (...args) => {
    const reader = await byReader(args);
    expect(reader).toBeDefined();
    expect(reader).toEqual(await byCommander(args));
  });

  it.each([
    ['--help'],
    ['card', '-h'],
    ['-V'],
    ['help', 'card'],
    ['card'],
    ['card', 'a', 'b'],
    ['quiz', '--seed'],
    ['quiz', '-n5'],
    ['quiz', '--plain=yes'],
    ['cards', '--search', '-x'],
    ['--lang', 'fr', 'decks'],
    ['decks', 'extra'],
    ['card', '--', '--reveal'],
    ['export'],
    ['config', 'list'],
    ['bogus'],
    [],
  ])('leaves %s … to commander', (...args) => {
    expect(readPlainArguments(args)).toBeUndefined();
  });

  it('gives what commander gives whenever it takes the arguments (property)', async () => {
    const flagsOf = (spec: PlainCommand) =>
      spec.options.flatMap(([flags]) => flags.match(/-{1,2}[\w-]+/g) ?? []);
    const noise = [
      'export',
      'config',
      'help',
      '--',
      '-h',
      '--help',
      '-V',
      '--bogus',
      '-x',
      '-n5',
      '--seed=1',
      '--json=1',
    ];
    const value = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('1', 'x', 'ko', 'en', 'KO', 'dockerfile', 'a b', '') },
      { weight: 1, arbitrary: fc.constantFrom('fr', '-1', '--json') },
    );
    const globals = fc
      .array(
        fc.oneof(
          fc.tuple(fc.constantFrom('--notes', '--lang'), value),
          fc.constantFrom(
            ['--no-builtin'],
            ['--no-color'],
            ['--lang=ko'],
            ['--lang=De'],
            ['--notes=n.md'],
            ['--notes'],
          ),
        ),
        { maxLength: 3 },
      )
      .map((parts) => parts.flat());
    // A command, then its options (with values or without), operands and now and then a stray word.
    const run = fc
      .constantFrom(...(Object.keys(PLAIN_COMMANDS) as (keyof typeof PLAIN_COMMANDS)[]))
      .chain((name) => {
        const flags = [...flagsOf(PLAIN_COMMANDS[name]), '--count', '--no-json'];
        const piece = fc.oneof(
          { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...flags), value) },
          { weight: 3, arbitrary: fc.constantFrom(...flags).map((f) => [f]) },
          { weight: 2, arbitrary: value.map((v) => [v]) },
          { weight: 1, arbitrary: fc.constantFrom(...noise).map((w) => [w]) },
        );
        return fc
          .tuple(globals, fc.array(piece, { maxLength: 4 }), globals)
          .map(([before, rest, after]) => [...before, name, ...rest.flat(), ...after]);
      });
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(run, async (args) => {
        const reader = await byReader(args);
        if (!reader) return;
        taken++;
        expect(reader).toEqual(await byCommander(args));
      }),
      { numRuns: 4000 },
    );
    // Enough of the runs were plain for the comparison to mean something.
    expect(taken).toBeGreaterThan(300);
  });
});
