// Real processes against one file: a writer killed mid-transaction, and two writers
// at once. The children run the real store code, bundled to JavaScript.

import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Rating } from '../../src/srs/index.js';
import { closeStore, loadStates, openStore } from '../../src/store/index.js';
import { answer, bundleForChildProcess, child, firstLine, NOW, tempDir } from './helpers.js';

async function exitCode(proc: ChildProcess, stderr: string[]): Promise<number | null> {
  proc.stderr!.on('data', (chunk) => stderr.push(String(chunk)));
  const [code] = await once(proc, 'exit');
  return code as number | null;
}

// Opens the store, says 'ready', waits for the go file, then answers `count` new cards
// named `${prefix}-${i}` with Good, one transaction each.
const ANSWER_LOOP = `
const { existsSync } = await import('node:fs');
const [prefix, count, go] = process.argv.slice(-3);
const store = ds.openStore(file);
console.log('ready');
const pause = new Int32Array(new SharedArrayBuffer(4));
while (!existsSync(go)) Atomics.wait(pause, 0, 0, 1);
for (let i = 0; i < Number(count); i++) {
  const now = new Date(${NOW.getTime()} + i * 1000);
  const answer = ds.previewAnswers(undefined, now, { retention: 0.9 })[ds.Rating.Good];
  ds.recordAnswer(store, { cardId: prefix + '-' + i, from: undefined, answer, rebase: () => answer, durationMs: 1000, source: 'review', now });
  // A breath between answers, as a learner takes: the two writers' runs overlap even on a busy machine.
  Atomics.wait(pause, 0, 0, 1);
}
ds.closeStore(store);
`;

describe('several processes', () => {
  test('a writer killed before commit leaves no trace, and the store opens fine', async () => {
    const dir = tempDir();
    const file = join(dir, 'dockstudy.db');
    const store = openStore(file);
    answer(store, 'kept', Rating.Good, NOW);
    closeStore(store);

    const bundle = await bundleForChildProcess(dir);
    const writer = child(
      bundle,
      file,
      `const store = ds.openStore(file);
       const now = new Date(${NOW.getTime()});
       const answer = ds.previewAnswers(undefined, now, { retention: 0.9 })[ds.Rating.Easy];
       store.db.exec('BEGIN IMMEDIATE');
       for (let i = 0; i < 50; i++) {
         ds.recordAnswer(store, { cardId: 'lost-' + i, from: undefined, answer, rebase: () => answer, durationMs: 1, source: 'review', now });
       }
       store.db.exec("INSERT INTO config VALUES ('retention', '0.8')");
       console.log('written, not committed');
       setInterval(() => {}, 1000);`,
    );
    expect(await firstLine(writer)).toBe('written, not committed');
    writer.kill('SIGKILL');
    await once(writer, 'exit');

    const after = openStore(file);
    expect([...loadStates(after).keys()]).toEqual(['kept']);
    expect(after.db.prepare('SELECT count(*) AS n FROM review_log').get()).toEqual({ n: 1 });
    expect(after.db.prepare("SELECT count(*) AS n FROM config WHERE key = 'retention'").get()).toEqual({
      n: 0,
    });
    expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
    answer(after, 'next', Rating.Good, NOW); // the write lock was released
    expect(loadStates(after).size).toBe(2);
    closeStore(after);
  });

  test('two processes answering at the same time both keep all their answers', async () => {
    const dir = tempDir();
    const file = join(dir, 'dockstudy.db');
    closeStore(openStore(file));
    const bundle = await bundleForChildProcess(dir);

    const go = join(dir, 'go');
    const errors: string[] = [];
    const procs = ['left', 'right'].map((prefix) => child(bundle, file, ANSWER_LOOP, [prefix, '300', go]));
    const exits = procs.map((proc) => exitCode(proc, errors));
    // Both have the store open before either writes, so their transactions overlap.
    expect(await Promise.all(procs.map(firstLine))).toEqual(['ready', 'ready']);
    writeFileSync(go, '');
    const codes = await Promise.all(exits);
    expect(errors.join('')).toBe('');
    expect(codes).toEqual([0, 0]);

    const store = openStore(file, { readonly: true });
    const ids = [...loadStates(store).keys()];
    expect(ids.filter((id) => id.startsWith('left-'))).toHaveLength(300);
    expect(ids.filter((id) => id.startsWith('right-'))).toHaveLength(300);
    expect(store.db.prepare('SELECT count(*) AS n FROM review_log').get()).toEqual({ n: 600 });
    const order = store.db.prepare('SELECT substr(card_id, 1, 1) FROM review_log ORDER BY id').pluck().all();
    const switches = order.filter((side, i) => i > 0 && side !== order[i - 1]).length;
    expect(switches).toBeGreaterThan(1); // the writers really took turns
    closeStore(store);
  });
});
