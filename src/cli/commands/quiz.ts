import { type CardRef, type Registry, selectDecks } from '../../decks/registry.js';
import { canonicalCommand } from '../../docker/index.js';
import { generateQuiz } from '../../quiz/generate.js';
import {
  choicesOf,
  QUESTION_TYPES,
  type Question,
  type QuestionType,
  type Verdict,
} from '../../quiz/question.js';
import { type AnsweredQuestion, playQuiz, type QuizResult } from '../../quiz/session.js';
import { toJson } from '../../text/safety.js';
import { createLineReader, type LineReader } from '../../ui/line-reader.js';
import { messages, OVERRIDE_COMMAND } from '../../ui/messages.js';
import { PromptEnded, PromptInterrupted, promptAnswer, promptOverride } from '../../ui/quiz-prompts.js';
import {
  type QuizViewOptions,
  renderOverridden,
  renderOverrideHint,
  renderProgress,
  renderQuestion,
  renderReading,
  renderShortQuiz,
  renderSummary,
  renderVerdict,
} from '../../ui/quiz-view.js';
import { wholeNumber } from '../arguments.js';
import type { Context } from '../context.js';
import { Interrupted, UsageError, UserError } from '../errors.js';
import { lazy } from '../lazy.js';

export interface QuizOptions {
  count: string;
  types?: string;
  seed?: string;
  print?: boolean;
  json?: boolean;
  plain?: boolean;
  record: boolean;
}

// The quiz's random source has 32 bits of state: larger seeds would repeat smaller ones.
const MAX_SEED = 2 ** 32 - 1;

export function parseTypes(value: string | undefined): QuestionType[] {
  if (value === undefined) return [...QUESTION_TYPES];
  const types = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = types.filter((t) => !QUESTION_TYPES.includes(t as QuestionType));
  if (types.length === 0 || unknown.length > 0) {
    throw new UsageError((t) => t.args.types(QUESTION_TYPES, unknown.join(',') || value));
  }
  return types as QuestionType[];
}

export async function quizCommand(context: Context, deckNames: string[], options: QuizOptions) {
  if (options.json && !options.print) throw new UsageError((t) => t.args.jsonNeedsPrint);
  const count = wholeNumber(options.count, '--count', 1);
  const types = parseTypes(options.types);
  const seed =
    options.seed === undefined
      ? Math.floor(Math.random() * MAX_SEED)
      : wholeNumber(options.seed, '--seed', 0, MAX_SEED);
  // The decks' ids from the index, their cards from their own notes (a deck of 2,000 notes' is not read whole).
  const registry = await context.cardIndex();
  const wanted = selectDecks(registry, deckNames).flatMap((d) => d.cards.map((c) => c.id));
  const found = await context.cards(wanted);
  const cards = wanted.flatMap((id) => found.get(id) ?? []);
  // The seed alone picks the questions: what has been answered before changes nothing.
  const { questions, short } = generateQuiz(cards, { count, types, seed, lang: context.env.lang });
  if (questions.length === 0) {
    throw new UserError((t) => t.args.noQuestions(types, deckNames));
  }
  const view = { width: context.env.width, color: context.env.color, lang: context.env.lang };
  if (short) context.warn(renderShortQuiz(questions.length, count, view));
  if (options.print) return printQuiz(context, questions, options.json);

  const plain = options.plain || !context.env.interactive;
  // The store (SQLite, FSRS) loads only for a quiz that records its answers.
  const study = options.record ? await lazy('study') : undefined;
  const recorder = study?.openQuizRecorder(context.storeFile, study.readStates(context.storeFile));
  const record =
    recorder &&
    ((a: AnsweredQuestion) => {
      const { cardId } = a.question;
      const { answer, overridden, durationMs } = a;
      const committed = recorder.record(
        { cardId, answer, correct: a.verdict.correct, overridden, durationMs },
        new Date(context.clock()),
      );
      if (committed.rebased) context.out(messages(context.env.lang).answer.rebased(cardId));
    });
  let result: (QuizResult & { interrupted?: boolean }) | undefined;
  try {
    result = plain
      ? await playPlain(context, questions, view, record)
      : await playInteractive(context, questions, view, record, (r) => {
          result = r;
        });
  } catch (err) {
    if (err instanceof PromptInterrupted) throw new Interrupted();
    // Ctrl-D ends the quiz like the end of the input: the answers so far (from `partial`), exit 0.
    if (!(err instanceof PromptEnded)) throw err;
  } finally {
    recorder?.close();
    if (result)
      context.out(`\n${renderSummary(result, view, (id) => cardCommandFor(context, registry, id))}`);
  }
  if (result?.interrupted) throw new Interrupted();
}

function printQuiz(context: Context, questions: Question[], json?: boolean) {
  if (json) {
    const rows = questions.map((q) => {
      const choices = choicesOf(q);
      return {
        cardId: q.cardId,
        type: q.type,
        prompt: q.prompt,
        ...(choices ? { choices } : {}),
        // A question asked as written: the note's marks of its options (`A`…, `O`/`X`).
        ...(q.type === 'choice' && q.labels ? { labels: q.labels } : {}),
        answer: q.answer,
      };
    });
    return context.out(toJson(rows, 2));
  }
  const view = { width: context.env.width, color: context.env.color, lang: context.env.lang };
  questions.forEach((q, i) => {
    context.out(`${i + 1}. [${q.type}] ${renderQuestion(q, view)}\n   → ${q.answer}\n`);
  });
}

type View = QuizViewOptions;

/**
 * The verdict; for a wrong typed command, also how it was read (its canonical form), when it could
 * be. `hint`: how to override a wrong verdict in this mode.
 */
function verdictLines(
  question: Question,
  verdict: Verdict,
  answer: string,
  view: View,
  hint: string,
): string {
  const lines = [renderVerdict(verdict, view)];
  if (question.type === 'typed' && !verdict.correct && answer.trim() !== '') {
    const reading = canonicalCommand(answer);
    if (typeof reading === 'string') lines.push(renderReading(reading, view));
  }
  if (!verdict.correct) lines.push(renderOverrideHint(hint, view));
  return lines.join('\n');
}

/**
 * One answer per line. After a wrong verdict the next question is shown and the line read ahead:
 * `!right` overrides the verdict (the question is asked again), anything else answers the question.
 * So the wrong answer is recorded once, final, and a pipe of answers works as before.
 */
async function playPlain(
  context: Context,
  questions: Question[],
  view: View,
  record?: (a: AnsweredQuestion) => void,
): Promise<QuizResult & { interrupted?: boolean }> {
  const w = messages(view.lang).quiz;
  // Made when the first answer is asked for, with the question on screen: stdin takes milliseconds.
  let reader: LineReader | undefined;
  const lines = () => {
    reader ??= createLineReader(context.stdin, context.interrupt);
    return reader;
  };
  const isOverride = (line: string | undefined) => line?.trim() === OVERRIDE_COMMAND;
  let shown = -1;
  const show = (index: number) => {
    if (index >= questions.length || index === shown) return;
    shown = index;
    context.out(
      `\n${renderProgress(index, questions.length, view)}\n${renderQuestion(questions[index]!, view)}`,
    );
  };
  const readLine = async () => {
    context.write('> ');
    const line = await lines().next();
    if (line === undefined) context.write('\n');
    return line;
  };
  let readAhead: { line: string | undefined } | undefined;
  try {
    const result = await playQuiz(questions, {
      ask: async (_question, index) => {
        let line: string | undefined;
        if (readAhead) {
          line = readAhead.line;
          readAhead = undefined;
        } else {
          show(index);
          line = await readLine();
        }
        // `!right` with no wrong verdict before it is no answer either.
        while (isOverride(line)) {
          context.out(w.nothingToOverride);
          line = await readLine();
        }
        return line;
      },
      tell: (question, verdict, _i, _n, answer) =>
        context.out(verdictLines(question, verdict, answer, view, w.overrideLine)),
      overrule: async (_answered, index) => {
        show(index + 1);
        const line = await readLine();
        if (isOverride(line)) {
          context.out(renderOverridden(view));
          return true;
        }
        readAhead = { line };
        return false;
      },
      record,
      clock: context.clock,
    });
    return { ...result, interrupted: reader?.interrupted ?? false };
  } finally {
    reader?.close();
  }
}

async function playInteractive(
  context: Context,
  questions: Question[],
  view: View,
  record: ((a: AnsweredQuestion) => void) | undefined,
  partial: (result: QuizResult) => void,
) {
  return playQuiz(
    questions,
    {
      ask: (question, index, total) =>
        promptAnswer(question, renderProgress(index, total, view), view, {
          input: context.stdin,
          output: context.stdout,
        }),
      tell: (question, verdict, _i, _n, answer) =>
        context.out(
          `${verdictLines(question, verdict, answer, view, messages(view.lang).quiz.overrideKey)}\n`,
        ),
      // One key after a wrong verdict: `r` says "I was right".
      overrule: async () => {
        const right = await promptOverride(context.stdin);
        if (right) context.out(renderOverridden(view));
        return right;
      },
      record,
      clock: context.clock,
    },
    partial,
  );
}

/** `dockstudy card ID`, with the --notes the card's note needs when it is not a built-in card. */
function cardCommandFor(context: Context, registry: Registry<CardRef>, cardId: string): string {
  const card = registry.card(cardId);
  const fromNotes = card && registry.deck(card.deck)?.origin !== 'builtin';
  const notes = fromNotes
    ? context.options.notes.map((n) => ` --notes ${/^[\w./~-]+$/.test(n) ? n : `'${n}'`}`)
    : [];
  return `dockstudy${notes.join('')} card ${cardId}`;
}
