// Shared test helpers: temp folders, answering a card through the real scheduler,
// and a JavaScript bundle of the store for child processes (Node 20 cannot run .ts).

import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { onTestFinished } from 'vitest';
import { type Grade, previewAnswers } from '../../src/srs/index.js';
import { type AnswerSource, loadStates, recordAnswer, type Store } from '../../src/store/index.js';

export const NOW = new Date('2026-03-01T10:00:00Z');

/** A fresh folder in the system temp dir, removed when the test ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockstudy-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Answers `cardId` with `grade` at `now`, scheduling from its stored state. */
export function answer(
  store: Store,
  cardId: string,
  grade: Grade,
  now: Date,
  source: AnswerSource = 'review',
): number {
  const preview = previewAnswers(loadStates(store).get(cardId), now, { retention: 0.9 })[grade];
  return recordAnswer(store, { cardId, answer: preview, durationMs: 4200, source, now });
}

/**
 * Bundles src/store and src/srs into `dir` and returns the module's file URL. Packages
 * stay external and resolve through a node_modules link.
 */
export async function bundleForChildProcess(dir: string): Promise<string> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const outfile = join(dir, 'dockstudy.mjs');
  await build({
    stdin: {
      contents: "export * from './src/store/index.ts'; export * from './src/srs/index.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  return pathToFileURL(outfile).href;
}
