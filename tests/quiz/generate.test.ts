import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/quiz/generate.js';
import { gradeAnswer } from '../../src/quiz/grade.js';
import { card, deck, instructions, runFlags } from './cards.js';

const quiz = (seed: number, extra: Partial<Parameters<typeof generateQuiz>[1]> = {}) =>
  generateQuiz(deck, { count: 6, types: ['choice', 'cloze', 'scenario'], seed, lang: 'en', ...extra });

describe('generateQuiz', () => {
  it('gives the same quiz for the same seed and a different one for another seed', () => {
    expect(quiz(7)).toEqual(quiz(7));
    expect(JSON.stringify(quiz(7))).not.toBe(JSON.stringify(quiz(8)));
  });

  it('asks each card at most once and honours --count', () => {
    const questions = quiz(3, { count: 4 });
    expect(questions).toHaveLength(4);
    expect(new Set(questions.map((q) => q.cardId)).size).toBe(4);
  });

  it('builds choices with the answer once among four distinct options', () => {
    for (let seed = 0; seed < 30; seed++) {
      for (const q of quiz(seed, { types: ['choice'] })) {
        expect(q.choices).toHaveLength(4);
        expect(new Set(q.choices).size).toBe(4);
        expect(q.choices!.filter((c) => c === q.answer)).toHaveLength(1);
      }
    }
  });

  it('draws wrong options from siblings of the same kind', () => {
    let checked = 0;
    for (let seed = 0; seed < 30; seed++) {
      for (const q of quiz(seed, { types: ['choice'] })) {
        const asked = deck.find((c) => c.id === q.cardId)!;
        if (asked.kind !== 'instruction' || !q.prompt.startsWith('Which Dockerfile instruction')) continue;
        expect(q.choices!.every((c) => instructions.some((i) => i.term === c))).toBe(true);
        checked++;
      }
    }
    // The loop must have met such questions, or it proved nothing.
    expect(checked).toBeGreaterThan(10);
  });

  it('puts cards never seen before cards seen recently', () => {
    const lastSeen = new Map(deck.filter((c) => c.kind !== 'flag').map((c) => [c.id, 1_000]));
    const questions = generateQuiz(deck, { count: 4, types: ['choice'], seed: 1, lang: 'en', lastSeen });
    expect(questions.every((q) => runFlags.some((f) => f.id === q.cardId))).toBe(true);
  });

  it('falls back to other types when a deck is too small for four options', () => {
    const tiny = [instructions[0]!, instructions[1]!];
    const questions = generateQuiz(tiny, { count: 2, types: ['choice', 'cloze'], seed: 5, lang: 'en' });
    expect(questions.map((q) => q.type)).toEqual(['cloze', 'cloze']);
  });

  it('asks a scenario for the publish flag, computed from the -p mapping', () => {
    const questions = generateQuiz([runFlags[1]!], { count: 1, types: ['scenario'], seed: 2, lang: 'en' });
    const q = questions[0]!;
    const [, host, inside] = /-p (\d+):(\d+)/.exec(q.prompt)!;
    expect(q.answer).toBe(q.prompt.includes('on the host') ? host : inside);
    expect(gradeAnswer(q, q.answer).correct).toBe(true);
  });

  it('asks in Korean when the deck is Korean', () => {
    const questions = generateQuiz(
      [
        card({
          id: 'x',
          kind: 'instruction',
          term: 'ENV',
          summary: '환경 변수',
          keyTerms: [{ term: '환경', sentence: '환경 변수를 정한다' }],
        }),
      ],
      {
        count: 1,
        types: ['cloze'],
        seed: 1,
        lang: 'ko',
      },
    );
    expect(questions[0]!.prompt).toBe('빈칸을 채우세요: _____ 변수를 정한다');
  });
});

describe('gradeAnswer for choices and clozes', () => {
  const q = {
    cardId: 'x',
    type: 'choice' as const,
    prompt: '?',
    choices: ['`RUN`', 'CMD', 'FROM', 'COPY'],
    answer: '`RUN`',
  };
  it.each([
    ['1', true],
    ['2', false],
    ['run', true],
    ['`RUN`', true],
    ['5', false],
    ['', false],
  ])('choice answer %j → %s', (answer, correct) => {
    expect(gradeAnswer(q, answer).correct).toBe(correct);
  });

  it('ignores case and backticks in a cloze, but not the word', () => {
    const cloze = { cardId: 'x', type: 'cloze' as const, prompt: '?', answer: 'docker build' };
    expect(gradeAnswer(cloze, ' Docker  Build ').correct).toBe(true);
    expect(gradeAnswer(cloze, '`docker build`').correct).toBe(true);
    expect(gradeAnswer(cloze, 'docker run').correct).toBe(false);
  });
});
