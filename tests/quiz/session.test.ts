// playQuiz's order of events around "I was right": tell the verdict, hear the override (only after a
// wrong one), then record the answer once, final. Fake io, as the interactive and plain modes give.

import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/quiz/question.js';
import { type AnsweredQuestion, playQuiz, type QuizIo } from '../../src/quiz/session.js';

const cloze = (cardId: string, answer: string): Question => ({
  cardId,
  type: 'cloze',
  prompt: `Fill in the blank (\`${cardId}\`): _____ it.`,
  answer,
  subject: `\`${cardId}\``,
  text: '_____ it.',
  caseSensitive: false,
  alsoRight: [],
});

const questions = [cloze('a', 'EXPOSE'), cloze('b', 'USER'), cloze('c', 'ARG')];

/** An io that answers from `answers`, overrides by `overrides`, and logs what happens in order. */
function fakeIo(answers: string[], overrides: (boolean | Error)[]) {
  const events: string[] = [];
  const recorded: AnsweredQuestion[] = [];
  const io: QuizIo = {
    ask: async (q) => {
      events.push(`ask ${q.cardId}`);
      return answers.shift();
    },
    tell: (q, verdict) => events.push(`tell ${q.cardId} ${verdict.correct ? 'right' : 'wrong'}`),
    overrule: async (a) => {
      events.push(`overrule ${a.question.cardId}`);
      const next = overrides.shift();
      if (next instanceof Error) throw next;
      return next ?? false;
    },
    record: (a) => {
      events.push(`record ${a.question.cardId}${a.overridden ? ' overridden' : ''}`);
      recorded.push(a);
    },
    clock: () => 0,
  };
  return { io, events, recorded };
}

describe('playQuiz and "I was right"', () => {
  it('asks for an override only after a wrong verdict, and records after it, once', async () => {
    const { io, events, recorded } = fakeIo(['EXPOSE', 'UZER', 'nope'], [true, false]);
    const result = await playQuiz(questions, io);
    expect(events).toEqual([
      'ask a',
      'tell a right',
      'record a',
      'ask b',
      'tell b wrong',
      'overrule b',
      'record b overridden',
      'ask c',
      'tell c wrong',
      'overrule c',
      'record c',
    ]);
    expect(recorded.map((a) => [a.answer, a.verdict.correct, a.overridden])).toEqual([
      ['EXPOSE', true, false],
      ['UZER', false, true],
      ['nope', false, false],
    ]);
    // The override counts as right.
    expect(result).toMatchObject({ total: 3, correct: 2, stopped: false });
  });

  it('an interrupt while waiting for the override still records the answer, as wrong', async () => {
    const { io, events } = fakeIo(['EXPOSE', 'nope'], [new Error('Ctrl-C')]);
    let partial: number | undefined;
    await expect(playQuiz(questions, io, (r) => (partial = r.answered.length))).rejects.toThrow('Ctrl-C');
    expect(events.slice(-3)).toEqual(['tell b wrong', 'overrule b', 'record b']);
    expect(partial).toBe(2);
  });

  it('without an overrule the answers are recorded as graded', async () => {
    const { io, recorded } = fakeIo(['x', 'USER', 'ARG'], []);
    delete io.overrule;
    const result = await playQuiz(questions, io);
    expect(recorded.map((a) => a.overridden)).toEqual([false, false, false]);
    expect(result.correct).toBe(2);
  });
});
