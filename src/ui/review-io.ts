// A review session on a terminal or a pipe: how playReview (src/study) shows cards and hears the
// learner. Keys in a terminal (Space reveals, 1–4 rate, u undoes, q quits); in plain mode each card
// is printed whole and the rating read as a line.

import type { Card } from '../notes/types.js';
import type { BackChoice, FrontChoice, ReviewEvent, ReviewIo, ReviewProgress } from '../study/index.js';
import { stripControl } from '../text/safety.js';
import {
  renderCardBack,
  renderCardFront,
  renderCardHeader,
  renderSeparator,
  type ViewOptions,
} from './card-view.js';
import { createKeyReader, isInterrupt, isQuit, isReveal, type KeyInput, type KeyReader } from './keys.js';
import { createLineReader, type LineReader } from './line-reader.js';
import { lexCard } from './markdown.js';
import { type Lang, messages } from './messages.js';
import { gradeOf, renderRatingChoices, renderReviewProgress } from './review-view.js';

export interface ReviewScreen {
  view: ViewOptions & { lang: Lang };
  /** Writes text as it is (a prompt stays on its line). */
  write(text: string): void;
  deckTitle(card: Card): string | undefined;
  clock(): number;
}

function shows(screen: ReviewScreen) {
  const { view } = screen;
  const t = messages(view.lang);
  const line = (text: string) => screen.write(text.endsWith('\n') ? text : `${text}\n`);
  // The card on screen, lexed once for its front and back.
  let shown: { card: Card; tokens: ReturnType<typeof lexCard> } | undefined;
  const lexed = (card: Card) => {
    if (shown?.card !== card) shown = { card, tokens: lexCard(card) };
    return shown.tokens;
  };
  return {
    t,
    line,
    front(card: Card, progress: ReviewProgress) {
      line(`\n${renderReviewProgress(progress.done, progress, view)}`);
      line(renderCardHeader(card, { ...view, deckTitle: screen.deckTitle(card) }));
      line(renderCardFront(lexed(card), view));
    },
    back(card: Card, intervals: readonly string[]) {
      line(`${renderSeparator(view)}\n${renderCardBack(lexed(card), view)}\n`);
      line(renderRatingChoices(intervals, view));
    },
    tell(event: ReviewEvent) {
      if (event.kind === 'answered') {
        if (event.answer.rebased) line(t.answer.rebased(event.answer.cardId));
        return;
      }
      const { outcome } = event;
      if (outcome.kind === 'undone') line(t.review.undone(outcome.cardId));
      else if (outcome.kind === 'nothing') line(t.review.nothingToUndo);
      else if (outcome.reason === 'gone') line(t.review.undoGone(outcome.cardId));
      else line(t.review.undoRefused(outcome.cardId));
    },
  };
}

/** Single keys from a terminal. Ctrl-C is a key in raw mode: the session ends as interrupted. */
export function keyReviewIo(screen: ReviewScreen, keys: KeyReader): ReviewIo<Card> {
  const show = shows(screen);
  return {
    async front(card, progress) {
      show.front(card, progress);
      show.line(`${renderSeparator(screen.view)}\n${show.t.review.reveal}`);
      for (;;) {
        const key = await keys.next();
        if (isInterrupt(key)) return 'interrupt';
        if (isReveal(key)) return 'reveal';
        if (key.name === 'u') return 'undo';
        if (isQuit(key)) return 'quit';
      }
    },
    async back(card, intervals) {
      show.back(card, intervals);
      for (;;) {
        const key = await keys.next();
        if (isInterrupt(key)) return 'interrupt';
        const grade = gradeOf(key.sequence);
        if (grade !== undefined) return grade;
        if (key.name === 'u') return 'undo';
        if (isQuit(key)) return 'quit';
      }
    },
    tell: show.tell,
    clock: screen.clock,
  };
}

/** Lines from a pipe (or --plain): the back follows the front at once, the rating is a line. */
export function plainReviewIo(screen: ReviewScreen, lines: LineReader): ReviewIo<Card> {
  const show = shows(screen);
  const ask = () => screen.write(`${show.t.review.plainAsk}> `);
  return {
    async front(card, progress): Promise<FrontChoice> {
      show.front(card, progress);
      return 'reveal';
    },
    async back(card, intervals): Promise<BackChoice> {
      show.back(card, intervals);
      ask();
      for (;;) {
        const line = await lines.next();
        if (line === undefined) return lines.interrupted ? 'interrupt' : 'quit';
        const word = line.trim().toLowerCase();
        if (word === 'q' || word === 'quit') return 'quit';
        if (word === 'u' || word === 'undo') return 'undo';
        const grade = gradeOf(word);
        if (grade !== undefined) return grade;
        show.line(show.t.review.plainBad(stripControl(line.trim())));
        ask();
      }
    },
    tell: show.tell,
    clock: screen.clock,
  };
}

/** The io for a session on `input`: keys, or lines when `plain`. Close it when the session ends. */
export function openReviewIo(
  screen: ReviewScreen,
  input: KeyInput,
  options: { plain: boolean; interrupt?: AbortSignal },
): ReviewIo<Card> & { close(): void } {
  if (options.plain) {
    const lines = createLineReader(input, options.interrupt);
    return { ...plainReviewIo(screen, lines), close: () => lines.close() };
  }
  const keys = createKeyReader(input);
  return { ...keyReviewIo(screen, keys), close: () => keys.close() };
}
