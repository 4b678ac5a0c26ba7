import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noteFiles } from '../../src/cli/note-files.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dockstudy-note-files-'));
  mkdirSync(join(root, 'work', 'notes', 'deep'), { recursive: true });
  mkdirSync(join(root, 'work', 'notes', '.hidden'));
  mkdirSync(join(root, 'work', 'notes', 'node_modules'));
  for (const name of ['b.md', 'a.markdown', 'c.txt', 'deep/z.md', '.hidden/h.md', 'node_modules/m.md'])
    writeFileSync(join(root, 'work', 'notes', name), '# x\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('noteFiles', () => {
  it('gives each file its path as typed, its absolute path and its name as shown, in name order', () => {
    const cwd = join(root, 'work');
    for (const given of ['notes', './notes', 'notes/', join(cwd, 'notes')]) {
      const files = noteFiles([given], cwd);
      const typed = given.endsWith('/') ? 'notes/' : given.startsWith('/') ? `${cwd}/notes/` : 'notes/';
      expect(files.map((f) => f.path)).toEqual([`${typed}a.markdown`, `${typed}b.md`, `${typed}deep/z.md`]);
      expect(files.map((f) => f.absolute)).toEqual(
        ['a.markdown', 'b.md', 'deep/z.md'].map((n) => join(cwd, 'notes', n)),
      );
      expect(files.map((f) => f.display)).toEqual(['notes/a.markdown', 'notes/b.md', 'notes/deep/z.md']);
      expect(files.every((f) => f.size === 4 && f.mtimeMs > 0 && !f.problem)).toBe(true);
    }
  });

  it('shows names relative to the current folder when it is the folder itself or near it', () => {
    const inside = noteFiles(['.'], join(root, 'work', 'notes'));
    expect(inside.map((f) => [f.path, f.display])).toEqual([
      ['a.markdown', 'a.markdown'],
      ['b.md', 'b.md'],
      [join('deep', 'z.md'), join('deep', 'z.md')],
    ]);
    const near = noteFiles([join(root, 'work', 'notes', 'deep')], join(root, 'work', 'notes', 'b'));
    expect(near.map((f) => f.display)).toEqual(['../deep/z.md']);
    // Over two folders up, a relative name says less than the absolute one.
    const far = noteFiles([join(root, 'work', 'notes', 'deep')], join(root, 'x', 'y', 'z'));
    expect(far.map((f) => f.display)).toEqual([join(root, 'work', 'notes', 'deep', 'z.md')]);
  });

  it('orders names by code point, as their UTF-8 bytes do (not by UTF-16 units)', () => {
    const dir = join(root, 'order');
    mkdirSync(dir);
    // U+FF01 sorts before U+1F600 by code point, after it by UTF-16 units (0xD83D < 0xFF01).
    for (const name of ['😀.md', '！.md', 'a.md']) writeFileSync(join(dir, name), 'x');
    expect(noteFiles([dir], dir).map((f) => f.display)).toEqual(['a.md', '！.md', '😀.md']);
  });

  it('escapes controls in the names it shows', () => {
    const dir = join(root, 'controls');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a\nb.md'), 'x');
    expect(noteFiles([dir], dir).map((f) => f.display)).toEqual(['a\\nb.md']);
  });
});
