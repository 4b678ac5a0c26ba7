// The edge of the program: the real process's streams, environment and signals go in, an exit code
// comes out. Everything else takes them from the context (see run.ts).
import { getEventListeners } from 'node:events';
import { createRequire } from 'node:module';
import { fdOutput, isPlainOutput } from './output-fd.js';
import { outputFailed, runCli } from './run.js';

const interrupt = new AbortController();
process.on('SIGINT', () => {
  // A session reading lines listens: it sums up what was answered, then exits 130. With nobody
  // listening (or on a second Ctrl-C), stop now, as Node would.
  if (interrupt.signal.aborted || getEventListeners(interrupt.signal, 'abort').length === 0)
    process.exit(130);
  interrupt.abort();
});

function stdoutFailed(err: NodeJS.ErrnoException) {
  // `dockstudy cards | head` closes the pipe early: that is not a failure.
  if (err.code === 'EPIPE') process.exit(0);
  // A full disk or `> /dev/full`: the output is lost, and the exit code must say so.
  stderr.write(outputFailed(err.code ?? 'EIO', process.argv.slice(2), process.env));
  process.exit(1);
}

// On a pipe or a file, stdout and stderr are written in place (output-fd.ts); on a terminal (or
// anything else) through the process's streams.
const plainStdout = isPlainOutput(1);
const stdout = plainStdout ? fdOutput(1, stdoutFailed) : process.stdout.on('error', stdoutFailed);
// A failed write to stderr has nowhere left to be told.
const stderr = isPlainOutput(2) ? fdOutput(2, () => {}) : process.stderr;

runCli(process.argv.slice(2), {
  // process.stdin is made on first use (milliseconds): only commands that read keys or lines need it.
  get stdin() {
    return process.stdin;
  },
  stdout,
  stderr,
  // Asked only when stdout is a terminal (a session could use keys): tty loads net and stream.
  get stdinIsTTY() {
    return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(0);
  },
  stdoutIsTTY: !plainStdout && Boolean(process.stdout.isTTY),
  columns: plainStdout ? undefined : process.stdout.columns,
  environ: process.env,
  cwd: process.cwd(),
  interrupt: interrupt.signal,
}).then((code) => {
  process.exitCode = code;
  // Then out, rather than waiting for the event loop to empty: that exit first tears the whole heap
  // down (milliseconds at every run). After the errors of the last writes have had their turn (a
  // full disk exits 1, above; a write's error comes two ticks after it, so a turn of the loop); and
  // output still buffered (a pipe on macOS is written asynchronously) is never cut off: then the
  // process ends the ordinary way.
  setImmediate(() => {
    if (stdout.writableLength === 0 && stderr.writableLength === 0) process.exit();
  });
});
