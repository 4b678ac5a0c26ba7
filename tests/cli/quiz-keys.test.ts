// The interactive quiz (inquirer's list and text prompts, then the override key) on a fake terminal,
// in-process: Ctrl-D ends it like the end of the input (summary, exit 0), Ctrl-C with exit 130.

import { afterAll, describe, expect, it } from 'vitest';
import {
  type QuizQuestion,
  readReviews,
  removeTempDirs,
  rightAnswer,
  runJson,
  wrongAnswer,
} from './helpers.js';
import { CTRL_C, CTRL_D, onTerminal } from './terminal.js';

afterAll(removeTempDirs);

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
