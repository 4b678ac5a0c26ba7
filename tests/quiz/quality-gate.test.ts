import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { parseNote } from '../../src/notes/parse.js';
import type { Card } from '../../src/notes/types.js';
import { everyQuestion } from '../../src/quiz/every-question.js';
import { generateQuiz } from '../../src/quiz/generate.js';
import { QUESTION_TYPES } from '../../src/quiz/question.js';
import { duplicateDefects, questionDefects } from '../../src/quiz/soundness.js';

// The quality gate of issue 9: every question every built-in card can give, in both languages,
// keeps the mechanical rules. A failure names the card, the rule and what broke it.
const root = join(__dirname, '..', '..', 'content');
const load = (lang: 'ko' | 'en'): Card[] =>
  readdirSync(join(root, lang))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap(
      (name) =>
        parseNote(readFileSync(join(root, lang, name), 'utf8'), {
          file: `content/${lang}/${name}`,
          grammar: noteGrammar,
        }).cards,
    );

for (const lang of ['ko', 'en'] as const) {
  const cards = load(lang);
  const questions = cards.map((card) => ({ card, questions: everyQuestion(card, cards, lang) }));

  describe(`quality gate (${lang})`, () => {
    it('finds no defect in any question of any card', () => {
      const defects = questions.flatMap(({ card, questions }) =>
        questions.flatMap((q) => questionDefects(q, card)).map((d) => `${d.cardId} [${d.rule}] ${d.detail}`),
      );
      expect(defects).toEqual([]);
    });

    it('gives a typed task for every command card', () => {
      const without = questions
        .filter(
          ({ card, questions }) => card.kind === 'command' && !questions.some((q) => q.type === 'typed'),
        )
        .map(({ card }) => card.id);
      expect(without).toEqual([]);
    });

    it('has enough questions to be worth gating (nearly every card one, most several)', () => {
      // A concept whose deck has too few others to draw wrong options from may have none.
      const none = questions.filter((q) => q.questions.length === 0);
      expect(none.length).toBeLessThanOrEqual(cards.length * 0.05);
      expect(questions.reduce((n, q) => n + q.questions.length, 0)).toBeGreaterThan(cards.length * 2);
    });

    it('never asks one question twice in a quiz, and says when it has fewer than asked', () => {
      for (let seed = 0; seed < 5; seed++) {
        for (const types of [QUESTION_TYPES, ['typed'] as const, ['cloze'] as const]) {
          const quiz = generateQuiz(cards, { count: 5000, types, seed, lang });
          expect(duplicateDefects(quiz.questions)).toEqual([]);
          expect(quiz.short).toBe(true);
        }
      }
    });
  });
}
