import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseNote } from '../notes/parse.js';
import type { ParsedNote } from '../notes/types.js';
import { UserError } from './errors.js';
import { noteGrammar } from './note-grammar.js';

/** Reads each --notes path (a file, or a folder searched recursively for .md). */
export function parseUserNotes(paths: string[]): ParsedNote[] {
  return paths
    .flatMap((path) => markdownFiles(path))
    .map((path) => {
      const file = displayPath(path);
      try {
        return parseNote(readFileSync(path, 'utf8'), { file, grammar: noteGrammar, origin: path });
      } catch (err) {
        // One unreadable note must not stop the others from loading.
        const message = `cannot read this note (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
        const deck = { id: file, title: file, lang: 'en', origin: path };
        return { deck, cards: [], diagnostics: [{ file, line: 1, message }] };
      }
    });
}

function markdownFiles(path: string): string[] {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    throw new UserError(`--notes ${path}: no such file or folder`);
  }
  if (stats.isFile()) return [path];
  if (!stats.isDirectory()) throw new UserError(`--notes ${path}: not a file or folder`);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|markdown)$/i.test(entry.name)) found.push(full);
    }
  };
  walk(path);
  if (found.length === 0) throw new UserError(`--notes ${path}: no .md files in this folder`);
  return found;
}

const displayPath = (file: string) => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') && rel.split('/').filter((p) => p === '..').length > 2 ? file : rel || file;
};


export { lexMarkdown } from '../ui/markdown.js';
