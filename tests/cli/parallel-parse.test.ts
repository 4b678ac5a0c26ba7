// Parsing many notes over worker threads: the batches each thread takes, and the same cards whichever
// thread parsed a note (the built program, in its own process, against this process's parse).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PARALLEL_BYTES, parseBatches, takeBatch } from '../../src/cli/parallel-parse.js';
import type { NoteFile } from '../../src/cli/note-files.js';
import type { ParsedNote } from '../../src/notes/types.js';
import { removeTempDirs, run, runSpawned, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const fakeFiles = (count: number): NoteFile[] =>
  Array.from({ length: count }, (_, i) => ({
    path: `n${i}.md`,
    absolute: `/notes/n${i}.md`,
    display: `n${i}.md`,
    size: 1,
    mtimeMs: 0,
  }));
const fakeNote = (file: NoteFile) => ({ file: file.display }) as ParsedNote;

describe('the shared batch counter', () => {
  it('hands out each batch once, then nothing', () => {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const taken = [];
    for (let at = takeBatch(counter, 40); at !== undefined; at = takeBatch(counter, 40)) taken.push(at);
    expect(taken).toEqual([0, 16, 32]);
    expect(takeBatch(counter, 40)).toBeUndefined();
  });

  it('two threads drawing from one share parse every file once, each batch by its first index', () => {
    const share = { files: fakeFiles(70), counter: new Int32Array(new SharedArrayBuffer(4)) };
    // The second draw finds what the first left: here, nothing (each thread parses all it can take).
    const first = parseBatches(share, fakeNote);
    const second = parseBatches(share, fakeNote);
    expect(second).toEqual([]);
    const placed = first.flatMap(({ at, notes }) => notes.map((n, i) => [at + i, n.file]));
    expect(placed).toEqual(share.files.map((f, i) => [i, f.display]));
  });
});

describe('a first parse of notes big enough for worker threads', () => {
  it('gives the built program the same cards, ids and lines as the parse in this process', async () => {
    const dir = tempDir('dockstudy-many-');
    let bytes = 0;
    for (let n = 0; n < 400; n++) {
      const text = [
        `# Note ${n}`,
        '',
        `## Running ${n}`,
        '',
        '```bash',
        `docker run -d --name app${n} -p ${8000 + n}:80 nginx`,
        '```',
        '',
        `- \`-d\` : runs app${n} in the background, so the terminal is free for the next command`,
        `- \`-p\` : publishes port ${8000 + n} of the host to port 80 of app${n}`,
        '',
        `## Q1. Why does note ${n} name its container?`,
        '',
        `So that \`docker logs app${n}\` and \`docker stop app${n}\` can find it without its id. `.repeat(6),
        '',
      ].join('\n');
      bytes += Buffer.byteLength(text);
      writeFileSync(join(dir, `note-${String(n).padStart(3, '0')}.md`), text);
    }
    expect(bytes).toBeGreaterThan(PARALLEL_BYTES);
    const args = ['--notes', dir, '--no-builtin', 'cards', '--json'];
    const spawned = runSpawned(args);
    expect(spawned.stderr).toBe('');
    const inProcess = await run(args);
    const cards = JSON.parse(spawned.stdout) as { id: string; source: { file: string } }[];
    expect(cards.length).toBeGreaterThan(1000);
    expect(new Set(cards.map((c) => c.source.file)).size).toBe(400);
    expect(spawned.stdout).toBe(inProcess.stdout);
  });
});
