// Shared test helpers: temp folders, answering a card through the real scheduler,
// and a JavaScript bundle of the store for child processes (Node 20 cannot run .ts).

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { bundleStages } from '../../scripts/bundle-stages.mjs';
import { type Card, type Grade, previewAnswers } from '../../src/srs/index.js';
import {
  type AnswerInput,
  type AnswerSource,
  loadStates,
  recordAnswer,
  type Store,
} from '../../src/store/index.js';

export const NOW = new Date('2026-03-01T10:00:00Z');

/** A fresh folder in the system temp dir, removed when the test ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockstudy-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** What recordAnswer takes to answer `cardId` with `grade` at `now`, scheduled from the state `from`. */
export function answerInput(
  cardId: string,
  from: Card | undefined,
  grade: Grade,
  now: Date,
  source: AnswerSource = 'review',
): AnswerInput {
  const schedule = (state: Card | undefined) => previewAnswers(state, now, { retention: 0.9 })[grade];
  return { cardId, from, answer: schedule(from), rebase: schedule, durationMs: 4200, source, now };
}

/** Answers `cardId` with `grade` at `now`, scheduling from its stored state. Returns the log id. */
export function answer(
  store: Store,
  cardId: string,
  grade: Grade,
  now: Date,
  source: AnswerSource = 'review',
): number {
  return recordAnswer(store, answerInput(cardId, loadStates(store).get(cardId), grade, now, source)).logId;
}

/** Bundles src/store, src/srs and src/study into `dir` for a child process; returns the module's file URL. */
export function bundleForChildProcess(dir: string): Promise<string> {
  return bundleStages(dir, ['store', 'srs', 'study']);
}

/** Runs an ES module snippet with `ds` (the bundled store and srs) and `file` in scope. */
export function child(bundle: string, file: string, body: string, args: string[] = []): ChildProcess {
  const script = `const ds = await import(${JSON.stringify(bundle)}); const file = ${JSON.stringify(file)};\n${body}`;
  return spawn(process.execPath, ['--input-type=module', '-e', script, '--', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the first line the child prints. */
export async function firstLine(proc: ChildProcess): Promise<string> {
  let out = '';
  for await (const chunk of proc.stdout!) {
    out += chunk;
    if (out.includes('\n')) return out.split('\n')[0]!;
  }
  throw new Error(`child ended without output: ${out}`);
}
