// The heavy parts of the program are bundled apart, in dist/lazy/, and load only when a command needs
// them: `dockstudy card` starts without the quiz, the store, FSRS, inquirer or the notes parser.
// scripts/build.mjs builds one entry per name below (keep its lazyEntries in step).

interface LazyModules {
  quiz: typeof import('./commands/quiz.js');
  review: typeof import('./commands/review.js');
  due: typeof import('./commands/due.js');
  stats: typeof import('./commands/stats.js');
  config: typeof import('./commands/config.js');
  lint: typeof import('./commands/lint.js');
  scheduling: typeof import('./scheduling.js');
  'user-notes': typeof import('./user-notes.js');
  highlight: typeof import('../ui/highlight.js');
}

export function lazy<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
  // A computed specifier: esbuild leaves it alone, node resolves it beside dist/cli.js.
  return import(new URL(`./lazy/${name}.js`, import.meta.url).href);
}
