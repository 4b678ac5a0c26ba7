import { compareCommands } from '../docker/index.js';
import { normalizeTerm } from './cloze.js';
import type { Question, Verdict } from './question.js';

const stripMarks = (text: string) => text.replace(/`/g, '').trim();
const labelsOf = (question: Question) => (question.type === 'choice' ? (question.labels ?? []) : []);

/** Checks one answer. An empty or unreadable answer is simply wrong, never an error. */
export function gradeAnswer(question: Question, input: string): Verdict {
  const answer = input.trim();
  const expected = question.answer;
  if (answer === '') return { correct: false, expected, details: [] };
  switch (question.type) {
    case 'choice':
    case 'scenario': {
      const { choices } = question;
      const number = /^\d+$/.test(answer) ? Number(answer) : Number.NaN;
      // A question asked as written also takes the note's mark of an option (`b`, `③`, `X`).
      const marked = labelsOf(question).findIndex(
        (l) => l.toLowerCase() === answer.replace(/[.)]$/, '').toLowerCase(),
      );
      const chosen =
        marked !== -1
          ? choices[marked]
          : number >= 1 && number <= choices.length
            ? choices[number - 1]
            : choices.find((c) => normalizeTerm(stripMarks(c)) === normalizeTerm(stripMarks(answer)));
      return { correct: chosen === expected, expected, details: [] };
    }
    case 'typed': {
      const result = compareCommands(expected, answer);
      if (!result.equal && question.alsoRight.some((other) => compareCommands(other, answer).equal)) {
        return { correct: true, expected, details: [] };
      }
      const details = result.error ? [result.error] : result.diffs.map((d) => d.problem);
      return { correct: result.equal, expected, details };
    }
    case 'cloze': {
      const typed = normalizeTerm(answer, question.caseSensitive);
      const right = [expected, ...question.alsoRight].map((t) => normalizeTerm(t, question.caseSensitive));
      return { correct: right.includes(typed), expected, details: [] };
    }
  }
}
