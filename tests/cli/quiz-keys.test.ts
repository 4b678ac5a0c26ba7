// The interactive quiz (inquirer's list and text prompts, then the override key) on a fake terminal,
// in-process: Ctrl-D ends it like the end of the input (summary, exit 0), Ctrl-C with exit 130.

import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/run.js';
import {
  cliEnv,
  collector,
  type QuizQuestion,
  ROOT,
  readReviews,
  removeTempDirs,
  rightAnswer,
  runJson,
  tempDir,
  wrongAnswer,
} from './helpers.js';

afterAll(removeTempDirs);

/** When the output since the last step matches `after`, the keys are pressed. */
type Step = { after: RegExp; keys: string };

/** `dockstudy ...args` with stdin and stdout as a terminal; each step's keys wait for its screen. */
async function onTerminal(args: string[], steps: Step[]) {
  const home = tempDir();
  const stdin = new PassThrough();
  let seen = 0;
  const next = [...steps];
  let printed = '';
  // A real stream: inquirer pipes into it.
  const stdout = new Writable({
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
  });
  // Inquirer ends the stream it was given when a prompt closes; a terminal's stdout stays open.
  stdout.end = () => stdout;
  const stderr = collector();
  const status = await runCli(args, {
    stdin,
    stdout: stdout as unknown as Output,
    stderr: stderr.stream,
    stdinIsTTY: true,
    stdoutIsTTY: true,
    columns: 80,
    environ: cliEnv(home).env,
    cwd: ROOT,
    interrupt: new AbortController().signal,
  });
  return { status, stdout: printed, stderr: stderr.text(), home, pending: next.length };
}

const CTRL_C = '\x03';
const CTRL_D = '\x04';

describe('Ctrl-D in the interactive quiz ends it like the end of the input', async () => {
  const choice = ['quiz', 'dockerfile', '--types', 'choice', '--seed', '3', '--count', '3'];
  const typed = ['quiz', 'container', '--types', 'typed', '--seed', '4', '--count', '3'];
  const [c0] = (await runJson<QuizQuestion[]>([...choice, '--print', '--json'])).json;
  const [t0] = (await runJson<QuizQuestion[]>([...typed, '--print', '--json'])).json;
  const down = (q: QuizQuestion) => '\x1b[B'.repeat(Number(rightAnswer(q)) - 1);

  it('in the list: the answer before it counts, the summary says where it stopped, exit 0', async () => {
    const run = await onTerminal(choice, [
      { after: /1\/3/, keys: `${down(c0!)}\r` },
      { after: /2\/3/, keys: CTRL_D },
    ]);
    expect(run.pending).toBe(0);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('1 of 1 answered right (stopped after 1 of 3)');
    expect(readReviews(run.home).map((r) => r.card_id)).toEqual([c0!.cardId]);
  });

  it('in the text field, with part of an answer typed: exit 0, nothing recorded for it', async () => {
    const run = await onTerminal(typed, [
      { after: /1\/3/, keys: `${rightAnswer(t0!)}\r` },
      { after: /2\/3/, keys: `docker ru${CTRL_D}` },
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 of 1 answered right (stopped after 1 of 3)');
    expect(readReviews(run.home)).toHaveLength(1);
  });

  it('at the key after a wrong verdict: the wrong answer is recorded once, then the summary', async () => {
    const run = await onTerminal(typed, [
      { after: /1\/3/, keys: `${wrongAnswer(t0!)}\r` },
      { after: /r: I was right/, keys: CTRL_D },
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 of 1 answered right (stopped after 1 of 3)');
    expect(readReviews(run.home).map((r) => r.overridden)).toEqual([0]);
  });

  it('Ctrl-C stays an interrupt: the summary, then exit 130', async () => {
    const run = await onTerminal(choice, [
      { after: /1\/3/, keys: `${down(c0!)}\r` },
      { after: /2\/3/, keys: CTRL_C },
    ]);
    expect(run.status).toBe(130);
    expect(run.stdout).toContain('1 of 1 answered right (stopped after 1 of 3)');
  });
});
