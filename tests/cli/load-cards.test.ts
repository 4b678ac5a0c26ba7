// loadCards: the whole cards of a few ids of an index, from only the cached notes that hold them,
// and no answer where the cache cannot give it alone (the caller then reads every note).
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type LoadOptions, loadCardIndex, loadCards, loadRegistry } from '../../src/cli/load-decks.js';
import { ROOT, removeTempDirs, run, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const NOTE = (n: number, id = '') =>
  `# Note ${n}\n\n${id}## Ports ${n}\n\n\`\`\`bash\ndocker run -d -p 80${n}:80 nginx\n\`\`\`\n\n- \`-d\` : in the background, note ${n}\n`;

function setup(notes: string[]): LoadOptions {
  const dir = tempDir('dockstudy-notes-');
  for (const [n, text] of notes.entries()) writeFileSync(join(dir, `note-${n}.md`), text);
  const home = tempDir();
  return {
    lang: 'en',
    builtin: true,
    notes: [dir],
    storeFile: join(home, 'dockstudy.db'),
    cacheDir: join(home, 'cache'),
    cwd: '/',
    now: Date.parse('2026-03-01T09:00:00Z'),
  };
}

describe('loadCards', () => {
  it('gives the cards of the ids asked, the same as the whole registry has, user and built-in', async () => {
    const options = setup([0, 1, 2, 3, 4, 5, 6, 7].map((n) => NOTE(n)));
    const first = await loadCardIndex(options); // parses and caches
    const ids = ['note-2-container-run-detach', 'note-1-container-run', 'container-run'];
    expect(loadCards(options, first, ids)).toBeDefined();
    const index = await loadCardIndex(options); // from the cache
    const registry = await loadRegistry(options);
    const cards = loadCards(options, index, ids)!;
    expect([...cards.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(cards.get(id)).toEqual(registry.card(id));
    // An id no deck has is left out.
    expect([...loadCards(options, index, ['container-run', 'no-such-card'])!.keys()]).toEqual([
      'container-run',
    ]);
  });

  it('never reads the notes it does not need', async () => {
    const options = setup([0, 1, 2, 3].map((n) => NOTE(n)));
    await loadCardIndex(options);
    const [pack] = readdirSync(join(options.cacheDir, 'notes')).filter((f) => f.endsWith('.notes.json'));
    const path = join(options.cacheDir, 'notes', pack!);
    const lines = readFileSync(path, 'utf8').split('\n');
    // Note 0's line unreadable, its length kept.
    writeFileSync(path, [lines[0], ' '.repeat(lines[1]!.length), ...lines.slice(2)].join('\n'));
    const index = await loadCardIndex(options);
    expect(loadCards(options, index, ['note-1-container-run'])?.get('note-1-container-run')?.kind).toBe(
      'command',
    );
    expect(loadCards(options, index, ['note-0-container-run'])).toBeUndefined();
  });

  it('leaves most of the notes to one read of the whole pack', async () => {
    const options = setup([0, 1, 2, 3].map((n) => NOTE(n)));
    await loadCardIndex(options);
    const index = await loadCardIndex(options);
    expect(loadCards(options, index, ['note-0-container-run'])).toBeDefined();
    expect(loadCards(options, index, ['note-0-container-run', 'note-1-container-run'])).toBeUndefined();
  });

  it('gives no answer when two notes gave one id (the registry renamed one) or answer keys are in play', async () => {
    const same = setup([NOTE(0, '<!-- id: ports -->\n'), NOTE(1, '<!-- id: ports -->\n')]);
    await loadCardIndex(same);
    expect(loadCards(same, await loadCardIndex(same), ['ports'])).toBeUndefined();

    const keyed = setup([]);
    cpSync(join(ROOT, 'tests', 'notes', 'fixtures', 'shapes', 'quiz-folder'), keyed.notes[0]!, {
      recursive: true,
    });
    await loadCardIndex(keyed);
    const index = await loadCardIndex(keyed);
    const question = index.decks.find((d) => d.id === 'practice')!.cards[0]!.id;
    expect(loadCards(keyed, index, [question])).toBeUndefined();
  });
});

describe('a review whose cards need the answer keys', () => {
  it("reads every note, and says each of the notes' problems once though it loaded the decks twice", async () => {
    const notes = tempDir('dockstudy-notes-');
    cpSync(join(ROOT, 'tests', 'notes', 'fixtures', 'shapes', 'quiz-folder'), notes, { recursive: true });
    // A problem found when the note is parsed: in the index and in the registry both.
    writeFileSync(join(notes, 'typo.md'), '# Typo\n\n```bash\ndokcer rm web\n```\n');
    const home = tempDir();
    const args = ['--notes', notes, '--no-builtin', 'review', '--plain'];
    await run(args, { home }); // parses and caches
    // From the cache: the index first, then (answer keys in play) the whole registry.
    const { stderr, status } = await run(args, { home });
    expect(status).toBe(0);
    const said = stderr.split('\n').filter((l) => l.includes('.md:'));
    expect(new Set(said).size).toBe(said.length);
    expect(said.filter((l) => l.includes('has no answer'))).toHaveLength(1);
    expect(said.filter((l) => l.includes("'dokcer'"))).toHaveLength(1);
  });
});
