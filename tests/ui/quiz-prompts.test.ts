// promptAnswer (the interactive quiz prompt) driven through @inquirer/testing's fake terminal.

import { PassThrough } from 'node:stream';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/quiz/question.js';
import {
  PromptEnded,
  PromptInterrupted,
  type PromptStreams,
  promptAnswer,
  promptOverride,
} from '../../src/ui/quiz-prompts.js';

const view = { width: 80, color: false };

/** Renders promptAnswer for one question, as the quiz does, in a fake terminal. */
const ask = (question: Question, header = '2/5 ███░░░') =>
  render((q: Question, streams?: PromptStreams) => promptAnswer(q, header, view, streams), question);

const choice: Question = {
  cardId: 'dockerfile-expose',
  type: 'choice',
  prompt: 'What does `EXPOSE` do?',
  choices: [
    'Sets the working directory.',
    '**Documents** the port the app listens on; it publishes nothing.',
    'Copies files into the image.',
    'Declares a build argument.',
  ],
  answer: '**Documents** the port the app listens on; it publishes nothing.',
};

const typed: Question = {
  cardId: 'container-run',
  type: 'typed',
  prompt: 'Type the command: Run nginx in the background',
  answer: 'docker container run -d nginx',
  alsoRight: [],
};

describe('a choice question', () => {
  it('shows the header, the prompt as rendered markdown and the options, the first one selected', async () => {
    const { getScreen, events, answer } = await ask(choice);
    const screen = getScreen();
    expect(screen).toContain('2/5 ███░░░');
    expect(screen).toContain('What does EXPOSE do?');
    expect(screen).not.toContain('`EXPOSE`');
    expect(screen).toMatch(/❯ Sets the working directory\./);
    expect(screen).toContain('Documents the port the app listens on; it publishes nothing.');
    expect(screen).not.toContain('**Documents**');
    events.keypress('enter');
    await expect(answer).resolves.toBe('Sets the working directory.');
  });

  it('arrow down + enter returns the second option, as written (markdown and all)', async () => {
    const { events, answer, getScreen } = await ask(choice);
    events.keypress('down');
    await Promise.resolve();
    expect(getScreen()).toMatch(/❯ Documents the port/);
    events.keypress('enter');
    await expect(answer).resolves.toBe(choice.choices![1]);
  });

  it('arrow down twice then up returns the second option too', async () => {
    const { events, answer } = await ask(choice);
    events.keypress('down');
    events.keypress('down');
    events.keypress('up');
    events.keypress('enter');
    await expect(answer).resolves.toBe(choice.answer);
  });

  it('Ctrl-C rejects with PromptInterrupted', async () => {
    const { events, answer } = await ask(choice);
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(PromptInterrupted);
  });

  it('Ctrl-D rejects with PromptEnded (the quiz ends as with q), after a move too', async () => {
    const { events, answer } = await ask(choice);
    events.keypress('down');
    events.keypress({ name: 'd', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(PromptEnded);
  });

  it('a plain d is no end: it is a key like any other', async () => {
    const { events, answer } = await ask(choice);
    events.keypress('d');
    events.keypress('enter');
    await expect(answer).resolves.toBe(choice.choices[0]);
  });
});

describe('a typed question', () => {
  it('shows the prompt and returns the typed text', async () => {
    const { events, answer, getScreen } = await ask(typed, '1/1');
    expect(getScreen()).toContain('Type the command: Run nginx in the background');
    events.type('docker run -d nginx');
    events.keypress('enter');
    await expect(answer).resolves.toBe('docker run -d nginx');
  });

  it('returns an empty answer for a bare Enter (grading, not the prompt, calls it wrong)', async () => {
    const { events, answer } = await ask(typed);
    events.keypress('enter');
    await expect(answer).resolves.toBe('');
  });

  it('Ctrl-C rejects with PromptInterrupted', async () => {
    const { events, answer } = await ask(typed);
    events.type('docker ru');
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(PromptInterrupted);
  });

  it('Ctrl-D rejects with PromptEnded, on an empty line and with text typed', async () => {
    const empty = await ask(typed);
    empty.events.keypress({ name: 'd', ctrl: true });
    await expect(empty.answer).rejects.toBeInstanceOf(PromptEnded);
    const begun = await ask(typed);
    begun.events.type('docker ru');
    begun.events.keypress({ name: 'd', ctrl: true });
    await expect(begun.answer).rejects.toBeInstanceOf(PromptEnded);
  });

  it('the Ctrl-D listener goes with the prompt: the input keeps no listener of ours', async () => {
    const { events, answer, input } = await ask(typed);
    const before = input.listenerCount('keypress');
    events.type('x');
    events.keypress('enter');
    await answer;
    expect(input.listenerCount('keypress')).toBeLessThan(before);
  });
});

describe('a cloze question', () => {
  it('is a text field too', async () => {
    const cloze: Question = {
      cardId: 'dockerfile-from',
      type: 'cloze',
      prompt: 'Fill in the blank (`FROM`): A stage is named with _____ name.',
      answer: 'AS',
      subject: '`FROM`',
      text: 'A stage is named with _____ name.',
      caseSensitive: false,
      alsoRight: [],
    };
    const { events, answer, getScreen } = await ask(cloze);
    expect(getScreen()).toContain('Fill in the blank (FROM):');
    events.type('AS');
    events.keypress('enter');
    await expect(answer).resolves.toBe('AS');
  });
});

describe('the key after a wrong verdict ("I was right")', () => {
  /** promptOverride over a fake key stream that already holds `keys`. */
  const press = (keys: string, end = false) => {
    const input = new PassThrough();
    input.write(keys);
    if (end) input.end();
    return { input, answer: promptOverride(input) };
  };

  it('r overrides the verdict (ㄱ too: the r key with a Korean keyboard)', async () => {
    await expect(press('r').answer).resolves.toBe(true);
    await expect(press('ㄱ').answer).resolves.toBe(true);
  });

  it('any other key goes on: Enter, Space, n, R (shift-r is not r)', async () => {
    for (const key of ['\r', ' ', 'n', 'R']) await expect(press(key).answer).resolves.toBe(false);
  });

  it('the end of the input goes on', async () => {
    await expect(press('', true).answer).resolves.toBe(false);
  });

  it('Ctrl-C rejects with PromptInterrupted', async () => {
    await expect(press('\x03').answer).rejects.toBeInstanceOf(PromptInterrupted);
  });

  it('Ctrl-D rejects with PromptEnded: the quiz ends there, the answer stays wrong', async () => {
    await expect(press('\x04').answer).rejects.toBeInstanceOf(PromptEnded);
  });
});

describe('feedback', () => {
  it('a chosen option leaves no green tick behind; the key hint follows the UI language', async () => {
    const ko = render(
      (q: Question, streams?: PromptStreams) => promptAnswer(q, '1/1', { ...view, lang: 'ko' }, streams),
      choice,
    );
    const { getScreen, events, answer } = await ko;
    expect(getScreen()).toContain('↑↓ 이동 • ⏎ 선택');
    events.keypress('enter');
    await answer;
    expect(getScreen()).not.toContain('✔');
  });

  it("the typed prompt's › begins the line one types on", async () => {
    const { events, getScreen, answer } = await ask(typed, '1/1');
    events.type('docker run');
    const lines = getScreen().split('\n');
    expect(lines.at(-1)).toMatch(/^› docker run/);
    expect(lines[0]).not.toContain('›');
    events.keypress('enter');
    await answer;
  });
});
