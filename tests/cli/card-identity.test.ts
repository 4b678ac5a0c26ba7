// A user card's id depends only on its note, whatever else is loaded and in whatever order; when a
// note is edited, a card that is clearly the same keeps its review history. And `dockstudy lint`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeStore, loadStates, openStore } from '../../src/store/index.js';
import { type CardRecord, removeTempDirs, run, runJson, STORE_FILE, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const A = '## 실행 (run)\n\n컨테이너를 띄운다.\n\n```bash\ndocker run -d nginx\n```\n\n- `-d` : 백그라운드\n';
const B =
  '## Run\n\nStarts a container.\n\n```bash\ndocker run --rm alpine\n```\n\n## Q1. What is an image?\n\nA template.\n';

describe('card ids', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.md'), A);
  writeFileSync(join(dir, 'b.md'), B);
  const a = join(dir, 'a.md');
  const b = join(dir, 'b.md');
  const ids = async (args: string[]) =>
    (await runJson<CardRecord[]>([...args, 'cards', '--json'])).json
      .filter((c) => c.deck === 'a' || c.deck === 'b')
      .map((c) => c.id)
      .sort();

  it('are the same in both load orders, with and without the built-in decks', async () => {
    const expected = ['a-container-run', 'a-container-run-detach', 'b-container-run', 'b-what-is-an-image'];
    expect(await ids(['--notes', a, '--notes', b])).toEqual(expected);
    expect(await ids(['--notes', b, '--notes', a])).toEqual(expected);
    expect(await ids(['--no-builtin', '--notes', a, '--notes', b])).toEqual(expected);
    expect(await ids(['--no-builtin', '--notes', b, '--notes', a])).toEqual(expected);
  });
});

describe('an edited note', () => {
  it('keeps the history of a card whose question got a typo fixed, and of one reordered', async () => {
    const home = tempDir();
    const dir = tempDir();
    const note = join(dir, 'qa.md');
    writeFileSync(
      note,
      '# Docker\n\n## Q1. What is an imgae?\n\nA read-only template.\n\n## Q2. What is a volume?\n\nStorage that outlives a container.\n',
    );
    const env = { DOCKSTUDY_NOW: '2026-03-02T10:00:00Z' };
    const first = await run(['--no-builtin', '--notes', note, 'review', '--plain'], {
      home,
      env,
      input: '3\n3\n',
    });
    expect(first.status).toBe(0);
    const statesOf = () => {
      const store = openStore(join(home, STORE_FILE));
      try {
        return [...loadStates(store).keys()].filter((id) => id.startsWith('qa-')).sort();
      } finally {
        closeStore(store);
      }
    };
    expect(statesOf()).toEqual(['qa-what-is-a-volume', 'qa-what-is-an-imgae']);

    // The typo fixed, the two questions swapped, the answer of one reworded a little.
    writeFileSync(
      note,
      '# Docker\n\n## Q1. What is a volume?\n\nStorage that outlives the container.\n\n## Q2. What is an image?\n\nA read-only template.\n',
    );
    const cards = (
      await runJson<CardRecord[]>(['--no-builtin', '--notes', note, 'cards', '--json'], { home })
    ).json;
    expect(cards.map((c) => c.id)).toEqual(['qa-what-is-a-volume', 'qa-what-is-an-image']);
    expect(statesOf()).toEqual(['qa-what-is-a-volume', 'qa-what-is-an-image']);
  });
});

describe('dockstudy lint', () => {
  it('prints each problem as file:line, which lines made which card, what was skipped; exit 0 on warnings', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'n.md'),
      '# N\n\n## Links\n\n[docs](https://docs.docker.com)\n\n## Run\n\n```bash\ndocker run -d nginx\ndokcer ps\n```\n',
    );
    const result = await run(['lint', dir], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "n.md:11: 'dokcer' looks like a typo of 'docker'; this line makes no card\n",
    );
    expect(result.stdout).toMatch(/n\.md: deck 'n', 1 card, 1 skipped\n/);
    expect(result.stdout).toMatch(/ {2}5 +skipped +links only\n/);
    expect(result.stdout).toMatch(/ {2}7-12 +command +n-container-run {2}\[code-commands\]\n/);
  });

  it('exits 1 when a note cannot be read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.md'), '---js\n{}\n---\n# x\n');
    const result = await run(['lint', join(dir, 'bad.md')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/bad\.md:1: error: front matter in 'js' is not allowed/);
    expect(result.stderr).toBe('dockstudy: 1 error in the notes\n');
  });
});
