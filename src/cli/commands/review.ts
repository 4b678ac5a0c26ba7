import { selectDecks } from '../../decks/registry.js';
import {
  afterAnswer,
  formatInterval,
  type Grade,
  nextInSession,
  Rating,
  returnToQueue,
  type StudyQueue,
} from '../../srs/index.js';
import { renderCardBack, renderCardFront, renderCardHeader, renderSeparator } from '../../ui/card-view.js';
import { highlightCode } from '../../ui/highlight.js';
import { isInterrupt, isQuit, isReveal, readKey } from '../../ui/keys.js';
import { createLineReader } from '../../ui/line-reader.js';
import { lexCard } from '../../ui/markdown.js';
import {
  gradeOf,
  renderRatingChoices,
  renderReviewProgress,
  renderReviewSummary,
  reviewWords,
} from '../../ui/review-view.js';
import { wholeNumber } from '../arguments.js';
import type { Context } from '../context.js';
import { Interrupted } from '../errors.js';
import { intervalsOf, openScheduler, type Scheduler } from '../scheduling.js';

export interface ReviewOptions {
  due?: boolean;
  deck?: string;
  new?: string;
  limit?: string;
  plain?: boolean;
  json?: boolean;
}

/** What the learner does with a card: a grade, take back the last answer, or stop. */
type Choice = Grade | 'undo' | 'quit';

/** How a session talks to the learner: keys in a terminal, lines in plain mode. */
interface ReviewIo {
  /** After the front: 'reveal' to see the back. */
  reveal(): Promise<'reveal' | 'undo' | 'quit'>;
  rate(): Promise<Choice>;
  close(): void;
}

export async function reviewCommand(context: Context, options: ReviewOptions) {
  const newLimit = options.new === undefined ? undefined : wholeNumber(options.new, '--new', 0);
  const limit =
    options.limit === undefined ? Number.POSITIVE_INFINITY : wholeNumber(options.limit, '--limit', 1);
  const registry = await context.registry();
  const cards = selectDecks(registry, options.deck ? [options.deck] : []).flatMap((d) => d.cards);
  const cardIds = cards.map((c) => c.id);
  const queueOptions = { cardIds, now: context.env.now, dueOnly: options.due, newLimit };

  const scheduler = openScheduler();
  const plain = options.plain || !context.env.interactive;
  const io = plain ? plainIo(context) : keyIo();
  const byId = new Map(cards.map((c) => [c.id, c]));
  const session = { done: 0, again: 0, answered: [] as string[], started: context.clock() };
  const view = {
    width: context.env.width,
    color: context.env.color,
    lang: context.env.lang,
    highlight: highlightCode,
  };
  const w = reviewWords(context.env.lang);
  let queue = scheduler.queue(queueOptions);
  const nothingDue = nextInSession(queue, scheduler.states, new Date(context.clock())) === undefined;
  let interrupted = false;
  try {
    for (;;) {
      if (session.done >= limit) break;
      const now = new Date(context.clock());
      const id = nextInSession(queue, scheduler.states, now);
      const card = id === undefined ? undefined : byId.get(id);
      if (!card) break;
      const left = { learning: queue.learning.length, review: queue.review.length, new: queue.new.length };
      const tokens = lexCard(card);
      context.out(`\n${renderReviewProgress(session.done, left, view)}`);
      context.out(renderCardHeader(card, { ...view, deckTitle: registry.deck(card.deck)?.title }));
      context.out(renderCardFront(tokens, view));
      if (!plain) context.out(`${renderSeparator(view)}\n${w.reveal}`);
      const step = await io.reveal();
      if (step === 'quit') break;
      if (step === 'undo') {
        queue = undo(scheduler, queue, session, context);
        continue;
      }
      const previews = scheduler.preview(card.id, now);
      context.out(`${renderSeparator(view)}\n${renderCardBack(tokens, view)}\n`);
      context.out(renderRatingChoices(intervalsOf(previews), view));
      if (plain) process.stdout.write(`${w.plainAsk}> `);
      const choice = await io.rate();
      if (choice === 'quit') break;
      if (choice === 'undo') {
        queue = undo(scheduler, queue, session, context);
        continue;
      }
      const answeredAt = new Date(context.clock());
      const state = scheduler.answer(card.id, previews, choice, {
        now: answeredAt,
        durationMs: answeredAt.getTime() - now.getTime(),
        source: 'review',
      });
      queue = afterAnswer(queue, card.id, state);
      session.done++;
      session.answered.push(card.id);
      if (choice === Rating.Again) session.again++;
    }
  } catch (err) {
    if (!(err instanceof Interrupted)) throw err;
    interrupted = true;
  } finally {
    io.close();
  }
  if (nothingDue) context.out(w.nothing);
  const summary = { done: session.done, again: session.again, elapsedMs: context.clock() - session.started };
  context.out(
    `\n${renderReviewSummary({ ...summary, nextDue: nextDue(scheduler, cardIds, context) }, view)}`,
  );
  scheduler.close();
  if (interrupted) throw new Interrupted();
}

function undo(
  scheduler: Scheduler,
  queue: StudyQueue,
  session: { done: number; answered: string[]; again: number },
  context: Context,
): StudyQueue {
  const last = session.answered.pop();
  if (!last) return queue;
  const undone = scheduler.undo(last);
  if (!undone) return queue;
  session.done--;
  if (undone.rating === Rating.Again) session.again--;
  context.out(reviewWords(context.env.lang).undone(last));
  return returnToQueue(queue, last, undone.restored);
}

/** When the next of these cards comes due, as `in 10m`. */
function nextDue(scheduler: Scheduler, cardIds: string[], context: Context): string | undefined {
  const now = context.clock();
  const times = cardIds.flatMap((id) => {
    const due = scheduler.states.get(id)?.due.getTime();
    return due !== undefined && due > now ? [due] : [];
  });
  if (times.length === 0) return undefined;
  const next = Math.min(...times);
  return `${formatInterval(next - now)} (${new Date(next).toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
}

function keyIo(): ReviewIo {
  const next = async () => {
    const key = await readKey(process.stdin);
    if (isInterrupt(key)) throw new Interrupted();
    return key;
  };
  return {
    async reveal() {
      for (;;) {
        const key = await next();
        if (isReveal(key)) return 'reveal';
        if (key.name === 'u') return 'undo';
        if (isQuit(key)) return 'quit';
      }
    },
    async rate() {
      for (;;) {
        const key = await next();
        const grade = gradeOf(key.sequence);
        if (grade !== undefined) return grade;
        if (key.name === 'u') return 'undo';
        if (isQuit(key)) return 'quit';
      }
    },
    close() {},
  };
}

function plainIo(context: Context): ReviewIo {
  const lines = createLineReader(process.stdin);
  const w = reviewWords(context.env.lang);
  return {
    reveal: async () => 'reveal',
    async rate() {
      for (;;) {
        const line = await lines.next();
        if (line === undefined) {
          if (lines.interrupted) throw new Interrupted();
          return 'quit';
        }
        const word = line.trim().toLowerCase();
        if (word === 'q' || word === 'quit') return 'quit';
        if (word === 'u' || word === 'undo') return 'undo';
        const grade = gradeOf(word);
        if (grade !== undefined) return grade;
        context.out(w.plainBad(line.trim()));
        process.stdout.write(`${w.plainAsk}> `);
      }
    },
    close: () => lines.close(),
  };
}
