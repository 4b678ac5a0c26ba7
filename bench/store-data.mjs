// The data the store benchmarks study: card states and a review log, written straight into the real
// schema in one transaction. Shared by bench/store.mjs and bench/startup.mjs.
const DAY = 86_400_000;

// A small deterministic generator (mulberry32), so every run builds the same data.
export function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 90% of `cardIds` studied, `reviews` log rows over the two years before `nowMs`. `store` is src/store's. */
export function fillStore(store, cardIds, reviews, nowMs) {
  const rand = random(42);
  const insertState = store.db.prepare(`INSERT INTO card_state VALUES
    (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`);
  const insertLog = store.db.prepare(`INSERT INTO review_log (card_id, reviewed_ms, rating, state_before,
    state_after, due_before_ms, due_after_ms, stability_after, difficulty_after, elapsed_days, scheduled_days,
    duration_ms, source, card_before) VALUES (?, ?, ?, ?, 2, ?, ?, ?, ?, ?, ?, ?, 'review', NULL)`);
  store.db.transaction(() => {
    // Mostly review state, due from 5 days ago to a year ahead.
    const studied = Math.floor(cardIds.length * 0.9);
    for (let i = 0; i < studied; i++) {
      const state = rand() < 0.95 ? 2 : rand() < 0.5 ? 1 : 3;
      const due = nowMs + Math.floor((rand() * 370 - 5) * DAY);
      insertState.run(
        cardIds[i],
        due,
        1 + rand() * 100,
        1 + rand() * 9,
        3,
        10,
        20,
        1,
        state,
        Math.min(due, nowMs) - DAY,
        nowMs,
      );
    }
    // Answers spread over the last two years, oldest first like a real log.
    const span = 730 * DAY;
    for (let i = 0; i < reviews; i++) {
      const at = nowMs - span + Math.floor((i / reviews) * span);
      const card = cardIds[Math.floor(rand() * studied)];
      const rating = rand() < 0.1 ? 1 : 3;
      const before = rand() < 0.8 ? 2 : rand() < 0.5 ? 0 : 1;
      insertLog.run(
        card,
        at,
        rating,
        before,
        at,
        at + 5 * DAY,
        10,
        5,
        3,
        5,
        4000 + Math.floor(rand() * 8000),
      );
    }
  })();
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  store.db.exec('ANALYZE');
}
