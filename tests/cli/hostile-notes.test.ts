import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ESC, removeTempDirs, run, tempDir } from './helpers.js';

// Notes from strangers, written here at run time: they may be odd, broken or hostile, and each
// problem stays with its note.
afterAll(removeTempDirs);

function notes(files: Record<string, string | Buffer>): string {
  const dir = tempDir('dockstudy-hostile-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('escape sequences in notes never reach the terminal', async () => {
  const dir = notes({
    'entities.md': [
      '# Head &#27;[41mRED&#27;[0m\n\nHead text of the note.\n\n> Why &#27;]0;title&#7; is this?\n>\n> Because.\n',
      // Enough concepts for a four-option question.
      ...['One', 'Two', 'Three', 'Four'].map((n) => `\n## ${n}\n\nThe ${n} text &#27;[2J is here.\n`),
    ].join(''),
    'yaml.md': '---\ntitle: "Deck \\e[2J\\e]0;pwned\\a"\ntags: ["a\\e[31m"]\n---\n\n# Fine\n\nText.\n',
  });

  it.each([
    ['cards', ['cards']],
    ['decks', ['decks']],
    ['quiz --print', ['quiz', 'all', '--print', '--seed', '1', '--types', 'choice']],
    ['card', ['card', 'entities-head-red']],
  ])('%s', async (_name, args) => {
    const result = await run(['--notes', dir, '--no-builtin', ...args]);
    // The command worked and showed the note's text, without the sequences hidden in it.
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/RED|Deck|Fine|text/);
    expect(result.stdout + result.stderr).not.toContain(ESC);
    expect(result.stdout + result.stderr).not.toMatch(/[\u0007\u009b]/);
  });
});

describe('odd notes', async () => {
  it('a 200,000-character heading is a card cut at 10,000 characters, not a crash', async () => {
    const dir = notes({ 'long.md': `# ${'A B '.repeat(50_000)}\n\nText.\n` });
    const result = await run(['--notes', dir, '--no-builtin', 'cards']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('A B A B');
    expect(result.stderr).toMatch(
      /^\S*long\.md:1: this line is over 10,000 characters and cut there [^\n]*\n$/,
    );
  });

  it('a note that opens with a rule (-----) is read, not taken for unclosed front matter', async () => {
    const dir = notes({ 'rule.md': '-----\n\n# Volumes\n\nData that outlives a container.\n' });
    const result = await run(['--notes', dir, '--no-builtin', 'cards', '--json']);
    expect(JSON.parse(result.stdout).map((c: { id: string }) => c.id)).toEqual(['rule-volumes']);
    expect(result.stderr).toBe('');
  });

  it('a dangling link and a pipe in a notes folder: one line each, the other notes load', async () => {
    const dir = notes({ 'good.md': '# Networks\n\nHow containers talk.\n' });
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'broken.md'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const result = await run(['--notes', dir, '--no-builtin', 'cards', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((c: { id: string }) => c.id)).toEqual(['good-networks']);
    expect(result.stderr).toMatch(/broken\.md:1: cannot read this note \(ENOENT\)\n/);
    expect(result.stderr).toMatch(/pipe\.md:1: not a regular file \(a pipe\); not read\n$/);
  });

  it('empty and binary .md files say there is nothing to study', async () => {
    const dir = notes({
      'empty.md': '',
      'blob.md': Buffer.from([0, 1, 2, 0x89, 0x50, 0x4e, 0x47, 10, 0, 0]),
    });
    const result = await run(['--notes', dir, '--no-builtin', 'cards']);
    expect(result.stderr).toMatch(/blob\.md:1: not a text file/);
    expect(result.stderr).not.toContain('empty.md');
  });

  it('a deck called all is renamed, so that `all` keeps meaning every deck', async () => {
    const dir = notes({ 'x.md': '---\ndeck: all\n---\n\n# One\n\nText.\n', 'y.md': '# Two\n\nText.\n' });
    const result = await run(['--notes', dir, '--no-builtin', 'decks', '--json']);
    expect(JSON.parse(result.stdout).map((d: { id: string }) => d.id)).toEqual(['all-deck', 'y']);
    expect(result.stderr).toContain("a deck cannot be called 'all'");
  });

  it('front matter: a bad id and a YAML error are reported with their lines', async () => {
    const dir = notes({
      'id.md': '---\nid: "Bad Id!"\n---\n\n# One\n\nText.\n',
      'yaml.md': '---\ntitle: ok\nbroken: [unclosed\n---\n\n# Two\n',
    });
    const result = await run(['--notes', dir, '--no-builtin', 'cards', '--json']);
    expect(result.stderr).toMatch(/id\.md:1: front matter 'id' must be lowercase letters/);
    expect(result.stderr).toMatch(/yaml\.md:[34]: front matter: /);
  });

  it('a flag docker does not have is reported and not taught as a flag', async () => {
    const dir = notes({ 'run.md': '## Run\n\n- `-z` : zaps\n\n```bash\ndocker run -d nginx\n```\n' });
    const result = await run(['--notes', dir, '--no-builtin', 'cards', '--json']);
    const cards = JSON.parse(result.stdout) as { id: string; kind: string }[];
    expect(cards.map((c) => [c.id, c.kind])).toEqual([
      ['run-container-run', 'command'],
      ['run-z', 'term'],
    ]);
    expect(result.stderr).toMatch(/run\.md:3: 'docker container run' has no flag '-z'\n$/);
  });
});

describe('arguments and environment', async () => {
  it.each([
    ['DOCKSTUDY_NOW=March 7', ['stats', '--json'], { DOCKSTUDY_NOW: 'March 7' }],
    ['DOCKSTUDY_NOW=1', ['stats', '--json'], { DOCKSTUDY_NOW: '1' }],
    ['quiz --json without --print', ['quiz', 'dockerfile', '--json'], {}],
    ['review --json with --limit', ['review', '--json', '--limit', '3'], {}],
  ])('%s is a usage error', async (_name, args, env) => {
    const result = await run(args, { env });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('review says "Nothing to review" only when nothing was due, not after q', async () => {
    const quit = await run(['review', '--deck', 'dockerfile', '--plain'], { input: 'q\n' });
    expect(quit.status).toBe(0);
    expect(quit.stdout).toContain('Dockerfile instructions · ');
    expect(quit.stdout).toContain('0 cards reviewed');
    expect(quit.stdout).not.toContain('Nothing to review now.');
  });
});
