import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/notes/types.js';
import { generateQuiz } from '../../src/quiz/generate.js';
import { gradeAnswer } from '../../src/quiz/grade.js';
import { choicesOf, questionKey } from '../../src/quiz/question.js';
import { card, deck, instructions, runFlags } from './cards.js';

const quiz = (seed: number, extra: Partial<Parameters<typeof generateQuiz>[1]> = {}) =>
  generateQuiz(deck, { count: 6, types: ['choice', 'cloze', 'scenario'], seed, lang: 'en', ...extra });

describe('generateQuiz', () => {
  it('gives the same quiz for the same seed and a different one for another seed', () => {
    expect(quiz(7)).toEqual(quiz(7));
    expect(JSON.stringify(quiz(7))).not.toBe(JSON.stringify(quiz(8)));
  });

  it('honours --count, one question per card', () => {
    const { questions, short } = quiz(3, { count: 4 });
    expect(questions).toHaveLength(4);
    expect(short).toBe(false);
    expect(new Set(questions.map((q) => q.cardId)).size).toBe(4);
  });

  it('says when there are fewer questions than --count, and asks those', () => {
    const { questions, short } = quiz(3, { count: 500, types: ['choice', 'cloze', 'typed', 'scenario'] });
    expect(short).toBe(true);
    expect(questions).toHaveLength(deck.length);
    expect(new Set(questions.map(questionKey)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.cardId)).size).toBe(questions.length);
  });

  it('asks a task two cards share once', () => {
    const twin: Card = {
      ...deck.at(-1)!,
      id: 'container-run-detach',
      kind: 'flag',
      flag: '--detach',
      term: '-d',
      command: 'docker container run',
      examples: deck.at(-1)!.examples ?? [],
    };
    const { questions } = generateQuiz([deck.at(-1)!, twin], {
      count: 5,
      types: ['typed'],
      seed: 1,
      lang: 'en',
    });
    expect(questions).toHaveLength(1);
  });

  it('builds choices with the answer once among four distinct options', () => {
    for (let seed = 0; seed < 30; seed++) {
      for (const q of quiz(seed, { types: ['choice'] }).questions) {
        const choices = choicesOf(q)!;
        expect(choices).toHaveLength(4);
        expect(new Set(choices).size).toBe(4);
        expect(choices.filter((c) => c === q.answer)).toHaveLength(1);
      }
    }
  });

  it('draws wrong instructions from the same deck', () => {
    let checked = 0;
    for (let seed = 0; seed < 30; seed++) {
      for (const q of quiz(seed, { types: ['choice'] }).questions) {
        if (!q.prompt.startsWith('Which Dockerfile instruction')) continue;
        expect(choicesOf(q)!.every((c) => instructions.some((i) => i.term === c))).toBe(true);
        checked++;
      }
    }
    // The loop must have met such questions, or it proved nothing.
    expect(checked).toBeGreaterThan(10);
  });

  it('falls back to other types when a deck is too small for four options', () => {
    const tiny = [instructions[0]!, instructions[1]!];
    const { questions } = generateQuiz(tiny, { count: 2, types: ['choice', 'cloze'], seed: 5, lang: 'en' });
    expect(questions.map((q) => q.type)).toEqual(['cloze', 'cloze']);
  });

  it('asks a scenario for the publish flag, computed from the -p mapping', () => {
    const { questions } = generateQuiz([runFlags[1]!], {
      count: 1,
      types: ['scenario'],
      seed: 2,
      lang: 'en',
    });
    const q = questions[0]!;
    const [, host, inside] = /-p (\d+):(\d+)/.exec(q.prompt)!;
    expect(q.answer).toBe(q.prompt.includes('on the host') ? host : inside);
    expect(gradeAnswer(q, q.answer).correct).toBe(true);
  });

  it('asks in Korean when the deck is Korean, with the subject shown', () => {
    const { questions } = generateQuiz(
      [
        card({
          id: 'x',
          kind: 'instruction',
          term: 'ENV',
          lang: 'ko',
          summary: '환경 변수',
          back: '**환경** 변수를 정한다',
          keyTerms: [{ term: '환경', sentence: '환경 변수를 이미지에 정한다' }],
        }),
      ],
      { count: 1, types: ['cloze'], seed: 1, lang: 'ko' },
    );
    expect(questions[0]!.prompt).toBe('빈칸을 채우세요 (`ENV`): _____ 변수를 이미지에 정한다');
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

  const cloze = (answer: string, caseSensitive: boolean) => ({
    cardId: 'x',
    type: 'cloze' as const,
    prompt: '?',
    subject: 'x',
    text: '_____',
    answer,
    caseSensitive,
    alsoRight: [],
  });

  it('ignores case and backticks in a cloze, but not the word', () => {
    const q = cloze('docker build', false);
    expect(gradeAnswer(q, ' Docker  Build ').correct).toBe(true);
    expect(gradeAnswer(q, '`docker build`').correct).toBe(true);
    expect(gradeAnswer(q, 'docker run').correct).toBe(false);
  });

  it('compares flags case-sensitively: -P is not -p', () => {
    expect(gradeAnswer(cloze('-P', true), '-P').correct).toBe(true);
    expect(gradeAnswer(cloze('-P', true), '-p').correct).toBe(false);
    expect(gradeAnswer(cloze('-p', true), '-P').correct).toBe(false);
  });
});

describe('gradeAnswer for typed tasks', () => {
  const q = {
    cardId: 'system-prune',
    type: 'typed' as const,
    prompt: 'Type the command: remove every image no container uses',
    answer: 'docker system prune -a -f',
    alsoRight: ['docker image prune -a -f'],
  };
  it('accepts every command that does the task, and nothing else', () => {
    expect(gradeAnswer(q, 'docker system prune -af').correct).toBe(true);
    expect(gradeAnswer(q, 'docker image prune --all --force').correct).toBe(true);
    expect(gradeAnswer(q, 'docker image prune -f').correct).toBe(false);
    expect(gradeAnswer(q, 'docker container prune -a -f').correct).toBe(false);
  });
});

describe('a question the note wrote with its own options', () => {
  const written = (id: string, stem: string, options: string[], labels: string[], answer: number) =>
    card({
      id,
      kind: 'qa',
      front: stem,
      summary: options[answer],
      choices: { stem, options, labels, answer },
    });
  const ox = written('ox-1', '`docker stop` sends SIGKILL at once.', ['O', 'X'], ['O', 'X'], 1);
  const mc = written('mc-1', 'Which flag publishes a port?', ['-d', '-p', '-v'], ['A', 'B', 'C'], 1);

  it('is asked as written: its stem, its options in order, the one its key marks', () => {
    // Two cards alone: no other card could give options, the note's own are enough.
    const { questions } = generateQuiz([ox, mc], { count: 2, types: ['choice'], seed: 3, lang: 'en' });
    expect(questions.map((q) => [q.cardId, q.prompt, choicesOf(q), q.answer])).toEqual(
      expect.arrayContaining([
        ['ox-1', '`docker stop` sends SIGKILL at once.', ['O', 'X'], 'X'],
        ['mc-1', 'Which flag publishes a port?', ['-d', '-p', '-v'], '-p'],
      ]),
    );
    expect(questions).toHaveLength(2);
  });

  it('takes the note’s mark of an option, its number or its text', () => {
    const [q] = generateQuiz([mc], { count: 1, types: ['choice'], seed: 1, lang: 'en' }).questions;
    for (const [answer, correct] of [
      ['B', true],
      ['b)', true],
      ['b.', true],
      ['2', true],
      ['-p', true],
      ['A', false],
      ['3', false],
      ['-v', false],
    ] as const)
      expect([answer, gradeAnswer(q!, answer).correct]).toEqual([answer, correct]);
  });

  it('still needs its options to differ, and one of them to be the answer', () => {
    const same = written('mc-2', 'Which?', ['-p', '-p'], ['A', 'B'], 0);
    expect(generateQuiz([same], { count: 1, types: ['choice'], seed: 1, lang: 'en' }).questions).toEqual([]);
  });
});
