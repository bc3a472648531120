/**
 * Behind the topics' ends by more than this many events (summed over the partitions, as of their last fetch),
 * the projector is catching up; within it, it is live. At 1,000 events/s a live projector is a few hundred
 * events behind at most, a catch-up is tens of thousands.
 */
export const CATCHING_UP_EVENTS = 5_000;

import type { SnapshotPace } from './state-snapshot';

/** What the view loop knows at a tick. */
export interface FlushMoment {
  /** Time since the previous flush started. */
  sinceLastFlushMs: number;
  /** What the next flush is expected to cost, from the units it must recompute. */
  expectedFlushMs: number;
  /** Events on the topics not read yet, as of each partition's last fetch. */
  behindEvents: number;
}

/**
 * Whether the view loop publishes at this tick. Live, always: the changes of one tick are what a reader waits
 * for, and they are few. Catching up, only once the flush would take at most a fifth of the time since the
 * previous one, so reading goes on at full speed and a school changed by many events is recomputed once.
 * Deciding by the estimate alone is what kept a live projector from publishing for tens of seconds after a
 * catch-up: when the estimate per unit is high (measured on the catch-up's large flushes, on a busy machine),
 * the units changed since the last flush grow faster than a fifth of the time, and the wait never ends.
 */
export function flushDue({ sinceLastFlushMs, expectedFlushMs, behindEvents }: FlushMoment): boolean {
  if (behindEvents <= CATCHING_UP_EVENTS) return true;
  return sinceLastFlushMs >= expectedFlushMs * 4;
}

/**
 * How a checkpoint writes its snapshot. Catching up, in large slices, one turn of the event loop apart: the
 * catch-up's speed is what counts. Live, in small slices with a pause after each: a full state (tens of
 * megabytes after a catch-up) then takes a few seconds longer, and no flush waits behind it for long; measured
 * after a catch-up, the full checkpoint written at full speed was most of the live lag's tail.
 */
export function snapshotPace(behindEvents: number): SnapshotPace {
  return behindEvents <= CATCHING_UP_EVENTS ? { slice: 250, pauseMs: 5 } : { slice: 2_000, pauseMs: 0 };
}
