import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnkiText, writeAnkiText } from '../../src/exchange/anki-text.js';
import { removeTempDirs, run, runJson, tempDir } from '../cli/helpers.js';
import { seedHistory } from './helpers.js';

afterAll(removeTempDirs);

describe('Anki text format', () => {
  it('export --format anki has the headers, guids and HTML, and parses back', async () => {
    const home = tempDir();
    const { stdout, status } = await run(['export', '--format', 'anki', '--deck', 'container'], { home });
    expect(status).toBe(0);
    expect(stdout.split('\n').slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
    ]);
    const parsed = parseAnkiText(stdout, 'container.txt');
    expect(parsed.html).toBe(true);
    const { json: cards } = await runJson<{ id: string; back: string; kind: string }[]>(
      ['cards', 'container', '--json'],
      { home },
    );
    expect(parsed.notes.map((n) => n.guid)).toEqual(cards.map((c) => c.id));
    // A back with a code block keeps it as <pre><code>, its text escaped.
    const withCode = cards.find((c) => /^```/m.test(c.back));
    const note = parsed.notes.find((n) => n.guid === withCode?.id);
    expect(note?.notetype).toBe('Basic');
    expect(note?.fields).toHaveLength(2);
    expect(note?.fields[1]).toMatch(/<pre><code[^>]*>[^<]*docker /);
    expect(note?.tags).toContain(withCode?.kind);
  });

  it('quotes fields with tabs, quotes and line breaks, and reads them back', () => {
    const notes = [
      {
        guid: 'a-1',
        notetype: 'Basic',
        deck: 'D',
        fields: ['tab\there', 'say "hi"\nnext line'],
        tags: ['x', 'y'],
      },
      { guid: 'a-2', notetype: 'Basic', deck: 'D', fields: ['plain', ''], tags: [] },
    ];
    const back = parseAnkiText(writeAnkiText(notes), 't.txt').notes;
    expect(back.map(({ line: _, ...n }) => n)).toEqual(notes);
  });

  it('names separators and a deck header, and finds an unclosed quote by its line', () => {
    const parsed = parseAnkiText(
      '#separator:Semicolon\n#deck:Mine\n#html:false\nfront one;back one\n',
      'x.txt',
    );
    expect(parsed.notes).toEqual([
      {
        line: 4,
        deck: 'Mine',
        fields: ['front one', 'back one'],
        tags: [],
        guid: undefined,
        notetype: undefined,
      },
    ]);
    expect(() => parseAnkiText('#separator:tab\nok\tfine\n"never closed\tx\n', 'bad.txt')).toThrow(
      'bad.txt: line 3: a quoted field is never closed',
    );
  });

  it('imports a text export as cards; importing again updates nothing; built-in cards keep their notes', async () => {
    const home = tempDir();
    seedHistory(home, ['container-run']);
    const file = join(tempDir(), 'My Deck.txt');
    writeFileSync(
      file,
      [
        '#separator:tab',
        '#html:true',
        '#guid column:1',
        '#deck column:2',
        'k9#x\tCompose\tWhat starts every service?\t<code>docker compose up</code>',
        'container-run\tCompose\tchanged front\tchanged back',
        '\tCompose\tNo guid here\tanswer',
      ].join('\n'),
    );
    const first = await run(['import', file], { home });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('(anki text): cards 2 added, 0 updated, 1 skipped');
    const { json: cards } = await runJson<{ id: string; front: string; back: string }[]>(
      ['cards', 'compose', '--json'],
      {
        home,
      },
    );
    const mine = cards.filter((c) => c.front === 'What starts every service?' || c.front === 'No guid here');
    expect(mine.map((c) => c.back).sort()).toEqual(['`docker compose up`', 'answer']);
    // The built-in card is untouched.
    const shown = await run(['card', 'container-run', '--reveal'], { home });
    expect(shown.stdout).not.toContain('changed');
    const again = await run(['import', file], { home });
    expect(again.stdout).toContain('cards 0 added, 0 updated, 3 skipped');
  });
});
