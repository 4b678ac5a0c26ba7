// The learner's own notes: --notes FILE or FOLDER, with the quirks of real notes.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BUILTIN_DECKS,
  type CardRecord,
  FIXTURES,
  removeTempDirs,
  run,
  runJson,
  tempDir,
} from './helpers.js';

afterAll(removeTempDirs);

const KO_NOTES = 'tests/cli/fixtures/ko-notes.md';

describe('a messy Korean note (fixtures/ko-notes.md)', async () => {
  const { result, json: cards } = await runJson<CardRecord[]>([
    '--notes',
    KO_NOTES,
    '--no-builtin',
    'cards',
    '--json',
  ]);
  const byId = new Map(cards.map((c) => [c.id, c]));

  it('makes exactly these cards, with their kinds and source lines', async () => {
    expect(cards.map((c) => [c.id, c.kind, c.source.line])).toEqual([
      ['ko-notes-도커-공부-노트', 'concept', 1],
      ['ko-notes-image-pull', 'command', 7],
      ['ko-notes-container-run', 'command', 15],
      ['ko-notes-container-run-detach', 'flag', 17],
      ['ko-notes-container-run-rm', 'flag', 18],
      ['ko-notes-container-run-publish', 'flag', 19],
      ['ko-notes-실행-run-포트-포워딩', 'qa', 21],
      ['ko-notes-dockerfile-from', 'instruction', 34],
      ['ko-notes-dockerfile-workdir', 'instruction', 35],
      ['ko-notes-dockerfile-cmd', 'instruction', 36],
    ]);
  });

  it('puts every card in the deck named after the file, in Korean, pointing at the file', async () => {
    for (const card of cards) {
      expect(card).toMatchObject({ deck: 'ko-notes', lang: 'ko', tags: [], source: { file: KO_NOTES } });
    }
  });

  it('warns about the `docker warm` typo with file:line, on stderr only', async () => {
    expect(result.stderr).toBe(
      `${KO_NOTES}:29: 'docker warm' is not a docker command (did you mean 'docker swarm'?)\n`,
    );
    // The other cards still load, and no example keeps the typo.
    expect(cards).toHaveLength(10);
    expect(cards.flatMap((c) => c.examples ?? []).filter((e) => e.includes('warm'))).toEqual([]);
  });

  it('reads `#####다운 (pull)` (no space after the hashes) as a heading, and `docker pull` as image pull', async () => {
    expect(byId.get('ko-notes-image-pull')).toMatchObject({
      front: '다운 (pull)',
      command: 'docker image pull',
      examples: ['docker pull nginx'],
    });
  });

  it('reads `docker run` as docker container run; a # comment above or a // comment beside describes it', async () => {
    expect(byId.get('ko-notes-container-run')).toMatchObject({
      front: '실행 (run)',
      command: 'docker container run',
      examples: ['docker run -d -p 8080:80 nginx', 'docker run --rm alpine echo hi'],
      tasks: [
        { prompt: 'nginx를 백그라운드에서 8080 포트로 띄우기', command: 'docker run -d -p 8080:80 nginx' },
        { prompt: '한 번 쓰고 버림', command: 'docker run --rm alpine echo hi' },
      ],
    });
  });

  it('reads __-d__, an em-dash —rm and **-p** as flags with their long names', async () => {
    expect(byId.get('ko-notes-container-run-detach')).toMatchObject({
      command: 'docker container run',
      flag: '--detach',
      short: '-d',
      back: '백그라운드로 돌린다\n\n```bash\ndocker run -d -p 8080:80 nginx\n```',
    });
    expect(byId.get('ko-notes-container-run-rm')).toMatchObject({
      flag: '--rm',
      back: '멈추면 컨테이너를 알아서 지운다\n\n```bash\ndocker run --rm alpine echo hi\n```',
    });
    expect(byId.get('ko-notes-container-run-rm')!.front).not.toContain('—');
    expect(byId.get('ko-notes-container-run-publish')).toMatchObject({
      flag: '--publish',
      short: '-p',
      examples: ['docker run -d -p 8080:80 nginx'],
    });
  });

  it('turns the `> 포트 포워딩 ?` quote into a question card, and keeps it off the command card', async () => {
    expect(byId.get('ko-notes-실행-run-포트-포워딩')).toMatchObject({
      front: '포트 포워딩 ?',
      back: '호스트의 포트로 들어온 요청을 컨테이너 안의 포트로 넘겨 주는 것',
    });
    expect(byId.get('ko-notes-container-run')!.back).not.toContain('포트 포워딩 ?');
  });

  it('turns `FROM`/`WORKDIR`/`CMD` bullets into instruction cards', async () => {
    expect(byId.get('ko-notes-dockerfile-workdir')).toMatchObject({
      kind: 'instruction',
      front: '`WORKDIR`',
      term: 'WORKDIR',
      back: '뒤따르는 명령들이 실행될 폴더',
    });
  });

  it('is one deck in `decks --json`, beside the built-in ones', async () => {
    const { json: decks } = await runJson<{ id: string; lang: string; cards: number; origin: string }[]>([
      '--notes',
      KO_NOTES,
      'decks',
      '--json',
    ]);
    expect(decks.map((d) => d.id)).toEqual([...BUILTIN_DECKS, 'ko-notes']);
    expect(decks.at(-1)).toMatchObject({ id: 'ko-notes', lang: 'ko', cards: 10, origin: KO_NOTES });
  });

  it('keeps the same ids with and without the built-in decks: the user card has its deck as namespace', async () => {
    const { json: all } = await runJson<CardRecord[]>(['--notes', KO_NOTES, 'cards', '--json']);
    expect(all.filter((c) => c.id === 'container-run').map((c) => c.deck)).toEqual(['container']);
    expect(all.filter((c) => c.deck === 'ko-notes').map((c) => c.id)).toEqual(cards.map((c) => c.id));
    expect(all.find((c) => c.id === 'ko-notes-container-run')).toMatchObject({
      deck: 'ko-notes',
      front: '실행 (run)',
    });
    const card = await run(['--notes', KO_NOTES, 'card', 'ko-notes-container-run']);
    expect(card.status).toBe(0);
    expect(card.stdout.split('\n')[1]).toBe('실행 (run)');
    expect(card.stdout).toContain('백그라운드로 돌린다');
  });

  it('gives the same cards and warnings the second time, from the parse cache', async () => {
    const home = tempDir();
    const args = ['--notes', KO_NOTES, '--no-builtin', 'cards', '--json'];
    const first = await run(args, { home });
    const second = await run(args, { home });
    expect(first.stdout).toBe(result.stdout);
    expect(second.stdout).toBe(result.stdout);
    expect(second.stderr).toBe(result.stderr);
  });

  it('shows the source path as given, relative to the working directory', async () => {
    const elsewhere = await runJson<CardRecord[]>(
      ['--notes', 'ko-notes.md', '--no-builtin', 'cards', '--json'],
      {
        cwd: FIXTURES,
      },
    );
    expect(elsewhere.json.map((c) => c.source.file)).toEqual(cards.map(() => 'ko-notes.md'));
    expect(elsewhere.result.stderr).toBe(
      "ko-notes.md:29: 'docker warm' is not a docker command (did you mean 'docker swarm'?)\n",
    );
  });
});

describe('--notes FOLDER', async () => {
  const { result, json: cards } = await runJson<CardRecord[]>([
    '--notes',
    'tests/cli/fixtures/notes-folder',
    '--no-builtin',
    'cards',
    '--json',
  ]);

  it('reads the .md files of the folder and its subfolders, skipping dot-folders and other files', async () => {
    expect(cards.map((c) => [c.id, c.kind, c.source.file, c.source.line])).toEqual([
      ['lab-bridge', 'command', 'tests/cli/fixtures/notes-folder/networks.md', 9],
      ['lab-named-volume', 'term', 'tests/cli/fixtures/notes-folder/storage/deeper/volumes.md', 7],
    ]);
    expect(result.stderr).toBe('');
  });

  it('merges two files naming the same deck, the first one giving the title', async () => {
    const { json: decks } = await runJson<{ id: string; title: string; cards: number }[]>([
      '--notes',
      'tests/cli/fixtures/notes-folder',
      '--no-builtin',
      'decks',
      '--json',
    ]);
    expect(decks.map(({ id, title, cards }) => ({ id, title, cards }))).toEqual([
      { id: 'lab', title: 'Lab notes', cards: 2 },
    ]);
  });

  it('takes several --notes', async () => {
    const { json } = await runJson<CardRecord[]>([
      '--notes',
      'tests/cli/fixtures/notes-folder',
      '--notes',
      KO_NOTES,
      '--no-builtin',
      'cards',
      '--json',
    ]);
    expect(new Set(json.map((c) => c.deck))).toEqual(new Set(['lab', 'ko-notes']));
    expect(json).toHaveLength(12);
  });

  it('exits 1 with one line for a folder without notes', async () => {
    const empty = tempDir();
    mkdirSync(join(empty, 'sub'));
    writeFileSync(join(empty, 'sub', 'notes.txt'), 'not markdown\n');
    const result = await run(['--notes', empty, 'cards']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`dockstudy: --notes ${empty}: no .md files in this folder\n`);
  });
});

describe('front matter that is not YAML', async () => {
  const marker = join(tempDir(), 'front-matter-ran');
  const result = await run(
    ['--notes', 'tests/cli/fixtures/front-matter-js.md', '--no-builtin', 'cards', '--json'],
    {
      env: { DOCKSTUDY_TEST_MARKER: marker },
    },
  );

  it('is not run', async () => {
    expect(result.status).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });

  it('gives a one-line warning naming the file and line', async () => {
    expect(result.stderr).toBe(
      "tests/cli/fixtures/front-matter-js.md:1: front matter in 'js' is not allowed; only YAML front matter is read\n",
    );
  });

  it('makes no cards, and does not stop the other notes', async () => {
    expect(JSON.parse(result.stdout)).toEqual([]);
    const both = await run([
      '--notes',
      'tests/cli/fixtures/front-matter-js.md',
      '--notes',
      KO_NOTES,
      '--no-builtin',
      'cards',
      '--json',
    ]);
    expect(both.status).toBe(0);
    expect(JSON.parse(both.stdout)).toHaveLength(10);
    expect(both.stderr.trim().split('\n')).toHaveLength(2);
  });
});

describe('a --notes path that does not exist', async () => {
  it('exits 1 with a one-line error and no stack trace', async () => {
    const result = await run(['--notes', 'tests/cli/fixtures/no-such-note.md', 'cards']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'dockstudy: --notes tests/cli/fixtures/no-such-note.md: no such file or folder\n',
    );
    expect(result.stderr).not.toContain('    at ');
  });

  it('fails the same way for every command that loads decks', async () => {
    for (const args of [
      ['decks', '--json'],
      ['card', 'container-run'],
      ['quiz', '--print'],
    ]) {
      const result = await run(['--notes', '/nonexistent/notes', ...args]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('dockstudy: --notes /nonexistent/notes: no such file or folder\n');
    }
  });
});
