import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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

/** The markdown files named by --notes paths: a file, or a folder searched recursively. Never throws for one file. */
export function noteFiles(paths: string[], cwd: string, lang: Lang = 'en'): NoteFile[] {
  // A note named twice (remembered, and inside a --notes folder) loads once.
  const seen = new Set<string>();
  const files: NoteFile[] = [];
  for (const found of paths.flatMap((path) => markdownFiles(path, cwd, lang))) {
    const absolute = resolve(cwd, found.path);
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    files.push(noteFile(found, absolute, cwd));
  }
  return files;
}

interface Found {
  path: string;
  bytes?: Buffer;
  /** A folder that could not be listed. */
  problem?: string;
}

function noteFile({ path, bytes, problem }: Found, absolute: string, cwd: string): NoteFile {
  const display = displayPath(absolute, cwd);
  const file = { path, absolute, display, size: -1, mtimeMs: -1, ...(bytes ? { bytes } : {}) };
  if (problem) return { ...file, problem };
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(bytes ?? absolute, { throwIfNoEntry: false });
  } catch (err) {
    return { ...file, problem: `cannot read this note (${codeOf(err)})` };
  }
  // A dangling link stays in the list: reading it then reports the problem for that note alone.
  if (!stats) return file;
  // A link to a pipe or a device is no note (reading a pipe would wait forever).
  if (!stats.isFile()) return { ...file, problem: `not a regular file (${kindOf(stats)}); not read` };
  return { ...file, size: stats.size, mtimeMs: stats.mtimeMs };
}

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? 'error';

function kindOf(stats: ReturnType<typeof statSync> & object): string {
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'a device';
}

/** The files under `given` (as typed, relative to `cwd`), as paths under `given`. */
function markdownFiles(given: string, cwd: string, lang: Lang): Found[] {
  const t = messages(lang).notes;
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(resolve(cwd, given));
  } catch {
    throw new UserError(t.noSuchPath(given));
  }
  if (stats.isFile()) return [{ path: given }];
  if (!stats.isDirectory()) throw new UserError(t.notFileOrFolder(given));
  const found: Found[] = [];
  const walk = (dir: string, dirBytes: Buffer | undefined) => {
    let entries: import('node:fs').Dirent<Buffer>[];
    try {
      // Names as bytes: a name that is not UTF-8 is still a file one can read.
      entries = readdirSync(dirBytes ?? resolve(cwd, dir), { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      // One unreadable folder is that folder's diagnostic; the rest still load.
      found.push({ path: dir, problem: `cannot read this folder (${codeOf(err)})` });
      return;
    }
    // Code-point order: stable across machines, and localeCompare's first call costs ~7 ms of ICU set-up.
    entries.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const entry of entries) {
      const name = entry.name.toString('utf8');
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      const bytes =
        dirBytes || !Buffer.from(name, 'utf8').equals(entry.name)
          ? Buffer.concat([dirBytes ?? Buffer.from(resolve(cwd, dir)), Buffer.from(sep), entry.name])
          : undefined;
      if (entry.isDirectory()) walk(full, bytes);
      else if (/\.(md|markdown)$/i.test(name) && !entry.isDirectory())
        found.push({ path: full, ...(bytes ? { bytes } : {}) });
    }
  };
  walk(given, undefined);
  if (found.length === 0) throw new UserError(t.noMarkdown(given));
  return found;
}

// C0, DEL and C1 controls in a file name would forge or garble a `file:line:` line: shown escaped.
const CONTROL_IN_NAME = /[\x00-\x1f\x7f-\x9f]/g;
const escapeControl = (c: string) =>
  c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown =
    rel.startsWith('..') && rel.split('/').filter((p) => p === '..').length > 2 ? file : rel || file;
  return shown.replace(CONTROL_IN_NAME, escapeControl);
}
