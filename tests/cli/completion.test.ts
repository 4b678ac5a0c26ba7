// Shell completion: the scripts, and the candidates dockstudy gives them (`__complete`), in bash itself.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, cliEnv, FIXTURES, ROOT, removeTempDirs, run, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const complete = async (words: string[], home?: string) =>
  (await run(['__complete', '--', ...words], home ? { home } : {})).stdout.split('\n').filter(Boolean);

describe('__complete', () => {
  test('commands, then subcommands, then options of the command and the global ones', async () => {
    expect(await complete(['c'])).toEqual(['card', 'cards', 'config', 'completion']);
    expect(await complete(['config', ''])).toEqual(['get', 'set', 'list', 'path']);
    expect(await complete(['cards', '--'])).toEqual(
      expect.arrayContaining(['--json', '--search', '--notes', '--lang', '--no-color', '--help']),
    );
    expect(await complete(['review', '--d'])).toEqual(['--due', '--deck']);
    // The hidden command is never offered.
    expect(await complete(['_'])).toEqual([]);
  });

  test('deck ids, card ids and option values', async () => {
    expect(await complete(['quiz', 'docker'])).toEqual(['dockerfile']);
    expect(await complete(['quiz', 'dockerfile', 'net'])).toEqual(['network']);
    expect(await complete(['review', '--deck', 'vol'])).toEqual(['volume']);
    const cards = await complete(['card', 'container-ru']);
    expect(cards).toContain('container-run-publish');
    expect(cards.every((id) => id.startsWith('container-run'))).toBe(true);
    expect(await complete(['cards', 'volume', 'x'])).toEqual([]);
    expect(await complete(['--lang', ''])).toEqual(['ko', 'en']);
    expect(await complete(['quiz', '--types', 'c'])).toEqual(['choice', 'cloze']);
    expect(await complete(['config', 'set', ''])).toEqual([
      'retention',
      'new-per-day',
      'leech-threshold',
      'max-answer-seconds',
    ]);
    expect(await complete(['lint', 'tests/'])).toEqual([':files']);
  });

  test('decks of the notes on the line, and of the remembered ones', async () => {
    const home = tempDir();
    expect(await complete(['--notes', join(FIXTURES, 'notes-folder'), 'cards', 'la'], home)).toEqual(['lab']);
    const folder = join(tempDir(), 'kept');
    cpSync(join(FIXTURES, 'notes-folder'), folder, { recursive: true });
    await run(['notes', 'add', folder], { home });
    expect(await complete(['card', 'lab-b'], home)).toEqual(['lab-bridge']);
    expect(await complete(['notes', 'remove', ''], home)).toEqual([folder]);
  });
});

describe('completion scripts', () => {
  test('zsh and fish scripts ask dockstudy __complete', async () => {
    for (const shell of ['zsh', 'fish']) {
      const script = await run(['completion', shell]);
      expect(script.status).toBe(0);
      expect(script.stdout).toContain('dockstudy __complete --');
    }
  });

  test('bash, with COMP_WORDS and COMP_CWORD set as bash sets them at a Tab', () => {
    const home = tempDir();
    const bin = join(home, 'bin');
    cpSync(join(FIXTURES, 'notes-folder'), join(home, 'notes'), { recursive: true });
    spawnSync('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'dockstudy'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'dockstudy'), 0o755);
    const cases = [
      ['dockstudy', 'ca'],
      ['dockstudy', 'review', '--deck', 'net'],
      ['dockstudy', 'card', 'image-pull-pl'],
      ['dockstudy', '--notes', join(home, 'notes'), 'quiz', 'l'],
      ['dockstudy', 'lint', 'tests/cli/fixtures/ko-'],
    ];
    const calls = cases
      .map((words) => {
        const quoted = words.map((w) => `'${w}'`).join(' ');
        return `COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; COMPREPLY=(); _dockstudy; echo "[\${COMPREPLY[*]}]"`;
      })
      .join('\n');
    const { env } = cliEnv(home);
    const result = spawnSync(
      'bash',
      ['--norc', '--noprofile', '-c', `source <(dockstudy completion bash)\n${calls}`],
      {
        cwd: ROOT,
        env: { ...env, PATH: `${bin}:${env.PATH}` },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      '[card cards]',
      '[network]',
      '[image-pull-platform]',
      '[lab]',
      '[tests/cli/fixtures/ko-notes.md]',
    ]);
  });
});
