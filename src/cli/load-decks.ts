import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Registry, createRegistry } from '../decks/registry.js';
import type { ParsedNote } from '../notes/types.js';
import type { Lang } from './environment.js';
import { UserError } from './errors.js';

/** What `scripts/build.mjs` writes: the built-in notes, parsed once at build time. */
export interface BuiltinCache {
  version: 1;
  notes: Record<Lang, ParsedNote[]>;
}

// The build writes decks.json and tokens/ beside dist/cli.js; this module may be bundled into a chunk.
const DIST_URL = new URL(import.meta.url.includes('/chunks/') ? '../' : './', import.meta.url);
const CACHE_URL = new URL('decks.json', DIST_URL);

export function readBuiltinCache(): BuiltinCache {
  try {
    return JSON.parse(readFileSync(CACHE_URL, 'utf8')) as BuiltinCache;
  } catch {
    throw new UserError(`built-in decks are missing (${CACHE_URL.pathname}); run 'npm run build'`);
  }
}

export interface LoadOptions {
  lang: Lang;
  builtin: boolean;
  notes: string[];
}

export async function loadRegistry(options: LoadOptions): Promise<Registry> {
  const notes: ParsedNote[] = options.builtin ? readBuiltinCache().notes[options.lang] : [];
  if (options.notes.length > 0) notes.push(...(await parseUserNotes(options.notes)));
  return createRegistry(notes);
}

/** Reads each --notes path (a file, or a folder searched recursively for .md). */
async function parseUserNotes(paths: string[]): Promise<ParsedNote[]> {
  // The parser and its dependencies load only when the user has notes of their own.
  const [{ parseNote }, { noteGrammar }] = await Promise.all([
    import('../notes/parse.js'),
    import('./note-grammar.js'),
  ]);
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

/** A built-in card's pre-lexed front and back, if the build left them (undefined for user cards). */
export function readCardTokens<T>(lang: Lang, cardId: string): T | undefined {
  if (!/^[a-z0-9-]+$/.test(cardId)) return undefined;
  try {
    return JSON.parse(readFileSync(new URL(`tokens/${lang}/${cardId}.json`, DIST_URL), 'utf8')) as T;
  } catch {
    return undefined;
  }
}
