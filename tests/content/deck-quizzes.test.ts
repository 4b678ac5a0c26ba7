import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/docker/index.js';
import { everyQuestion } from '../../src/quiz/every-question.js';
import { generateQuiz } from '../../src/quiz/generate.js';
import { choicesOf, QUESTION_TYPES } from '../../src/quiz/question.js';
import { questionDefects } from '../../src/quiz/soundness.js';
import { LANGS, loadContent } from './content-files.js';

// Each built-in deck must be quizzable on its own: it yields at least ten sound questions of three
// types or more, and `dockstudy quiz <deck>` gives ten answerable questions.

describe.each(LANGS)('quizzes on each built-in deck (%s)', (lang) => {
  const notes = loadContent(lang).map((f) => f.note);

  it.each(notes.map((n) => [n.deck.id, n] as const))(
    '%s: ten sound questions of three types or more',
    (_, note) => {
      const sound = note.cards.flatMap((card) =>
        everyQuestion(card, note.cards, lang).filter((q) => questionDefects(q, card).length === 0),
      );
      expect(sound.length).toBeGreaterThanOrEqual(10);
      expect(new Set(sound.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);

      for (const seed of [1, 2, 3]) {
        const { questions } = generateQuiz(note.cards, { count: 12, types: QUESTION_TYPES, seed, lang });
        expect(questions.length).toBeGreaterThanOrEqual(10);
        for (const q of questions) {
          const where = `${q.cardId} (${q.type})`;
          expect(q.prompt.trim().length, where).toBeGreaterThan(0);
          expect(q.answer.trim().length, where).toBeGreaterThan(0);
          const choices = choicesOf(q);
          if (choices) {
            expect(new Set(choices).size, where).toBe(choices.length);
            expect(
              choices.filter((c) => c === q.answer),
              where,
            ).toHaveLength(1);
          }
          if (q.type === 'typed') expect('error' in parseCommandLine(q.answer), where).toBe(false);
        }
      }
    },
  );
});
