// The CLI in this process on a fake terminal: stdin and stdout are TTYs, with a size, and keys are
// pressed when the screen they wait for has been drawn.

import { PassThrough, Writable } from 'node:stream';
import type { Output } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/run.js';
import { cliEnv, collector, ROOT, tempDir } from './helpers.js';

/** When the output since the last step matches `after`, the keys are pressed. */
export type Step = { after: RegExp; keys: string };

export interface TerminalRun {
  status: number;
  stdout: string;
  stderr: string;
  home: string;
  /** Steps whose screen never came. */
  pending: number;
}

/** `dockstudy ...args` with stdin and stdout as a terminal of `columns` × `rows`. */
export async function onTerminal(
  args: string[],
  steps: Step[],
  options: { home?: string; columns?: number; rows?: number; env?: Record<string, string> } = {},
): Promise<TerminalRun> {
  const home = options.home ?? tempDir();
  const stdin = new PassThrough();
  let printed = '';
  let seen = 0;
  const next = [...steps];
  // A real stream: inquirer pipes into it.
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        printed += chunk.toString('utf8');
        const step = next[0];
        if (step?.after.test(printed.slice(seen))) {
          next.shift();
          seen = printed.length;
          // After the prompt has drawn itself and listens.
          setImmediate(() => stdin.write(step.keys));
        }
        done();
      },
    }),
    { columns: options.columns ?? 80, rows: options.rows ?? 24, isTTY: true },
  );
  // Inquirer ends the stream it was given when a prompt closes; a terminal's stdout stays open.
  stdout.end = () => stdout;
  const stderr = collector();
  const status = await runCli(args, {
    stdin,
    stdout: stdout as unknown as Output,
    stderr: stderr.stream,
    stdinIsTTY: true,
    stdoutIsTTY: true,
    columns: options.columns ?? 80,
    environ: cliEnv(home, options.env).env,
    cwd: ROOT,
    interrupt: new AbortController().signal,
  });
  return { status, stdout: printed, stderr: stderr.text(), home, pending: next.length };
}

export const CTRL_C = '\x03';
export const CTRL_D = '\x04';
