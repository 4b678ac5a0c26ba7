import { readdirSync, statSync } from 'node:fs';
import { normalize, relative, resolve, sep } from 'node:path';
import type { ParsedNote } from '../notes/types.js';
import { type Lang, messages } from '../ui/messages.js';
import { UserError } from './errors.js';

/** A note file to load, with what tells whether a cached parse of it is still good. */
export interface NoteFile {
  /** As the user gave it (under the --notes folder as typed): the deck's origin. */
  path: string;
  /** The path to read: `path` resolved against the current folder. */
  absolute: string;
  /** The same path as bytes when a name in it is not UTF-8 (a string would not find the file). */
  bytes?: Buffer;
  /** As shown in `source.file` and in warnings: relative to the current folder when near it, controls escaped. */
  display: string;
  size: number;
  mtimeMs: number;
  /** Why this path cannot be read (a symlink loop, an unreadable folder, a pipe): its one diagnostic. */
  problem?: string;
}

/** The note of a file that cannot be read (or is not read): no cards, and why as its one error. */
export function unreadNote(file: NoteFile, message: string): ParsedNote {
  return {
    file: file.display,
    deck: { id: file.display, title: file.display, lang: 'en', origin: file.path },
    cards: [],
    diagnostics: [{ file: file.display, line: 1, message, severity: 'error' }],
  };
}

/** The markdown files named by --notes paths: a file, or a folder searched recursively. Never throws for one file. */
export function noteFiles(paths: string[], cwd: string, lang: Lang = 'en'): NoteFile[] {
  // A note named twice (remembered, and inside a --notes folder) loads once.
  const seen = new Set<string>();
  const files: NoteFile[] = [];
  for (const found of paths.flatMap((path) => markdownFiles(path, cwd, lang))) {
    if (seen.has(found.absolute)) continue;
    seen.add(found.absolute);
    files.push(noteFile(found));
  }
  return files;
}

interface Found {
  path: string;
  absolute: string;
  display: string;
  bytes?: Buffer;
  /** A folder that could not be listed. */
  problem?: string;
}

function noteFile({ path, absolute, display, bytes, problem }: Found): NoteFile {
  const file: NoteFile = { path, absolute, display, size: -1, mtimeMs: -1 };
  if (bytes) file.bytes = bytes;
  if (problem) return Object.assign(file, { problem });
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(bytes ?? absolute, { throwIfNoEntry: false });
  } catch (err) {
    return Object.assign(file, { problem: `cannot read this note (${codeOf(err)})` });
  }
  // A dangling link stays in the list: reading it then reports the problem for that note alone.
  if (!stats) return file;
  // A link to a pipe or a device is no note (reading a pipe would wait forever).
  if (!stats.isFile())
    return Object.assign(file, { problem: `not a regular file (${kindOf(stats)}); not read` });
  file.size = stats.size;
  file.mtimeMs = stats.mtimeMs;
  return file;
}

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? 'error';

function kindOf(stats: ReturnType<typeof statSync> & object): string {
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'a device';
}

/** A folder's entries: names, and their bytes only when a name is not UTF-8. */
interface Listed {
  name: string;
  bytes?: Buffer;
  isDirectory: boolean;
}

// Names read as text when they are UTF-8 (nearly always): a folder of 2,000 notes then costs no
// Buffer per name. A replacement character says a name was not, and the folder is read again as bytes.
function listFolder(path: string | Buffer): Listed[] {
  if (typeof path === 'string') {
    const entries = readdirSync(path, { withFileTypes: true });
    if (!entries.some((e) => e.name.includes('\uFFFD'))) {
      const listed = entries.map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
      // Code-point order (the order of UTF-8 bytes), as for names read as bytes; UTF-16 order
      // differs only where a name holds a surrogate pair.
      return listed.some((e) => SURROGATE.test(e.name))
        ? listed.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))
        : listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
  }
  const entries = readdirSync(path, { withFileTypes: true, encoding: 'buffer' });
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  return entries.map((e) => {
    const name = e.name.toString('utf8');
    return Buffer.from(name, 'utf8').equals(e.name)
      ? { name, isDirectory: e.isDirectory() }
      : { name, bytes: e.name, isDirectory: e.isDirectory() };
  });
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** `name` under a folder written `base` (`.` and `/` need no extra separator). */
const under = (base: string, name: string) =>
  base === '.' ? name : base.endsWith(sep) ? base + name : base + sep + name;

/** The files under `given` (as typed, relative to `cwd`), as paths under `given`. */
function markdownFiles(given: string, cwd: string, lang: Lang): Found[] {
  const t = messages(lang).notes;
  let stats: ReturnType<typeof statSync>;
  const absoluteGiven = resolve(cwd, given);
  try {
    stats = statSync(absoluteGiven);
  } catch {
    throw new UserError(t.noSuchPath(given));
  }
  if (stats.isFile())
    return [{ path: given, absolute: absoluteGiven, display: displayPath(absoluteGiven, cwd) }];
  if (!stats.isDirectory()) throw new UserError(t.notFileOrFolder(given));
  const found: Found[] = [];
  // Paths are made once a folder (normalized, resolved, shown) and extended by names: path.join,
  // resolve and relative for each of 2,000 files cost more than listing them.
  const walk = (dir: string, absolute: string, shown: string, dirBytes: Buffer | undefined) => {
    let entries: Listed[];
    try {
      entries = listFolder(dirBytes ?? absolute);
    } catch (err) {
      // One unreadable folder is that folder's diagnostic; the rest still load.
      found.push({
        path: dir,
        absolute,
        display: displayPath(absolute, cwd),
        problem: `cannot read this folder (${codeOf(err)})`,
      });
      return;
    }
    for (const entry of entries) {
      const { name } = entry;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = under(dir, name);
      const full = under(absolute, name);
      const display = shown === '' ? name : under(shown, name);
      // Names as bytes below a name that is not UTF-8: a string would not find the file.
      const bytes =
        dirBytes || entry.bytes
          ? Buffer.concat([
              dirBytes ?? Buffer.from(absolute),
              Buffer.from(sep),
              entry.bytes ?? Buffer.from(name),
            ])
          : undefined;
      if (entry.isDirectory) walk(path, full, display, bytes);
      else if (MARKDOWN.test(name))
        found.push(bytes ? { path, absolute: full, display, bytes } : { path, absolute: full, display });
    }
  };
  walk(normalize(given), absoluteGiven, shownFolder(absoluteGiven, cwd), undefined);
  if (found.length === 0) throw new UserError(t.noMarkdown(given));
  for (const f of found) f.display = f.display.replace(CONTROL_IN_NAME, escapeControl);
  return found;
}

const MARKDOWN = /\.(md|markdown)$/i;

// C0, DEL and C1 controls in a file name would forge or garble a `file:line:` line: shown escaped.
const CONTROL_IN_NAME = /[\x00-\x1f\x7f-\x9f]/g;
const escapeControl = (c: string) =>
  c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** A path as shown: relative to the current folder when near it, else absolute; controls escaped. */
function displayPath(file: string, cwd: string): string {
  return (shownFolder(file, cwd) || file).replace(CONTROL_IN_NAME, escapeControl);
}

/** What a path is shown as, before escaping: '' for the current folder itself. */
function shownFolder(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') && rel.split('/').filter((p) => p === '..').length > 2 ? path : rel;
}
