// stdout and stderr written in place on a pipe or a file (src/cli/output-fd.ts).
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fdOutput, isPlainOutput } from '../../src/cli/output-fd.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

describe('fdOutput', () => {
  it('writes every byte before it returns, nothing left buffered', () => {
    const file = join(tempDir(), 'out.txt');
    const fd = openSync(file, 'w');
    try {
      expect(isPlainOutput(fd)).toBe(true);
      const out = fdOutput(fd, (err) => {
        throw err;
      });
      const text = `컨테이너 ${'x'.repeat(200_000)}\n`;
      out.write(text);
      out.write('end\n');
      expect(out.writableLength).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(`${text}end\n`);
    } finally {
      closeSync(fd);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('hands a failed write to its caller (a full device)', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      // A character device, as a terminal is: not written in place by the CLI.
      expect(isPlainOutput(fd)).toBe(false);
      const failures: string[] = [];
      fdOutput(fd, (err) => failures.push(err.code ?? '')).write('lost');
      expect(failures).toEqual(['ENOSPC']);
    } finally {
      closeSync(fd);
    }
  });
});
