import { choicesOf, type Question, type Verdict } from '../quiz/question.js';
import { countsAsRight, type QuizResult } from '../quiz/session.js';
import { stripControl } from '../text/safety.js';
import { describeProblem } from './grader-details.js';
import { renderMarkdown } from './markdown.js';
import { type Lang, messages } from './messages.js';
import { chalkFor, displayWidth } from './text.js';

export interface QuizViewOptions {
  width: number;
  color: boolean;
  lang: Lang;
}

/** One line when a deck has fewer different questions than --count asked for. */
export function renderShortQuiz(made: number, asked: number, options: QuizViewOptions): string {
  return messages(options.lang).quiz.short(made, asked);
}

/** `3/10 ███░░░░░░░` */
export function renderProgress(index: number, total: number, options: QuizViewOptions): string {
  const chalk = chalkFor(options.color);
  const width = 20;
  const done = Math.round((index / Math.max(total, 1)) * width);
  return `${chalk.bold(`${index + 1}/${total}`)} ${chalk.cyan('█'.repeat(done))}${chalk.dim('░'.repeat(width - done))}`;
}

export function renderQuestion(question: Question, options: QuizViewOptions, numbered = true): string {
  const md = (text: string, width = options.width) =>
    renderMarkdown(text, { width, color: options.color }).trimEnd();
  const lines = [md(question.prompt)];
  // Options hang under their number: `  1) text…` with wrapped lines indented to the text.
  const choices = choicesOf(question);
  if (numbered && choices) {
    for (const [i, choice] of choices.entries()) {
      lines.push(`  ${i + 1}) ${md(choice, options.width - 5).replace(/\n/g, '\n     ')}`);
    }
  }
  return lines.join('\n');
}

export function renderVerdict(verdict: Verdict, options: QuizViewOptions): string {
  const chalk = chalkFor(options.color);
  const w = messages(options.lang).quiz;
  const md = (text: string) => renderMarkdown(text, { width: options.width, color: options.color }).trimEnd();
  if (verdict.correct) return chalk.green(`✓ ${w.right}`);
  const head = chalk.red(`✗ ${w.wrong}`);
  const inline = md(verdict.expected);
  // A short answer follows on the same line; a long one gets its own indented block.
  const fits = !inline.includes('\n') && displayWidth(`✗ ${w.wrong} ${inline}`) <= options.width;
  const answer = fits
    ? `${head} ${inline}`
    : `${head}\n${renderMarkdown(verdict.expected, { width: options.width - 2, color: options.color })
        .trimEnd()
        .replace(/^/gm, '  ')}`;
  const lines = [answer];
  for (const detail of verdict.details)
    lines.push(chalk.yellow(`  · ${describeProblem(detail, options.lang)}`));
  return lines.join('\n');
}

/** `  r: I was right · any other key: next`, the last line under a wrong verdict. */
export function renderOverrideHint(hint: string, options: QuizViewOptions): string {
  return chalkFor(options.color).dim(`  ${hint}`);
}

/** `✓ recorded as right`: the learner overrode the wrong verdict. */
export function renderOverridden(options: QuizViewOptions): string {
  return chalkFor(options.color).green(`✓ ${messages(options.lang).quiz.overridden}`);
}

/** `  read as: docker container run --detach nginx`: a typed command as the grader understood it. */
export function renderReading(canonical: string, options: QuizViewOptions): string {
  const chalk = chalkFor(options.color);
  return chalk.dim(`  ${messages(options.lang).quiz.readAs}: ${stripControl(canonical)}`);
}

/**
 * The score (after stopping early, one plain line: "5 of 7 answered right (stopped after 7 of 10)"), then the missed
 * cards, each with the command that shows it (`cardCommand`: with the --notes a note card needs).
 */
export function renderSummary(
  result: QuizResult,
  options: QuizViewOptions,
  cardCommand: (cardId: string) => string = (id) => `dockstudy card ${id}`,
): string {
  const chalk = chalkFor(options.color);
  const w = messages(options.lang).quiz;
  const answered = result.answered.length;
  const lines = [
    chalk.bold(
      answered < result.total
        ? w.stoppedScore(result.correct, answered, result.total)
        : `${w.score}: ${result.correct}/${result.total}`,
    ),
  ];
  const missed = [...new Set(result.answered.filter((a) => !countsAsRight(a)).map((a) => a.question.cardId))];
  if (missed.length > 0) {
    lines.push(`${w.missed}`);
    for (const id of missed) lines.push(`  ${cardCommand(id)}`);
  }
  return lines.join('\n');
}
