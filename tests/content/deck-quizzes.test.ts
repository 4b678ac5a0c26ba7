import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/docker/index.js';
import { generateQuiz } from '../../src/quiz/generate.js';
import { QUESTION_TYPES } from '../../src/quiz/question.js';
import { LANGS, loadContent } from './content-files.js';

// Each built-in deck must be quizzable on its own: `dockstudy quiz <deck>` gives ten questions of
// several kinds, and every question can be answered.

describe.each(LANGS)('quizzes on each built-in deck (%s)', (lang) => {
  const notes = loadContent(lang).map((f) => f.note);

  it.each(notes.map((n) => [n.deck.id, n] as const))(
    '%s: ten sound questions of three types or more',
    (_, note) => {
      for (const seed of [1, 2, 3]) {
        const questions = generateQuiz(note.cards, { count: 12, types: QUESTION_TYPES, seed, lang });
        expect(questions.length).toBeGreaterThanOrEqual(10);
        expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
        for (const q of questions) {
          const where = `${q.cardId} (${q.type})`;
          expect(q.prompt.trim().length, where).toBeGreaterThan(0);
          expect(q.answer.trim().length, where).toBeGreaterThan(0);
          if (q.choices) {
            expect(new Set(q.choices).size, where).toBe(q.choices.length);
            expect(
              q.choices.filter((c) => c === q.answer),
              where,
            ).toHaveLength(1);
          }
          if (q.type === 'typed') expect('error' in parseCommandLine(q.answer), where).toBe(false);
        }
      }
    },
  );
});
