import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { selectDecks } from '../../decks/registry.js';
import type { Card } from '../../notes/types.js';
import { isHidden, LEARN_AHEAD_MS } from '../../srs/index.js';
import {
  type Answering,
  type EditOutcome,
  nextDueAfter,
  openAnswering,
  playReview,
  type ReviewResult,
} from '../../study/index.js';
import { suggestFromTyped } from '../../study/typed-answer.js';
import { stripControl } from '../../text/safety.js';
import { describeProblem } from '../../ui/grader-details.js';
import { highlightCode } from '../../ui/highlight.js';
import { formatInterval } from '../../ui/interval.js';
import { type Messages, messages } from '../../ui/messages.js';
import {
  type OpenReviewIo,
  openReviewIo,
  type ReviewScreen,
  type ReviewTerminal,
} from '../../ui/review-io.js';
import { renderReviewSummary } from '../../ui/review-view.js';
import { displayWidth, wrapText } from '../../ui/text.js';
import { wholeNumber } from '../arguments.js';
import type { Context } from '../context.js';
import { Interrupted } from '../errors.js';

export interface ReviewOptions {
  due?: boolean;
  deck?: string;
  new?: string;
  limit?: string;
  plain?: boolean;
  json?: boolean;
}

/** The widest a card is laid out, however wide the terminal. */
const MAX_WIDTH = 100;

/** The terminal stdout is, for drawing one card a screen; undefined on a pipe. */
function terminalOf(context: Context): ReviewTerminal | undefined {
  const out = context.stdout as NodeJS.WriteStream;
  if (!context.stdoutIsTTY) return undefined;
  return {
    columns: () => (out.columns ? Math.max(20, Math.min(out.columns, MAX_WIDTH)) : undefined),
    rows: () => out.rows || undefined,
    onResize(listener) {
      if (typeof out.on !== 'function') return () => {};
      out.on('resize', listener);
      return () => out.off('resize', listener);
    },
  };
}

/** `dockstudy --notes a.md review`: the command again, with the notes the session studied. */
function commandWith(context: Context, rest: string): string {
  const notes = context.options.notes.map((n) => ` --notes ${/^[\w./~-]+$/.test(n) ? n : `'${n}'`}`);
  return `dockstudy${notes.join('')} ${rest}`;
}

/** `e`: the card's note in $VISUAL/$EDITOR at its line, then the card as the edited note has it. */
function editorFor(context: Context, io: () => OpenReviewIo, t: Messages) {
  return async (card: Card): Promise<EditOutcome<Card>> => {
    if ((await context.cardIndex()).deck(card.deck)?.origin === 'builtin') return { kind: 'builtin' };
    const editor = (context.environ.VISUAL || context.environ.EDITOR || '').trim();
    if (!editor) return { kind: 'failed', message: t.review.edit.noEditor };
    const [command = '', ...args] = editor.split(/\s+/);
    const { file, line } = card.source;
    // code wants -g FILE:LINE; vi, vim, nano and emacs take +LINE FILE.
    const at = /^(code|codium)(\.exe)?$/.test(basename(command))
      ? ['-g', `${file}:${line}`]
      : [`+${line}`, file];
    io().pause();
    let ran: ReturnType<typeof spawnSync>;
    try {
      ran = spawnSync(command, [...args, ...at], {
        stdio: 'inherit',
        cwd: context.cwd,
        env: context.environ,
      });
    } finally {
      io().resume();
    }
    if (ran.error) return { kind: 'failed', message: ran.error.message };
    // Read the notes again: the card may have a new id (its history moves with it).
    const reread = await context.reloadRegistry();
    const same =
      reread.card(card.id) ??
      reread.decks
        .flatMap((d) => d.cards)
        .find((c) => c.source.file === file && c.source.line === line && c.kind === card.kind);
    return same ? { kind: 'edited', card: same } : { kind: 'gone' };
  };
}

/** What is left after the session, and why: due cards, new cards, and when the next one comes. */
function leftLines(
  context: Context,
  answering: Answering,
  cardIds: readonly string[],
  options: { due?: boolean; deck?: string },
  t: Messages,
): string[] {
  const w = t.review;
  const now = new Date(context.clock());
  const deck = options.deck ? ` --deck ${options.deck}` : '';
  // New cards left of the day's allowance, whatever --new this session had.
  const queue = answering.queue({ cardIds, now });
  const due = queue.learning.length + queue.review.length;
  const lines: string[] = [];
  if (due > 0) lines.push(w.stillDue(due, commandWith(context, `review --due${deck}`)));
  if (!options.due && queue.new.length > 0)
    lines.push(w.newLeft(queue.new.length, commandWith(context, `review${deck}`)));
  else if (!options.due && answering.config.newPerDay > 0) {
    const used = answering.newToday(now);
    const quiz = used.quiz ?? 0;
    const review = (used.review ?? 0) + (used.card ?? 0);
    const unseenLeft = answering.queue({ cardIds, now, newLimit: 1 }).new.length > 0;
    if (quiz + review >= answering.config.newPerDay && unseenLeft)
      lines.push(
        w.newUsed(answering.config.newPerDay, quiz, review, commandWith(context, `review${deck} --new 10`)),
      );
  }
  if (due === 0) {
    const visible = cardIds.filter((id) => !isHidden(answering.marks.get(id), now));
    const next = nextDueAfter(answering.states, visible, now.getTime());
    if (next !== undefined)
      lines.push(
        `${w.nextDue}: ${formatInterval(next - now.getTime(), context.env.lang)} (${new Date(next).toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
      );
  }
  return lines;
}

/** `dockstudy review`: the session is src/study's playReview; this wires it to the terminal. */
export async function reviewCommand(context: Context, options: ReviewOptions) {
  const newLimit = options.new === undefined ? undefined : wholeNumber(options.new, '--new', 0);
  const limit = options.limit === undefined ? undefined : wholeNumber(options.limit, '--limit', 1);
  // Ids first: of 2,000 notes a session needs the cards of its queue only (context.cards reads those).
  const index = await context.cardIndex();
  const cardIds = selectDecks(index, options.deck ? [options.deck] : []).flatMap((d) =>
    d.cards.map((c) => c.id),
  );
  const t = messages(context.env.lang);

  const answering = openAnswering(context.storeFile);
  const view = {
    width: context.env.width,
    color: context.env.color,
    lang: context.env.lang,
    highlight: highlightCode,
  };
  const plain = options.plain || !context.env.interactive;
  const screen: ReviewScreen = {
    view,
    write: context.write,
    deckTitle: (card) => index.deck(card.deck)?.title,
    clock: context.clock,
    typeAnswer: (card, typed) => {
      const verdict = suggestFromTyped(card, typed);
      if (!verdict) return undefined;
      const head = verdict.correct
        ? `✓ ${t.quiz.right}`
        : `✗ ${t.quiz.wrong} ${stripControl(verdict.expected)}`;
      return {
        suggested: verdict.suggested,
        lines: [
          `› ${typed}`,
          head,
          ...verdict.details.map((d) => `  · ${describeProblem(d, context.env.lang)}`),
        ],
      };
    },
    ...(plain ? {} : { terminal: terminalOf(context) }),
  };
  let io: OpenReviewIo | undefined;
  let result: ReviewResult | undefined;
  try {
    io = openReviewIo(screen, context.stdin, { plain, interrupt: context.interrupt });
    const opened = io;
    // Learning cards due within the learn-ahead limit are shown at the start, as Anki does.
    const queue = answering.queue({
      cardIds,
      now: context.env.now,
      dueOnly: options.due,
      newLimit,
      learnAheadMs: LEARN_AHEAD_MS,
    });
    result = await playReview(
      {
        queue,
        cards: await context.cards([...queue.learning, ...queue.review, ...queue.new]),
        answering,
        limit,
        edit: editorFor(context, () => opened, t),
      },
      io,
    );
  } finally {
    // The terminal comes back (raw mode off, normal screen) before anything else is printed.
    io?.close();
    if (!result) answering.close();
  }
  try {
    if (result.shown === 0 && result.ended === 'finished') context.out(t.review.nothing);
    const left = leftLines(context, answering, cardIds, { due: options.due, deck: options.deck }, t);
    // Wrapped at spaces to the terminal's width now (it may have changed during the session).
    const summary = renderReviewSummary({ ...result, left }, view)
      .split('\n')
      // A hint too wide for the line puts its command, whole, on the next one.
      .map((line) => (displayWidth(line) > view.width ? line.replace(' — ', ' —\n  ') : line))
      .join('\n');
    context.out(`\n${wrapText(summary, view.width)}`);
  } finally {
    answering.close();
  }
  if (result.ended === 'interrupted') throw new Interrupted();
}
