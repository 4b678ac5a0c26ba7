// Shared test helpers: temp folders, answering a card through the real scheduler,
// and a JavaScript bundle of the store for child processes (Node 20 cannot run .ts).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { bundleStages } from '../../scripts/bundle-stages.mjs';
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

/** Bundles src/store and src/srs into `dir` for a child process; returns the module's file URL. */
export function bundleForChildProcess(dir: string): Promise<string> {
  return bundleStages(dir, ['store', 'srs']);
}
