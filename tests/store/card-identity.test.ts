// The store keeps a user card's history when its id changes: by fingerprint within the same note and
// kind, or by the id an earlier parser gave, and never onto a different card.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Rating } from '../../src/srs/index.js';
import {
  closeStore,
  keepCardHistory,
  loadReviewHistory,
  loadStates,
  openStore,
  type Store,
  type UserCardIdentity,
  undoAnswer,
} from '../../src/store/index.js';
import { answer, NOW, tempDir } from './helpers.js';

const NOTE = '/notes/docker.md';
const none = new Set<string>();
const card = (id: string, fingerprint: string, extra: Partial<UserCardIdentity> = {}): UserCardIdentity => ({
  id,
  note: NOTE,
  kind: 'qa',
  fingerprint,
  ...extra,
});

function withStore(work: (store: Store) => void) {
  const store = openStore(join(tempDir(), 'dockstudy.db'));
  try {
    work(store);
  } finally {
    closeStore(store);
  }
}

const reviewsOf = (store: Store, id: string) =>
  store.db.prepare<[string], number>('SELECT count(*) FROM review_log WHERE card_id = ?').pluck().get(id);

describe('keepCardHistory', () => {
  test('a typo fixed in a question: the history moves to the new id, state and answers', () => {
    withStore((store) => {
      const before = card('d-what-is-an-imgae', 'what is an imgae? | a read-only template');
      keepCardHistory(store, [before], { protectedIds: none, now: 1 });
      answer(store, before.id, Rating.Good, NOW);
      answer(store, before.id, Rating.Hard, new Date(NOW.getTime() + 86_400_000));
      const stateBefore = loadStates(store).get(before.id);

      const after = card('d-what-is-an-image', 'what is an image? | a read-only template');
      const moved = keepCardHistory(store, [after], { protectedIds: none, now: 2 });

      expect(moved).toEqual([{ from: before.id, to: after.id, by: 'fingerprint' }]);
      const states = loadStates(store);
      expect(states.has(before.id)).toBe(false);
      expect(states.get(after.id)).toEqual(stateBefore);
      expect(reviewsOf(store, after.id)).toBe(2);
      expect(reviewsOf(store, before.id)).toBe(0);
    });
  });

  test("a term that became its command's flag card keeps its history; another flag does not take it", () => {
    withStore((store) => {
      const term = card('d-tmpfs', '--tmpfs | mounts an in-memory filesystem', { kind: 'term' });
      keepCardHistory(store, [term], { protectedIds: none, now: 1 });
      answer(store, term.id, Rating.Good, NOW);
      const flag = card(
        'd-container-run-tmpfs',
        'docker container run --tmpfs | mounts an in-memory filesystem. docker run --tmpfs /run app',
        { kind: 'flag' },
      );
      const other = card('d-container-run-rm', 'docker container run --rm | mounts an in-memory filesystem', {
        kind: 'flag',
      });
      const moved = keepCardHistory(store, [flag, other], { protectedIds: none, now: 2 });
      expect(moved).toEqual([{ from: term.id, to: flag.id, by: 'fingerprint' }]);
      expect(reviewsOf(store, flag.id)).toBe(1);
      expect(reviewsOf(store, other.id)).toBe(0);
    });
  });

  test('a term does not move to a flag card whose answer is another', () => {
    withStore((store) => {
      const term = card('d-tmpfs', '--tmpfs | mounts an in-memory filesystem', { kind: 'term' });
      keepCardHistory(store, [term], { protectedIds: none, now: 1 });
      answer(store, term.id, Rating.Good, NOW);
      const flag = card('d-container-run-tmpfs', 'docker container run --tmpfs | a scratch folder in ram', {
        kind: 'flag',
      });
      expect(keepCardHistory(store, [flag], { protectedIds: none, now: 2 })).toEqual([]);
      expect(reviewsOf(store, term.id)).toBe(1);
    });
  });

  test('undo after a move restores the card under its new id', () => {
    withStore((store) => {
      keepCardHistory(store, [card('d-old', 'how do ports work? | publish them')], {
        protectedIds: none,
        now: 1,
      });
      answer(store, 'd-old', Rating.Good, NOW);
      const last = answer(store, 'd-old', Rating.Easy, new Date(NOW.getTime() + 86_400_000));
      keepCardHistory(store, [card('d-new', 'how do ports work?? | publish them')], {
        protectedIds: none,
        now: 2,
      });
      // The session's own answer is still the card's last one, under its new id.
      const undone = undoAnswer(store, last);
      expect('refused' in undone).toBe(false);
      expect('cardId' in undone && undone.cardId).toBe('d-new');
      expect([...loadStates(store).keys()]).toEqual(['d-new']);
    });
  });

  test('a typo in an answer keeps the id, and the card its history, with nothing to move', () => {
    withStore((store) => {
      keepCardHistory(store, [card('d-ports', 'ports? | publish wiht -p')], { protectedIds: none, now: 1 });
      answer(store, 'd-ports', Rating.Good, NOW);
      const moved = keepCardHistory(store, [card('d-ports', 'ports? | publish with -p')], {
        protectedIds: none,
        now: 2,
      });
      expect(moved).toEqual([]);
      expect(reviewsOf(store, 'd-ports')).toBe(1);
    });
  });

  test('nothing moves to a card of another kind, another note, or one that is not close', () => {
    withStore((store) => {
      keepCardHistory(store, [card('d-a', 'what is a volume? | storage that outlives containers')], {
        protectedIds: none,
        now: 1,
      });
      answer(store, 'd-a', Rating.Good, NOW);
      const moved = keepCardHistory(
        store,
        [
          card('d-b', 'what is a volume? | storage that outlives containers', { kind: 'concept' }),
          card('d-c', 'what is a volume? | storage that outlives containers', { note: '/notes/other.md' }),
          card('d-d', 'what is a network? | how containers talk'),
        ],
        { protectedIds: none, now: 2 },
      );
      expect(moved).toEqual([]);
      expect(reviewsOf(store, 'd-a')).toBe(1);
    });
  });

  test('two equally close candidates: ambiguous, so nothing moves', () => {
    withStore((store) => {
      keepCardHistory(store, [card('d-x', 'what is docker? | a tool')], { protectedIds: none, now: 1 });
      answer(store, 'd-x', Rating.Good, NOW);
      const moved = keepCardHistory(
        store,
        [card('d-y', 'what is docker?? | a tool'), card('d-z', 'what is docker!? | a tool')],
        { protectedIds: none, now: 2 },
      );
      expect(moved).toEqual([]);
    });
  });

  test('a card still loaded keeps its history: reordering notes moves nothing', () => {
    withStore((store) => {
      const a = card('d-a', 'first question? | one');
      const b = card('d-b', 'second question? | two');
      keepCardHistory(store, [a, b], { protectedIds: none, now: 1 });
      answer(store, 'd-a', Rating.Good, NOW);
      answer(store, 'd-b', Rating.Again, NOW);
      expect(keepCardHistory(store, [b, a], { protectedIds: none, now: 2 })).toEqual([]);
      expect([reviewsOf(store, 'd-a'), reviewsOf(store, 'd-b')]).toEqual([1, 1]);
    });
  });

  test('an id the old parser gave moves to the new one, unless it is a built-in card id', () => {
    withStore((store) => {
      answer(store, 'image-push', Rating.Good, NOW);
      answer(store, 'container-run', Rating.Good, NOW);
      const moved = keepCardHistory(
        store,
        [
          card('d-image-push', 'push | sends an image', { kind: 'command', legacyIds: ['image-push'] }),
          card('d-container-run', 'run | starts a container', {
            kind: 'command',
            legacyIds: ['container-run'],
          }),
        ],
        { protectedIds: new Set(['container-run']), now: 1 },
      );
      expect(moved).toEqual([{ from: 'image-push', to: 'd-image-push', by: 'legacy id' }]);
      expect(reviewsOf(store, 'container-run')).toBe(1);
      expect(loadReviewHistory(store, { sinceMs: 0, utcOffsetMinutes: 0 }).totalReviews).toBe(2);
    });
  });
  test('a new card of the same name before a card takes its id: the history follows the old card to its new id', () => {
    withStore((store) => {
      // `| docker rm -f <이름> |` was the note's only `docker rm` row; a newer parser also reads the
      // `| docker rm <이름> |` row above it, which takes the id and numbers the old card after it.
      const force = card('d-container-rm', 'docker rm -f <이름> | 실행 중이어도 강제 삭제', {
        kind: 'command',
      });
      keepCardHistory(store, [force], { protectedIds: none, now: 1 });
      answer(store, force.id, Rating.Good, NOW);
      answer(store, force.id, Rating.Hard, new Date(NOW.getTime() + 86_400_000));
      const stateBefore = loadStates(store).get(force.id);

      const plain = card('d-container-rm', 'docker rm <이름> | 삭제 (정지 상태여야 함)', { kind: 'command' });
      const forceNow = card('d-container-rm-2', force.fingerprint, { kind: 'command' });
      const moved = keepCardHistory(store, [plain, forceNow], { protectedIds: none, now: 2 });

      expect(moved).toEqual([{ from: 'd-container-rm', to: 'd-container-rm-2', by: 'fingerprint' }]);
      expect(loadStates(store).get('d-container-rm-2')).toEqual(stateBefore);
      expect(loadStates(store).has('d-container-rm')).toBe(false);
      expect([reviewsOf(store, 'd-container-rm'), reviewsOf(store, 'd-container-rm-2')]).toEqual([0, 2]);
      // Both are remembered as what they are now: the next load moves nothing.
      expect(keepCardHistory(store, [plain, forceNow], { protectedIds: none, now: 3 })).toEqual([]);
    });
  });

  test('ids shifted along a chain each take their own history, one step over', () => {
    withStore((store) => {
      const first = card('d-q', 'what does -p do? | publishes a port');
      const second = card('d-q-2', 'what does -v do? | mounts a volume');
      keepCardHistory(store, [first, second], { protectedIds: none, now: 1 });
      answer(store, 'd-q', Rating.Good, NOW);
      answer(store, 'd-q-2', Rating.Again, NOW);
      answer(store, 'd-q-2', Rating.Again, new Date(NOW.getTime() + 60_000));

      const inserted = card('d-q', 'what does -d do? | runs it in the background');
      const moved = keepCardHistory(
        store,
        [inserted, { ...first, id: 'd-q-2' }, { ...second, id: 'd-q-3' }],
        { protectedIds: none, now: 2 },
      );
      expect(moved).toEqual(
        expect.arrayContaining([
          { from: 'd-q', to: 'd-q-2', by: 'fingerprint' },
          { from: 'd-q-2', to: 'd-q-3', by: 'fingerprint' },
        ]),
      );
      expect([reviewsOf(store, 'd-q'), reviewsOf(store, 'd-q-2'), reviewsOf(store, 'd-q-3')]).toEqual([
        0, 1, 2,
      ]);
    });
  });

  test('an edited answer that still reads as the card keeps its id and history', () => {
    withStore((store) => {
      const before = card('d-x', 'what does -p do? | publishes a port on the host');
      keepCardHistory(store, [before], { protectedIds: none, now: 1 });
      answer(store, 'd-x', Rating.Good, NOW);
      const after = card('d-x', 'what does -p do? | publishes a port on the host machine');
      const other = card('d-y', 'what does -p do? | publishes a port on the host');
      expect(keepCardHistory(store, [after, other], { protectedIds: none, now: 2 })).toEqual([]);
      expect(reviewsOf(store, 'd-x')).toBe(1);
    });
  });
});
