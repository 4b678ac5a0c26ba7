// A review session on a terminal or a pipe: how playReview (src/study) shows cards and hears the
// learner. With keys, one card a screen (in the alternate screen on a terminal, redrawn on resize);
// in plain mode each card is printed whole and the rating read as a line.

import type { Card } from '../notes/types.js';
import type { Grade } from '../srs/index.js';
import type {
  BackChoice,
  CardStatus,
  FrontChoice,
  ReviewEvent,
  ReviewIo,
  ReviewProgress,
} from '../study/index.js';
import { stripControl } from '../text/safety.js';
import {
  type CardTokens,
  renderCardBack,
  renderCardFront,
  renderCardHeader,
  renderSeparator,
  type ViewOptions,
} from './card-view.js';
import {
  createKeyReader,
  isEnd,
  isInterrupt,
  isQuit,
  isReveal,
  type Key,
  type KeyInput,
  type KeyReader,
  type ScrollMove,
  scrollOf,
} from './keys.js';
import { createLineReader, type LineReader } from './line-reader.js';
import { lexCard } from './markdown.js';
import { type Lang, type Messages, messages } from './messages.js';
import {
  type FittedScreen,
  fitScreen,
  gradeOf,
  layoutReviewScreen,
  type ReviewFrame,
  renderRatingChoices,
  renderReviewProgress,
  renderReviewScreen,
  type ScreenPosition,
} from './review-view.js';

/** A terminal to draw on: the alternate screen, its size now, and word when that changes. */
export interface ReviewTerminal {
  columns(): number | undefined;
  /** Its height: a card taller than this scrolls inside the screen. */
  rows(): number | undefined;
  /** Calls `listener` after each resize; returns how to stop. */
  onResize(listener: () => void): () => void;
}

/** After `t`: what the grader made of the typed line. */
export interface TypedVerdict {
  suggested: Grade;
  /** One line each: the verdict, then the grader's details. */
  lines: string[];
}

export interface ReviewScreen {
  view: ViewOptions & { lang: Lang };
  /** Writes text as it is (a prompt stays on its line). */
  write(text: string): void;
  deckTitle(card: Card): string | undefined;
  clock(): number;
  /** Set on a terminal: one card a screen in the alternate screen, restored on close. */
  terminal?: ReviewTerminal;
  /** Grades a typed answer (`t`); without it, `t` does nothing. */
  typeAnswer?(card: Card, typed: string): TypedVerdict | undefined;
}

const ENTER_ALTERNATE = '\x1b[?1049h';
const LEAVE_ALTERNATE = '\x1b[?1049l';
const CLEAR = '\x1b[H\x1b[2J';

/** What an event says, as lines for the screen (or the log in plain mode). */
export function describeEvent(event: ReviewEvent, t: Messages): string[] {
  const w = t.review;
  switch (event.kind) {
    case 'answered': {
      const lines: string[] = [];
      if (event.answer.rebased) lines.push(t.answer.rebased(event.answer.cardId));
      if (event.answer.leech) lines.push(w.leech(event.answer.cardId, event.answer.card.lapses));
      return lines;
    }
    case 'marked':
      if (event.action === 'flag')
        return [event.marks.flagged ? w.marked.flag(event.cardId) : w.marked.unflag(event.cardId)];
      return [w.marked[event.action](event.cardId)];
    case 'edit': {
      const { outcome } = event;
      if (outcome.kind === 'builtin') return [w.edit.builtin];
      if (outcome.kind === 'gone') return [w.edit.gone];
      if (outcome.kind === 'failed') return [w.edit.failed(stripControl(outcome.message))];
      return [w.edit.edited((outcome.card as Card).id)];
    }
    case 'undo': {
      const { outcome } = event;
      if (outcome.kind === 'undone') return [w.undone(outcome.cardId)];
      if (outcome.kind === 'unmarked') return [w.unmarked[outcome.action](outcome.cardId)];
      if (outcome.kind === 'nothing') return [w.nothingToUndo];
      if (outcome.reason === 'gone') return [w.undoGone(outcome.cardId)];
      return [w.undoRefused(outcome.cardId)];
    }
  }
}

function lexer() {
  // The card on screen, lexed once for its front and back.
  let shown: { card: Card; tokens: CardTokens } | undefined;
  return (card: Card) => {
    if (shown?.card !== card) shown = { card, tokens: lexCard(card) };
    return shown.tokens;
  };
}

const markOf = (key: Key): 's' | 'b' | 'f' | undefined =>
  !key.ctrl && (key.name === 's' || key.name === 'b' || key.name === 'f') ? key.name : undefined;
const MARKS = { s: 'suspend', b: 'bury', f: 'flag' } as const;

/** What both sides of a card share: quit, Ctrl-C, undo, s/b/f and e. */
function commonChoice(key: Key): Exclude<BackChoice, Grade> | undefined {
  if (isInterrupt(key)) return 'interrupt';
  if (isQuit(key)) return 'quit';
  if (key.ctrl) return undefined;
  if (key.name === 'u') return 'undo';
  if (key.name === 'e') return 'edit';
  const mark = markOf(key);
  return mark ? MARKS[mark] : undefined;
}

/**
 * Where a view taller than the screen is scrolled: its first line and the text above it, at which
 * width, whether that was its end, and whether the answer was just revealed.
 */
interface Scroll {
  top: number;
  textAbove: number;
  width: number;
  atEnd: boolean;
  revealed: boolean;
}
const TOP: Scroll = { top: 0, textAbove: 0, width: 0, atEnd: false, revealed: false };

/**
 * Single keys from a terminal. Ctrl-C is a key in raw mode: the session ends as interrupted. On a
 * terminal (`screen.terminal`) each card gets a clean screen, redrawn when the window is resized;
 * a card taller than the screen scrolls between the progress line and the key hints.
 */
export function keyReviewIo(screen: ReviewScreen, keys: KeyReader): ReviewIo<Card> & { redraw(): void } {
  const t = messages(screen.view.lang);
  const tokens = lexer();
  let notices: string[] = [];
  let frame: ReviewFrame | undefined;
  let scroll: Scroll = TOP;
  let fitted: FittedScreen | undefined;
  const draw = () => {
    if (!frame) return;
    const columns = screen.terminal?.columns();
    if (columns) screen.view.width = columns;
    const rows = screen.terminal?.rows();
    if (!screen.terminal || !rows) {
      const text = renderReviewScreen(frame, screen.view);
      screen.write(screen.terminal ? `${CLEAR}${text}\n` : `\n${text}\n`);
      return;
    }
    const layout = layoutReviewScreen(frame, screen.view);
    const { width } = screen.view;
    // After a resize the same text stays on top, and the end stays the end; a revealed answer is
    // placed in view, as Anki scrolls to the answer.
    const at: ScreenPosition = scroll.revealed
      ? 'answer'
      : scroll.atEnd
        ? 'end'
        : scroll.width > 0 && scroll.width !== width
          ? { textAbove: scroll.textAbove }
          : { top: scroll.top };
    fitted = fitScreen(layout, rows, at, screen.view);
    const { top, textAbove, maxTop } = fitted;
    scroll = { top, textAbove, width, atEnd: maxTop > 0 && top === maxTop, revealed: false };
    // No newline after the last line: it would scroll the first one off the screen.
    screen.write(`${CLEAR}${fitted.text}`);
  };
  /** ↑ ↓ j k PgUp PgDn Home End: the view moves, when it is taller than the screen. */
  const scrollBy = (move: ScrollMove) => {
    if (!fitted) return;
    const page = Math.max(1, fitted.rows - 1);
    const moved = {
      'line-up': fitted.top - 1,
      'line-down': fitted.top + 1,
      'page-up': fitted.top - page,
      'page-down': fitted.top + page,
      top: 0,
      bottom: fitted.maxTop,
    }[move];
    const top = Math.max(0, Math.min(moved, fitted.maxTop));
    if (top === fitted.top) return;
    scroll = { ...scroll, top, atEnd: top === fitted.maxTop };
    draw();
  };
  /** The next key that is not a scroll (those move the view and are taken here). */
  const nextKey = async (letters = true): Promise<Key> => {
    for (;;) {
      const key = await keys.next();
      const move = scrollOf(key, letters);
      if (!move) return key;
      scrollBy(move);
    }
  };
  const show = (
    card: Card,
    progress: ReviewProgress,
    status: CardStatus,
    side: ReviewFrame['side'],
    intervals?: readonly number[],
  ) => {
    // A new card (or the same card again, from its front) starts at its top; the answer is placed
    // in view when revealed; the same screen drawn again (a notice) stays where it was.
    const again = frame?.card.id === card.id && !(side === 'front' && frame.side !== 'front');
    if (!again) scroll = TOP;
    else if (side === 'back' && frame?.side !== 'back') scroll = { ...scroll, revealed: true };
    frame = {
      intervals,
      card,
      tokens: tokens(card),
      deckTitle: screen.deckTitle(card),
      progress,
      side,
      status,
      notice: notices,
      help: false,
      now: new Date(screen.clock()),
    };
    notices = [];
    draw();
  };
  /** `?`: the help overlay (it scrolls too) until the next key; the card keeps its place. */
  const help = async () => {
    if (!frame) return;
    const onCard = scroll;
    scroll = TOP;
    frame = { ...frame, help: true };
    draw();
    const key = await nextKey();
    frame = { ...frame, help: false };
    scroll = onCard;
    draw();
    return key;
  };
  /** `t`: a line typed on the card's front; undefined when the learner went back (Esc). */
  const typeLine = async (): Promise<string | undefined | 'interrupt' | 'quit'> => {
    if (!frame) return undefined;
    let typed = '';
    const back = frame;
    const redraw = () => {
      frame = { ...back, side: 'typing', typed };
      draw();
    };
    redraw();
    for (;;) {
      // Arrows and pages scroll the card above; letters are typed.
      const key = await nextKey(false);
      if (isInterrupt(key)) return 'interrupt';
      if (isEnd(key)) return 'quit';
      if (key.name === 'escape') {
        frame = back;
        draw();
        return undefined;
      }
      if (key.name === 'return' || key.name === 'enter') return typed;
      if (key.name === 'backspace') typed = [...typed].slice(0, -1).join('');
      else if (!key.ctrl && key.sequence && !/[\x00-\x1f\x7f]/.test(key.sequence)) typed += key.sequence;
      redraw();
    }
  };
  return {
    redraw: draw,
    async front(card, progress, status): Promise<FrontChoice> {
      show(card, progress, status, 'front');
      let key = await nextKey();
      for (;;) {
        if (key.sequence === '?') {
          key = (await help()) ?? (await nextKey());
          continue;
        }
        const common = commonChoice(key);
        if (common) return common;
        if (isReveal(key)) return 'reveal';
        if (key.name === 't' && !key.ctrl && screen.typeAnswer && card.kind === 'command') {
          const typed = await typeLine();
          if (typed === 'interrupt' || typed === 'quit') return typed;
          if (typed !== undefined) {
            const verdict = screen.typeAnswer(card, typed);
            if (verdict) {
              notices = verdict.lines;
              return { typed: verdict.suggested };
            }
          }
        }
        key = await nextKey();
      }
    },
    async back(card, intervals, status): Promise<BackChoice> {
      show(card, frame?.progress ?? NO_PROGRESS, status, 'back', intervals);
      let key = await nextKey();
      for (;;) {
        if (key.sequence === '?') {
          key = (await help()) ?? (await nextKey());
          continue;
        }
        const common = commonChoice(key);
        if (common) return common;
        // Space or Enter on the answer side: Good, as in Anki (or the grader's suggestion after `t`).
        if (isReveal(key)) return status.suggested ?? 3;
        const grade = gradeOf(key.sequence);
        if (grade !== undefined) return grade;
        key = await nextKey();
      }
    },
    tell(event) {
      notices.push(...describeEvent(event, t));
    },
    clock: screen.clock,
  };
}

const NO_PROGRESS: ReviewProgress = { done: 0, learning: 0, review: 0, new: 0, total: 0, leftMs: undefined };

/** Lines from a pipe (or --plain): the back follows the front at once, the rating is a line. */
export function plainReviewIo(screen: ReviewScreen, lines: LineReader): ReviewIo<Card> {
  const { view } = screen;
  const t = messages(view.lang);
  const tokens = lexer();
  const line = (text: string) => screen.write(text.endsWith('\n') ? text : `${text}\n`);
  const ask = () => screen.write(`${t.review.plainAsk}> `);
  return {
    async front(card, progress): Promise<FrontChoice> {
      line(`\n${renderReviewProgress(progress.done, progress, view)}`);
      line(renderCardHeader(card, { ...view, deckTitle: screen.deckTitle(card) }));
      line(renderCardFront(tokens(card), view));
      return 'reveal';
    },
    async back(card, intervals): Promise<BackChoice> {
      line(`${renderSeparator(view)}\n${renderCardBack(tokens(card), view)}\n`);
      line(renderRatingChoices(intervals, view));
      ask();
      for (;;) {
        const input = await lines.next();
        if (input === undefined) return lines.interrupted ? 'interrupt' : 'quit';
        const word = input.trim().toLowerCase();
        if (word === 'q' || word === 'quit') return 'quit';
        if (word === 'u' || word === 'undo') return 'undo';
        if (word === 's' || word === 'suspend') return 'suspend';
        if (word === 'b' || word === 'bury') return 'bury';
        if (word === 'f' || word === 'flag') return 'flag';
        const grade = gradeOf(word);
        if (grade !== undefined) return grade;
        line(t.review.plainBad(stripControl(input.trim())));
        ask();
      }
    },
    tell: (event) => {
      for (const text of describeEvent(event, t)) line(text);
    },
    clock: screen.clock,
  };
}

export interface OpenReviewIo extends ReviewIo<Card> {
  /** Leaves raw mode and the alternate screen (while an editor runs); `resume` comes back. */
  pause(): void;
  resume(): void;
  /** Restores the terminal: raw mode off, the normal screen back. Safe to call twice. */
  close(): void;
}

/** The io for a session on `input`: keys, or lines when `plain`. Close it when the session ends. */
export function openReviewIo(
  screen: ReviewScreen,
  input: KeyInput,
  options: { plain: boolean; interrupt?: AbortSignal },
): OpenReviewIo {
  if (options.plain) {
    const lines = createLineReader(input, options.interrupt);
    return { ...plainReviewIo(screen, lines), pause() {}, resume() {}, close: () => lines.close() };
  }
  const keys = createKeyReader(input);
  const io = keyReviewIo(screen, keys);
  const { terminal } = screen;
  let open = true;
  if (terminal) screen.write(ENTER_ALTERNATE);
  const stopResize = terminal?.onResize(() => io.redraw());
  return {
    ...io,
    pause() {
      keys.pause();
      if (terminal) screen.write(LEAVE_ALTERNATE);
    },
    resume() {
      if (terminal) screen.write(ENTER_ALTERNATE);
      keys.resume();
      io.redraw();
    },
    close() {
      if (!open) return;
      open = false;
      stopResize?.();
      keys.close();
      if (terminal) screen.write(LEAVE_ALTERNATE);
    },
  };
}
