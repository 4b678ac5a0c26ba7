// The listing commands (decks, cards) and one card (card) on the built-in decks.

import { afterAll, describe, expect, it } from 'vitest';
import {
  BUILTIN_DECKS,
  type CardRecord,
  ESC,
  removeTempDirs,
  run,
  runJson,
  spawnCli,
  storeFiles,
} from './helpers.js';

afterAll(removeTempDirs);

interface DeckRow {
  id: string;
  title: string;
  lang: string;
  origin: string;
  cards: number;
}

const KINDS = ['concept', 'command', 'flag', 'instruction', 'term', 'cloze', 'qa'];

describe('decks --json', async () => {
  const { result, json: decks } = await runJson<DeckRow[]>(['decks', '--json']);

  it('is one JSON document on stdout and nothing on stderr', async () => {
    expect(result.stdout.trim().startsWith('[')).toBe(true);
    expect(result.stderr).toBe('');
  });

  it('has the four built-in decks, each with cards', async () => {
    expect(decks.map((d) => d.id)).toEqual(BUILTIN_DECKS);
    for (const deck of decks) {
      expect(deck.origin).toBe('builtin');
      expect(deck.title).not.toBe('');
      expect(deck.cards).toBeGreaterThan(0);
    }
  });

  it('does not create the store (listing only reads)', async () => {
    expect(storeFiles(result)).toEqual({ store: false, userHome: [] });
  });

  it('follows the language: Korean titles with --lang ko or a Korean LANG', async () => {
    const en = new Map(decks.map((d) => [d.id, d]));
    const byFlag = (await runJson<DeckRow[]>(['--lang', 'ko', 'decks', '--json'])).json;
    const byLocale = (await runJson<DeckRow[]>(['decks', '--json'], { env: { LANG: 'ko_KR.UTF-8' } })).json;
    expect(byLocale).toEqual(byFlag);
    expect(byFlag.map((d) => d.id)).toEqual(BUILTIN_DECKS);
    for (const deck of byFlag) {
      expect(deck.lang).toBe('ko');
      expect(deck.cards).toBe(en.get(deck.id)!.cards);
    }
    expect(byFlag.find((d) => d.id === 'container')!.title).toMatch(/[\uac00-\ud7af]/);
    // LC_ALL wins over LANG.
    const cLocale = (
      await runJson<DeckRow[]>(['decks', '--json'], {
        env: { LANG: 'ko_KR.UTF-8', LC_ALL: 'C' },
      })
    ).json;
    expect(cLocale.map((d) => d.lang)).toEqual(BUILTIN_DECKS.map(() => 'en'));
  });
});

describe('cards --json in each language', async () => {
  const en = (await runJson<CardRecord[]>(['--lang', 'en', 'cards', '--json'])).json;
  const ko = (await runJson<CardRecord[]>(['--lang', 'ko', 'cards', '--json'])).json;

  it('has at least 60 cards per language, with unique ids', async () => {
    for (const cards of [en, ko]) {
      expect(cards.length).toBeGreaterThanOrEqual(60);
      expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    }
  });

  it('has the same card ids in Korean and English', async () => {
    expect(ko.map((c) => c.id).sort()).toEqual(en.map((c) => c.id).sort());
    expect(ko.every((c) => c.lang === 'ko')).toBe(true);
    expect(en.every((c) => c.lang === 'en')).toBe(true);
  });

  it('has cards in every built-in deck and no others', async () => {
    expect([...new Set(en.map((c) => c.deck))].sort()).toEqual([...BUILTIN_DECKS].sort());
  });
});

describe('cards container --json', async () => {
  const { json: cards } = await runJson<CardRecord[]>(['cards', 'container', '--json']);

  it('lists only the container deck', async () => {
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.deck === 'container')).toBe(true);
  });

  it('gives every record the fields of the card record (src/notes/types.ts)', async () => {
    for (const card of cards) {
      expect(card).toMatchObject({
        id: expect.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        deck: 'container',
        kind: expect.any(String),
        front: expect.any(String),
        back: expect.any(String),
        lang: 'en',
        tags: expect.any(Array),
        source: { file: expect.stringMatching(/container\.md$/), line: expect.any(Number) },
      });
      expect(KINDS).toContain(card.kind);
      expect(card.front.trim()).not.toBe('');
      expect(card.source.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('describes container-run as a command, and its flags with their long names', async () => {
    const run = cards.find((c) => c.id === 'container-run')!;
    expect(run).toMatchObject({ kind: 'command', command: 'docker container run' });
    expect(run.examples!.length).toBeGreaterThan(0);
    expect(run.examples!.every((e) => e.startsWith('docker '))).toBe(true);
    expect(cards.find((c) => c.id === 'container-run-publish')).toMatchObject({
      kind: 'flag',
      command: 'docker container run',
      flag: '--publish',
    });
  });
});

describe('cards --search', async () => {
  it('finds container-run-publish for "publish"', async () => {
    const { result, json: cards } = await runJson<CardRecord[]>(['cards', '--search', 'publish', '--json']);
    expect(result.stderr).toBe('');
    const ids = cards.map((c) => c.id);
    expect(ids).toContain('container-run-publish');
    expect(ids).not.toContain('dockerfile-from');
  });

  it('needs every word: "publish nosuchword" finds nothing', async () => {
    expect((await runJson<CardRecord[]>(['cards', '--search', 'publish nosuchword', '--json'])).json).toEqual(
      [],
    );
    const table = await run(['cards', '--search', 'publish nosuchword']);
    expect(table.status).toBe(0);
    expect(table.stdout).toBe('No cards match.\n');
  });

  it('prints a table without --json', async () => {
    const table = await run(['cards', 'container', '--search', 'publish']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/│ container-run-publish\s+│ flag\s+│/);
  });

  it('exits 1 for an unknown deck, listing the decks', async () => {
    const result = await run(['cards', 'containr']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("unknown deck 'containr'");
    expect(result.stderr).toContain("did you mean 'container'");
    expect(result.stderr).toContain(`decks: ${BUILTIN_DECKS.join(', ')}`);
  });
});

describe('card', async () => {
  it('prints the front and the back at once when stdout is not a terminal', async () => {
    const result = await run(['card', 'container-run']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Container commands · command · container-run');
    expect(lines[1]).toBe('Run a container (run)');
    // The back comes after a rule, with the examples.
    const rule = lines.findIndex((l) => /^─{10,}$/.test(l));
    expect(rule).toBeGreaterThan(1);
    const back = lines.slice(rule + 1).join('\n');
    expect(back).toContain('Creates a new container from an image');
    expect(back).toContain('docker container run -d --name web -p 8080:80 nginx');
    expect(result.stdout).not.toContain('Space/Enter');
    expect(storeFiles(result)).toEqual({ store: false, userHome: [] });
  });

  it('exits 1 for a misspelled id with a suggestion on stderr and nothing on stdout', async () => {
    const result = await run(['card', 'contaner-run']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("dockstudy: unknown card 'contaner-run'");
    expect(result.stderr).toContain("did you mean 'container-run'");
    expect(result.stderr).not.toContain('    at ');
  });

  it('says it in Korean under a Korean locale', async () => {
    const result = await run(['card', 'contaner-run'], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("'contaner-run' 카드가 없습니다");
    expect(result.stderr).toContain("혹시 'container-run'");
  });

  it('prints Korean content with --lang ko', async () => {
    const ko = await run(['card', 'dockerfile-cmd', '--lang', 'ko']);
    const en = await run(['card', 'dockerfile-cmd', '--lang', 'en']);
    expect(ko.status).toBe(0);
    expect(ko.stdout.split('\n')[0]).toMatch(/ · 명령어 · dockerfile-cmd$/);
    expect(ko.stdout.split('\n')[1]).toBe('CMD');
    // Mostly Hangul after the header; the English card has none.
    expect((ko.stdout.match(/[\uac00-\ud7af]/g) ?? []).length).toBeGreaterThan(40);
    expect(en.stdout).not.toMatch(/[\uac00-\ud7af]/);
    expect(en.stdout).toContain('CMD');
  });
});

describe('colour', async () => {
  const ansi = /\u001b\[\d+(;\d+)*m/;

  it('NO_COLOR output has no escape byte', async () => {
    for (const args of [
      ['card', 'container-run', '--reveal'],
      ['decks'],
      ['cards', 'dockerfile'],
      ['quiz', 'dockerfile', '--print', '--seed', '1', '--count', '3'],
    ]) {
      const result = await run(args);
      expect(result.status).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(100);
      expect(result.stdout).not.toContain(ESC);
    }
  });

  it('FORCE_COLOR=1 output of card --reveal has ANSI sequences', async () => {
    const result = await run(['card', 'container-run', '--reveal'], {
      env: { FORCE_COLOR: '1', NO_COLOR: undefined },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(ansi);
    // The same card once the sequences are removed.
    const text = result.stdout.replace(/\u001b\[[\d;]*m/g, '');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Container commands · command · container-run',
      'Run a container (run)',
    ]);
    expect(text).toContain('docker container run -d --name web -p 8080:80 nginx');
  });

  it('without NO_COLOR or FORCE_COLOR, a pipe gets no colour', async () => {
    const result = await run(['card', 'container-run', '--reveal'], {
      env: { NO_COLOR: undefined, TERM: 'xterm-256color' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain(ESC);
  });
});

describe('a reader that closes the pipe early (`dockstudy cards | head -1`)', async () => {
  // Closed before the first write: every write then fails with EPIPE, which must end the program
  // quietly. (Closing after the first line proves nothing for `cards`: it writes everything at once.)
  // One handler in main.ts serves every command: a table, JSON and a rendered card show it.
  it.each([
    ['cards', ['cards']],
    ['cards --json', ['cards', '--json']],
    ['card --reveal', ['card', 'container-run', '--reveal']],
  ])('%s into a closed pipe: no error, exit 0', async (_name, args) => {
    const result = await spawnCli(args, { onSpawn: (child) => child.stdout.destroy() });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
  });

  it('quiz --print (one write per question) closed after the first line: no error, exit 0', async () => {
    let first = '';
    const result = await spawnCli(['quiz', '--print', '--count', '40', '--seed', '1', '--no-record'], {
      onStdout: (soFar, child) => {
        if (first === '' && soFar.includes('\n')) {
          first = soFar.slice(0, soFar.indexOf('\n'));
          child.stdout.destroy();
        }
      },
    });
    expect(first).toMatch(/^1\. \[/);
    expect(result.stderr).toBe('');
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
  });
});
