// The two study settings a user can change, their defaults and allowed ranges.
// Kept here (not in the store) because the scheduler and the queue are what they tune.

export interface SrsConfig {
  /** Desired retention: the recall probability FSRS schedules for. */
  retention: number;
  /** How many never-seen cards a study day may introduce. */
  newPerDay: number;
}

export const DEFAULT_SRS_CONFIG: Readonly<SrsConfig> = Object.freeze({ retention: 0.9, newPerDay: 20 });

export const CONFIG_LIMITS = Object.freeze({
  retention: Object.freeze({ min: 0.7, max: 0.99 }),
  newPerDay: Object.freeze({ min: 0, max: 9999 }),
});
