// The statistics stage's public face: pure functions over what the store returns.

export { type CardCounts, computeStats, type Stats, type StatsInput } from './compute.js';
export { studyStreak } from './streak.js';
export { FORECAST_DAYS, HISTORY_DAYS, statsHistoryQuery } from './window.js';
