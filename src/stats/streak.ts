// Consecutive study days. A streak survives until the end of the day after the last
// session: not having studied yet today does not break it.

/** Length of the run of study days ending today, or yesterday if today has none yet. */
export function studyStreak(studyDays: Iterable<number>, today: number): number {
  const days = new Set(studyDays);
  let day = days.has(today) ? today : today - 1;
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day -= 1;
  }
  return streak;
}
