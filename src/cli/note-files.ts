import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UserError } from './errors.js';

/** A note file to load, with what tells whether a cached parse of it is still good. */
export interface NoteFile {
  path: string;
  /** As shown in `source.file` and in warnings: relative to the current folder when near it. */
  display: string;
  size: number;
  mtimeMs: number;
}

/** The markdown files named by --notes paths: a file, or a folder searched recursively. */
export function noteFiles(paths: string[], cwd: string): NoteFile[] {
  return paths
    .flatMap((path) => markdownFiles(path, cwd))
    .flatMap((path) => {
      const stats = statSync(path, { throwIfNoEntry: false });
      // A dangling link stays in the list: reading it then reports the problem for that note alone.
      if (!stats) return [{ path, display: displayPath(path, cwd), size: -1, mtimeMs: -1 }];
      // A link to a pipe or a device is no note (reading a pipe would wait forever).
      return stats.isFile()
        ? [{ path, display: displayPath(path, cwd), size: stats.size, mtimeMs: stats.mtimeMs }]
        : [];
    });
}

/** The files under `given` (as typed, relative to `cwd`), by their full paths. */
function markdownFiles(given: string, cwd: string): string[] {
  const path = resolve(cwd, given);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    throw new UserError(`--notes ${given}: no such file or folder`);
  }
  if (stats.isFile()) return [path];
  if (!stats.isDirectory()) throw new UserError(`--notes ${given}: not a file or folder`);
  const found: string[] = [];
  const walk = (dir: string) => {
    // Code-point order: stable across machines, and localeCompare's first call costs ~7 ms of ICU set-up.
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
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
  walk(path);
  if (found.length === 0) throw new UserError(`--notes ${given}: no .md files in this folder`);
  return found;
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') && rel.split('/').filter((p) => p === '..').length > 2 ? file : rel || file;
}
