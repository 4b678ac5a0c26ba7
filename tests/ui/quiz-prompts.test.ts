import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/quiz/question.js';
import { promptAnswer } from '../../src/ui/quiz-prompts.js';

const view = { width: 80, color: false };
const ask = (question: Question) => render((q: Question, streams) => promptAnswer(q, '1/3', view, streams), question);

describe('x', () => {
  it('choice', async () => {
    const q: Question = { cardId: 'a', type: 'choice', prompt: 'What does `EXPOSE` do?', choices: ['one', 'two', 'three'], answer: 'two' };
    const { answer, events, getScreen } = await ask(q);
    console.log(getScreen());
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('two');
  });
});
