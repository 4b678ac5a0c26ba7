// Shell completion: the scripts, and the candidates dockstudy gives them (`__complete`), run in bash,
// zsh and fish themselves (each shell's test is skipped, saying so, where the shell is not installed).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A folder with notes (one in a folder whose name has a space) and a `dockstudy` on PATH for the shells. */
function shellHome() {
  const home = tempDir();
  const bin = join(home, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'dockstudy'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'dockstudy'), 0o755);
  cpSync(join(FIXTURES, 'notes-folder'), join(home, 'notes'), { recursive: true });
  cpSync(join(FIXTURES, 'notes-folder'), join(home, 'my notes'), { recursive: true });
  const { env } = cliEnv(home);
  return { home, env: { ...env, PATH: `${bin}:${env.PATH}` } };
}

const installed = (shell: string) => spawnSync(shell, ['--version'], { encoding: 'utf8' }).status === 0;

/** What a Tab on each line (the cursor at its end) offers, and what it leaves on the line. */
interface Tab {
  line: string;
  offered: string[];
  after: string;
}

describe('completion scripts', () => {
  test('the zsh script: a #compdef file that registers itself when sourced, runs when autoloaded', async () => {
    const script = (await run(['completion', 'zsh'])).stdout;
    expect(script.split('\n')[0]).toBe('#compdef dockstudy');
    expect(script).toContain(`dockstudy __complete -- "\${(@Q)words[2,CURRENT]}"`);
    expect(script).toMatch(/compadd -a candidates/);
    expect(script).toMatch(/_files/);
    expect(script).toMatch(
      /loadautofunc \]\]; then\n {2}_dockstudy "\$@"\nelse\n {2}compdef _dockstudy dockstudy\nfi\n$/,
    );
  });

  test('the fish script: one complete -c dockstudy whose candidates come from dockstudy __complete', async () => {
    const script = (await run(['completion', 'fish'])).stdout;
    expect(script).toContain('set -l out (dockstudy __complete -- $words 2>/dev/null)');
    expect(script).toContain('(commandline -opc) (commandline -ct)');
    expect(script).toContain('__fish_complete_path');
    expect(script).toMatch(/^complete -c dockstudy -f -a '\(__dockstudy_complete\)'$/m);
  });

  test('bash, with COMP_WORDS and COMP_CWORD set as bash sets them at a Tab', () => {
    const { home, env } = shellHome();
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
    const result = spawnSync(
      'bash',
      ['--norc', '--noprofile', '-c', `source <(dockstudy completion bash)\n${calls}`],
      { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 },
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

  /**
   * The lines each shell is tried on: what a Tab must offer (sorted; FILE for the shell's own file
   * completion) and what it leaves on the line (the common start of what it offers, or the one offer).
   */
  const FILE = 'tests/cli/fixtures/ko-notes.md';
  const tabs = (home: string): { line: string; offered: string[] | typeof FILE; after: string }[] => [
    { line: 'dockstudy ca', offered: ['card', 'cards'], after: 'dockstudy card' },
    { line: 'dockstudy config ', offered: ['get', 'list', 'path', 'set'], after: 'dockstudy config ' },
    { line: 'dockstudy review --d', offered: ['--deck', '--due'], after: 'dockstudy review --d' },
    { line: 'dockstudy review --deck net', offered: ['network'], after: 'dockstudy review --deck network ' },
    { line: 'dockstudy quiz docker', offered: ['dockerfile'], after: 'dockstudy quiz dockerfile ' },
    {
      line: 'dockstudy card image-pull-pl',
      offered: ['image-pull-platform'],
      after: 'dockstudy card image-pull-platform ',
    },
    {
      line: `dockstudy --notes ${home}/notes quiz l`,
      offered: ['lab'],
      after: `dockstudy --notes ${home}/notes quiz lab `,
    },
    // A quoted folder name: the script takes the shell's quoting off before asking dockstudy.
    {
      line: `dockstudy --notes '${home}/my notes' card lab-b`,
      offered: ['lab-bridge'],
      after: `dockstudy --notes '${home}/my notes' card lab-bridge `,
    },
    // Nothing to offer: nothing offered (not one empty candidate), the line left as it was.
    { line: 'dockstudy cards volume x', offered: [], after: 'dockstudy cards volume x' },
    { line: 'dockstudy lint tests/cli/fixtures/ko-', offered: FILE, after: `dockstudy lint ${FILE} ` },
  ];

  test('zsh: Tab in an interactive zsh (zpty), the script sourced after compinit, or autoloaded from $fpath', async (context) => {
    if (!installed('zsh'))
      context.skip('zsh is not installed here: its script was checked for its structure only');
    const { home, env } = shellHome();
    const script = (await run(['completion', 'zsh'])).stdout;
    const functions = join(home, 'zsh-functions');
    mkdirSync(functions);
    writeFileSync(join(functions, '_dockstudy'), script);
    writeFileSync(join(home, 'dockstudy.zsh'), script);
    const cases = tabs(home);
    const sourced = zshTabs(
      home,
      env,
      { after: `source ${home}/dockstudy.zsh` },
      cases.map((c) => c.line),
    );
    // zsh's own file completion offers each folder of the path on its way there: the line tells.
    const expected = cases.map((c) => ({
      ...c,
      offered: c.offered === FILE ? expect.anything() : c.offered,
    }));
    expect(sourced).toEqual(expected);
    // compinit finds _dockstudy in $fpath and autoloads it at the first Tab.
    const autoloaded = zshTabs(
      home,
      env,
      { before: `fpath=(${functions} $fpath)` },
      cases.slice(0, 3).map((c) => c.line),
    );
    expect(autoloaded).toEqual(expected.slice(0, 3));
  }, 180_000);

  test('fish: complete -C, as fish asks at a Tab', async (context) => {
    if (!installed('fish'))
      context.skip('fish is not installed here: its script was checked for its structure only');
    const { home, env } = shellHome();
    writeFileSync(join(home, 'dockstudy.fish'), (await run(['completion', 'fish'])).stdout);
    const cases = tabs(home);
    const calls = cases.map(({ line }) => `echo '<<>>'; complete -C ${fishQuote(line)}`).join('\n');
    const result = spawnSync(
      'fish',
      ['--no-config', '-c', `source ${fishQuote(join(home, 'dockstudy.fish'))}\n${calls}`],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.stderr).toBe('');
    const offered = result.stdout
      .split('<<>>\n')
      .slice(1)
      .map((block) =>
        block
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split('\t')[0]!)
          .sort(),
      );
    expect(offered).toEqual(cases.map(({ offered }) => (offered === FILE ? [FILE] : offered)));
  }, 60_000);
});

const fishQuote = (text: string) => `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;
const zshQuote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

/**
 * Types each line into an interactive zsh on a pseudo-terminal (zsh's own zpty module), presses Tab,
 * then a key bound to a widget that writes the line as it then is. compadd is wrapped to write what
 * each call matched (its -O option: the matches it would add) before adding them as usual.
 */
function zshTabs(
  home: string,
  env: NodeJS.ProcessEnv,
  setup: { before?: string; after?: string },
  lines: string[],
): Tab[] {
  const log = join(home, 'zsh-tabs.log');
  const inner = [
    `PS1='%% '; LISTMAX=100000; unsetopt beep; autoload -Uz compinit; ${setup.before ?? ':'}; compinit -u -D; ${setup.after ?? ':'}`,
    `compadd() { local -a found; builtin compadd -O found "$@"; (( $#found )) && print -rl -- "MATCH "\${^found} >> ${zshQuote(log)}; builtin compadd "$@"; }`,
    `log-line() { print -r -- "LINE $BUFFER" >> ${zshQuote(log)}; BUFFER=; }; zle -N log-line; bindkey '^X' log-line`,
  ];
  const driver = [
    'zmodload zsh/zpty',
    `: > ${zshQuote(log)}`,
    "zpty shell 'zsh -f -i'",
    ...inner.map((command) => `zpty -w shell ${zshQuote(command)}`),
    'typed=0',
    ...lines.flatMap((line) => [
      `zpty -w -n shell ${zshQuote(line)}$'\\t\\C-x'`,
      '(( typed++ ))',
      // Wait (15 s at most) for the line to be written; read the terminal meanwhile so zsh never blocks.
      `for try in {1..150}; do zpty -rt shell junk; (( $(grep -c '^LINE' ${zshQuote(log)}) >= typed )) && break; sleep 0.1; done`,
    ]),
    'zpty -d shell',
  ].join('\n');
  const result = spawnSync('zsh', ['-f', '-c', driver], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 170_000,
  });
  expect(result.status, result.stderr).toBe(0);
  const tabs: Tab[] = [];
  let offered: string[] = [];
  for (const entry of readFileSync(log, 'utf8').split('\n')) {
    if (entry.startsWith('MATCH ')) offered.push(entry.slice('MATCH '.length));
    if (entry.startsWith('LINE ')) {
      tabs.push({
        line: lines[tabs.length]!,
        offered: [...new Set(offered)].sort(),
        after: entry.slice('LINE '.length),
      });
      offered = [];
    }
  }
  return tabs;
}
