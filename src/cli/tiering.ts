// When V8 moves a function up to its optimizing compilers. By default a function is optimized after a
// short while of running; in a one-shot run over many notes that means some 150 parser functions
// compiled by TurboFan (and Maglev, on Node 22+) on another thread, which costs more CPU than it saves:
// the notes bench took 1.5 s of CPU that way and 0.7 s with the thresholds below (wall time 0.9 s →
// 0.7 s). Code that runs really hot, such as fflate's and fzstd's loops in an Anki package, still
// crosses them early and is optimized as before (zipping 17 MB: the same time either way).
// Set when a parse starts (parallel-parse.ts), before the parser's functions have run and before any
// worker starts (the flags are the process's): a command that reads only the cache never loads
// node:v8 (some 3 ms of every start here).
import { createRequire } from 'node:module';

/**
 * The flags for a V8 version, or none: for a V8 we have not measured (its flags may differ, and an
 * unknown one is printed as an error), and for someone who tunes V8 themselves (`given`: Node's
 * execArgv and NODE_OPTIONS).
 */
export function tieringFlags(v8Version: string, given: string): string | undefined {
  if (/--(?:interrupt-budget|invocation-count-for|no-opt|no-turbofan|no-maglev|max-opt)/.test(given))
    return undefined;
  const major = Number(v8Version.split('.')[0]);
  // Node 20's V8 counts bytecode executed (default budget 67,584): about 15× later.
  if (major === 11) return '--interrupt-budget=1000000';
  // Node 22's and 24's count calls (defaults 3,000 for TurboFan, 400 for Maglev): 30× later.
  if (major === 12 || major === 13)
    return '--invocation-count-for-turbofan=90000 --invocation-count-for-maglev=12000';
  return undefined;
}

let set = false;

/** Raises this process's thresholds, once, before a parse: see above. */
export function tierForParsing(): void {
  if (set) return;
  set = true;
  const flags = tieringFlags(
    process.versions.v8,
    [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '),
  );
  if (flags)
    (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
}
