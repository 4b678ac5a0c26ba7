// The stale-answer rule between real processes: two dockstudy sessions show one new card; the second
// to answer is computed from the first's answer, and both answers are kept in order.

import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Rating, State } from '../../src/srs/index.js';
import { closeStore, loadStates, openStore } from '../../src/store/index.js';
import { bundleForChildProcess, child, firstLine, NOW, tempDir } from '../store/helpers.js';

test('A shows a new card, B answers it Again in another process, then A answers Good', async () => {
  const dir = tempDir();
  const file = join(dir, 'dockstudy.db');
  closeStore(openStore(file));
  const bundle = await bundleForChildProcess(dir);
  const go = join(dir, 'go');

  // A: previews the card as new, then waits for the go file before committing Good.
  const a = child(
    bundle,
    file,
    `const { existsSync } = await import('node:fs');
     const answering = ds.openAnswering(file);
     const preview = answering.preview('x', new Date(${NOW.getTime()}));
     console.log('showing');
     const pause = new Int32Array(new SharedArrayBuffer(4));
     while (!existsSync(${JSON.stringify(go)})) Atomics.wait(pause, 0, 0, 5);
     const done = answering.commit(preview, ds.Rating.Good, { now: new Date(${NOW.getTime() + 60_000}), durationMs: 60000, source: 'review' });
     answering.close();
     console.log(JSON.stringify({ rebased: done.rebased, reps: done.card.reps }));`,
  );
  let out = '';
  a.stdout!.on('data', (chunk) => {
    out += chunk;
  });
  const exited = once(a, 'close');
  while (!out.includes('\n')) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(out).toBe('showing\n');

  const b = child(
    bundle,
    file,
    `const answering = ds.openAnswering(file);
     const now = new Date(${NOW.getTime() + 30_000});
     const done = answering.commit(answering.preview('x', now), ds.Rating.Again, { now, durationMs: 30000, source: 'review' });
     answering.close();
     console.log(JSON.stringify({ rebased: done.rebased, reps: done.card.reps }));`,
  );
  expect(JSON.parse(await firstLine(b))).toEqual({ rebased: false, reps: 1 });
  await once(b, 'exit');
  expect(existsSync(go)).toBe(false);
  writeFileSync(go, '');
  await exited;
  expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ rebased: true, reps: 2 });

  const store = openStore(file, { readonly: true });
  const rows = store.db
    .prepare('SELECT rating, state_before, card_before FROM review_log ORDER BY id')
    .all() as { rating: number; state_before: number; card_before: string | null }[];
  expect(rows.map((r) => r.rating)).toEqual([Rating.Again, Rating.Good]);
  expect(rows[0]!.card_before).toBeNull();
  expect(rows[1]!.state_before).toBe(State.Learning);
  expect(JSON.parse(rows[1]!.card_before!)).toMatchObject({ reps: 1 });
  expect(loadStates(store).get('x')?.reps).toBe(2);
  closeStore(store);
});
