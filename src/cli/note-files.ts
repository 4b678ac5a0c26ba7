import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Lang, messages } from '../ui/messages.js';
import { UserError } from './errors.js';

/** A note file to load, with what tells whether a cached parse of it is still good. */
export interface NoteFile {
  /** As the user gave it (under the --notes folder as typed): the deck's origin. */
  path: string;
  /** The path to read: `path` resolved against the current folder. */
  absolute: string;
  /** As shown in `source.file` and in warnings: relative to the current folder when near it. */
  display: string;
  size: number;
  mtimeMs: number;
}

/** The markdown files named by --notes paths: a file, or a folder searched recursively. */
export function noteFiles(paths: string[], cwd: string, lang: Lang = 'en'): NoteFile[] {
  // A note named twice (remembered, and inside a --notes folder) loads once.
  const seen = new Set<string>();
  return paths
    .flatMap((path) => markdownFiles(path, cwd, lang))
    .filter((path) => {
      const absolute = resolve(cwd, path);
      if (seen.has(absolute)) return false;
      seen.add(absolute);
      return true;
    })
    .flatMap((path) => {
      const absolute = resolve(cwd, path);
      const display = displayPath(absolute, cwd);
      const stats = statSync(absolute, { throwIfNoEntry: false });
      // A dangling link stays in the list: reading it then reports the problem for that note alone.
      if (!stats) return [{ path, absolute, display, size: -1, mtimeMs: -1 }];
      // A link to a pipe or a device is no note (reading a pipe would wait forever).
      return stats.isFile() ? [{ path, absolute, display, size: stats.size, mtimeMs: stats.mtimeMs }] : [];
    });
}

/** The files under `given` (as typed, relative to `cwd`), as paths under `given`. */
function markdownFiles(given: string, cwd: string, lang: Lang): string[] {
  const t = messages(lang).notes;
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(resolve(cwd, given));
  } catch {
    throw new UserError(t.noSuchPath(given));
  }
  if (stats.isFile()) return [given];
  if (!stats.isDirectory()) throw new UserError(t.notFileOrFolder(given));
  const found: string[] = [];
  const walk = (dir: string) => {
    // Code-point order: stable across machines, and localeCompare's first call costs ~7 ms of ICU set-up.
    const entries = readdirSync(resolve(cwd, dir), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|markdown)$/i.test(entry.name) && (entry.isFile() || entry.isSymbolicLink()))
        found.push(full);
    }
  };
  walk(given);
  if (found.length === 0) throw new UserError(t.noMarkdown(given));
  return found;
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') && rel.split('/').filter((p) => p === '..').length > 2 ? file : rel || file;
}
