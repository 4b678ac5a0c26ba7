// The heavy parts of the program are bundled apart, in dist/lazy/, and load only when a command needs
// them: `dockstudy card` starts without the quiz, the store, FSRS, inquirer or the notes parser.
// scripts/build.mjs builds one entry for each of LAZY_SOURCES; run from the sources (the tests), the
// same names load the TypeScript modules themselves.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR, BUNDLED } from './build-output.js';

export const LAZY_SOURCES = {
  quiz: './commands/quiz.js',
  review: './commands/review.js',
  due: './commands/due.js',
  stats: './commands/stats.js',
  config: './commands/config.js',
  lint: './commands/lint.js',
  notes: './commands/notes.js',
  exchange: './commands/exchange.js',
  'stored-cards': '../exchange/stored-cards.js',
  doctor: './commands/doctor.js',
  study: '../study/index.js',
  'user-notes': './user-notes.js',
  'card-history': './card-history.js',
  // Started as a worker thread by parallel-parse.ts, never loaded by lazy().
  'parse-worker': './parse-worker.js',
  highlight: '../ui/highlight.js',
  // Loaded with require() by src/ui/text.ts, not through lazy(): widths are needed synchronously.
  'grapheme-width': '../ui/grapheme-width.js',
  // Loaded with require() by src/notes/on-demand.ts, for the notes that need them.
  'front-matter': '../notes/front-matter-libraries.js',
  'html-entities': '../notes/entity-libraries.js',
} as const satisfies Record<keyof LazyModules, string>;

// Each name's module type, written out: TypeScript cannot take it from the table above.
interface LazyModules {
  quiz: typeof import('./commands/quiz.js');
  review: typeof import('./commands/review.js');
  due: typeof import('./commands/due.js');
  stats: typeof import('./commands/stats.js');
  config: typeof import('./commands/config.js');
  lint: typeof import('./commands/lint.js');
  notes: typeof import('./commands/notes.js');
  exchange: typeof import('./commands/exchange.js');
  'stored-cards': typeof import('../exchange/stored-cards.js');
  doctor: typeof import('./commands/doctor.js');
  study: typeof import('../study/index.js');
  'user-notes': typeof import('./user-notes.js');
  'card-history': typeof import('./card-history.js');
  'parse-worker': typeof import('./parse-worker.js');
  highlight: typeof import('../ui/highlight.js');
  'grapheme-width': typeof import('../ui/grapheme-width.js');
  'front-matter': typeof import('../notes/front-matter-libraries.js');
  'html-entities': typeof import('../notes/entity-libraries.js');
}

export function lazy<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
  // Computed specifiers: esbuild leaves them alone, node resolves the bundle beside dist/cli.js.
  if (BUNDLED) {
    const url = new URL(`lazy/${name}.js`, BUILD_DIR);
    // CommonJS (scripts/build.mjs): require() loads it without Node's ES module loader.
    try {
      return Promise.resolve(createRequire(import.meta.url)(fileURLToPath(url)));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return import(LAZY_SOURCES[name]);
}
