import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from './helpers.js';

// Issue 13, item 1: one note never breaks every deck. Each hostile path sits in a notes folder beside
// a good note; the good note still loads and the hostile one gets its own `file:line:` diagnostic.
afterAll(removeTempDirs);

const GOOD = '# Networks\n\nHow containers talk to each other over a bridge.\n';
const isRoot = process.getuid?.() === 0;

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir('dockstudy-hostile-files-');
  writeFileSync(join(dir, 'good.md'), GOOD);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function load(dir: string) {
  const result = await run(['--notes', dir, '--no-builtin', 'cards', '--json']);
  expect(result.status).toBe(0);
  const ids = (JSON.parse(result.stdout) as { id: string }[]).map((c) => c.id);
  expect(ids).toContain('good-networks');
  expect(result.stderr).not.toMatch(/unexpected error|\n\s+at /);
  return { ids, stderr: result.stderr, stdout: result.stdout };
}

describe('a note that breaks marked or the front matter stays that note', () => {
  it.each([
    [
      'quotes.md',
      `# Deep\n\nSome text.\n\n${'>'.repeat(10_000)} hi\n`,
      /quotes\.md:5: this line is over 10,000 characters[^\n]*\n\S*quotes\.md:5: this line nests/,
    ],
    [
      'dashes.md',
      `# Deep\n\nSome text.\n\n${'- '.repeat(10_000)}hi\n`,
      /dashes\.md:5: this line is over 10,000 characters[^\n]*\n\S*dashes\.md:5: this line nests/,
    ],
    [
      'lists.md',
      `# Deep\n\nSome text.\n\n${'- '.repeat(1_000)}hi\n`,
      /lists\.md:5: this line nests quotes or lists over 32 levels/,
    ],
    [
      'tags.md',
      `---\ntags:\n${'  - a\n'.repeat(20_000)}---\n# T\n\nText.\n`,
      /tags\.md:1: front matter over 20,000/,
    ],
  ])('%s', async (name, text, message) => {
    const { stderr } = await load(folder({ [name]: text }));
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/nothing to study/);
  });
});

describe('paths that cannot be read', () => {
  it('a symlink loop is its own line (ELOOP)', async () => {
    const dir = folder({});
    symlinkSync(join(dir, 'loop.md'), join(dir, 'loop.md'));
    const { stderr } = await load(dir);
    expect(stderr).toMatch(/loop\.md:1: cannot read this note \(ELOOP\)\n$/);
  });

  it('two links pointing at each other, and a folder link looping back, load the rest', async () => {
    const dir = folder({});
    symlinkSync(join(dir, 'b.md'), join(dir, 'a.md'));
    symlinkSync(join(dir, 'a.md'), join(dir, 'b.md'));
    symlinkSync(dir, join(dir, 'again'));
    const { stderr } = await load(dir);
    expect(stderr).toMatch(
      /a\.md:1: cannot read this note \(ELOOP\)\n\S*b\.md:1: cannot read this note \(ELOOP\)\n$/,
    );
  });

  it('a FIFO is named, not waited on', async () => {
    const dir = folder({});
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const { stderr } = await load(dir);
    expect(stderr).toMatch(/pipe\.md:1: not a regular file \(a pipe\); not read\n$/);
  });

  it('a FIFO beside the notes is named at every run, and the others are read from the cache, not parsed again', async () => {
    const dir = folder({});
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const home = tempDir('dockstudy-hostile-home-');
    const decks = () => run(['--notes', dir, '--no-builtin', 'decks', '--json'], { home });
    const pack = () => {
      const notes = join(home, 'cache', 'notes');
      return readdirSync(notes).map((f) => [
        f,
        statSync(join(notes, f)).mtimeMs,
        readFileSync(join(notes, f), 'utf8'),
      ]);
    };
    const first = await decks();
    const saved = pack();
    const second = await decks();
    expect(second.stderr).toBe(first.stderr);
    expect(second.stderr).toMatch(/pipe\.md:1: not a regular file \(a pipe\); not read\n$/);
    expect(second.stdout).toBe(first.stdout);
    // The pack was not written again: nothing was parsed.
    expect(pack()).toEqual(saved);
  });

  it.skipIf(isRoot)(
    'an unreadable subfolder and an unreadable file (EACCES) (skipped as root: root reads all)',
    async () => {
      const dir = folder({ 'secret.md': '# Secret\n\nText.\n' });
      mkdirSync(join(dir, 'locked'));
      writeFileSync(join(dir, 'locked', 'inside.md'), GOOD);
      chmodSync(join(dir, 'locked'), 0o000);
      chmodSync(join(dir, 'secret.md'), 0o000);
      try {
        const { stderr } = await load(dir);
        expect(stderr).toMatch(/locked:1: cannot read this folder \(EACCES\)/);
        expect(stderr).toMatch(/secret\.md:1: cannot read this note \(EACCES\)/);
      } finally {
        chmodSync(join(dir, 'locked'), 0o755);
      }
    },
  );
});

describe('file names', () => {
  it('a newline or an escape in a name cannot forge a diagnostic line, nor reach --json raw', async () => {
    const dir = folder({
      'evil\ngood.md:1: forged.md': '',
      'esc\u001b[31m\u009b.md': '---\ntitle: [\n---\n',
    });
    const { stderr, stdout } = await load(dir);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^.*esc\\x1b\[31m\\x9b\.md:\d+: front matter/);
    expect(stderr + stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('a name that is not UTF-8 is read (Buffer paths) and shown with a replacement character', async () => {
    const dir = folder({});
    const name = Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.md')]);
    writeFileSync(name, '# Volumes\n\nData that outlives its container, kept on the host.\n');
    const { ids, stdout } = await load(dir);
    expect(ids).toContain('caf-volumes');
    expect(stdout).toContain('caf\ufffd.md');
  });
});
