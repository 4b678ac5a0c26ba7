// The parse cache: one pack per set of --notes paths, reused while each file is unchanged, a file's
// last parse kept as `previous` once it changed, old packs pruned.
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type NoteFile, noteFiles } from '../../src/cli/note-files.js';
import { notesCache } from '../../src/cli/notes-cache.js';
import { parseNoteFile } from '../../src/cli/user-notes.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const NOTE = (n: number) =>
  `# Note ${n}\n\n## Ports ${n}\n\n\`\`\`bash\ndocker run -d -p 80${n}:80 nginx\n\`\`\`\n\n- \`-d\` : in the background, note ${n}\n`;

function folder(count: number, body = NOTE): string {
  const dir = tempDir('dockstudy-notes-');
  for (let n = 0; n < count; n++) writeFileSync(join(dir, `note-${n}.md`), body(n));
  return dir;
}

const parsedAll = (files: NoteFile[]) => files.map((file) => ({ file, note: parseNoteFile(file) }));

describe('notesCache', () => {
  it('finds what was saved, in a new process as in this one, whatever the order of the paths', () => {
    const cacheDir = tempDir();
    const a = folder(2);
    const b = folder(1);
    const files = noteFiles([a, b], '/');
    notesCache(cacheDir, [a, b], '/').save(parsedAll(files));
    const again = notesCache(cacheDir, [b, a], '/');
    for (const file of files) {
      const { note, previous } = again.lookup(file);
      expect(previous).toBeUndefined();
      expect(note).toEqual(parseNoteFile(file));
      expect(again.getIds(file)).toEqual({
        deck: note!.deck,
        diagnostics: note!.diagnostics,
        cards: note!.cards.map((c) => ({ id: c.id, deck: c.deck })),
      });
    }
    expect(readdirSync(join(cacheDir, 'notes'))).toHaveLength(2);
  });

  it('gives a changed file its last parse as `previous`, and no ids', () => {
    const cacheDir = tempDir();
    const dir = folder(2);
    notesCache(cacheDir, [dir], '/').save(parsedAll(noteFiles([dir], '/')));
    writeFileSync(join(dir, 'note-1.md'), NOTE(7));
    utimesSync(join(dir, 'note-1.md'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    const cache = notesCache(cacheDir, [dir], '/');
    const [same, changed] = noteFiles([dir], '/');
    expect(cache.lookup(same!).note?.deck.id).toBe('note-0');
    expect(cache.lookup(changed!)).toEqual({ previous: expect.objectContaining({ file: changed!.display }) });
    expect(cache.getIds(changed!)).toBeUndefined();
  });

  it('reads a damaged pack as empty, and never caches a file that could not be read', () => {
    const cacheDir = tempDir();
    const dir = folder(1);
    const cache = notesCache(cacheDir, [dir], '/');
    const [file] = noteFiles([dir], '/');
    cache.save([
      { file: { ...file!, problem: 'cannot read this note (EACCES)' }, note: parseNoteFile(file!) },
    ]);
    expect(notesCache(cacheDir, [dir], '/').lookup(file!)).toEqual({});
    for (const pack of readdirSync(join(cacheDir, 'notes')))
      writeFileSync(join(cacheDir, 'notes', pack), '{"parser":');
    expect(notesCache(cacheDir, [dir], '/').lookup(file!)).toEqual({});
  });

  it('keeps the 16 packs written last, and drops the one-file-a-note entries of earlier versions', () => {
    const cacheDir = tempDir();
    mkdirSync(join(cacheDir, 'notes'), { recursive: true });
    writeFileSync(join(cacheDir, 'notes', '0123456789abcdef.note.json'), '{}');
    const dir = folder(1);
    const files = noteFiles([dir], '/');
    for (let n = 0; n < 20; n++) {
      notesCache(cacheDir, [dir, `/nowhere/${n}`], '/').save(parsedAll(files));
    }
    const left = readdirSync(join(cacheDir, 'notes'));
    expect(left).toHaveLength(32);
    expect(left.every((f) => /^[0-9a-f]{16}\.(notes|ids)\.json$/.test(f))).toBe(true);
  });
});

describe('notesCache.readNotes', () => {
  it("reads the named notes' own lines, as the whole pack has them, and nothing else", () => {
    const cacheDir = tempDir();
    const dir = folder(3);
    const files = noteFiles([dir], '/');
    notesCache(cacheDir, [dir], '/').save(parsedAll(files));
    // The line of note 0 made unreadable, its length kept: a whole read would fail on it.
    const [pack] = readdirSync(join(cacheDir, 'notes')).filter((f) => f.endsWith('.notes.json'));
    const path = join(cacheDir, 'notes', pack!);
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, [lines[0], ' '.repeat(lines[1]!.length), ...lines.slice(2)].join('\n'));
    const cache = notesCache(cacheDir, [dir], '/');
    expect(cache.readNotes([files[2]!, files[1]!])).toEqual([
      parseNoteFile(files[2]!),
      parseNoteFile(files[1]!),
    ]);
    expect(cache.readNotes([files[0]!])).toBeUndefined();
  });

  it('reads nothing of a note that changed, or of a pack another save rewrote since its ids', () => {
    const cacheDir = tempDir();
    const dir = folder(2);
    const files = noteFiles([dir], '/');
    notesCache(cacheDir, [dir], '/').save(parsedAll(files));
    const cache = notesCache(cacheDir, [dir], '/');
    expect(cache.getIds(files[0]!)).toBeDefined();
    // Another process saves the pack again: the ids this cache holds are of the old save.
    notesCache(cacheDir, [dir], '/').save(parsedAll(files));
    expect(cache.readNotes([files[0]!])).toBeUndefined();
    writeFileSync(join(dir, 'note-1.md'), NOTE(9));
    utimesSync(join(dir, 'note-1.md'), new Date(2031, 0, 1), new Date(2031, 0, 1));
    const [, changed] = noteFiles([dir], '/');
    expect(notesCache(cacheDir, [dir], '/').readNotes([changed!])).toBeUndefined();
  });
});
