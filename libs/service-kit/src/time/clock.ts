import { type CalendarDay, dayOf } from '@okr/contracts';

/**
 * Where a service's "now" and "today" come from, so that both are one thing and a test can set them.
 * ServiceKitModule provides the system clock; `createServiceApp(definition, { clock })` replaces it.
 */
export abstract class Clock {
  /** The current moment. */
  abstract now(): Date;

  /** Today in the programme's calendar: the day it is now in Dutch time, 'YYYY-MM-DD'. */
  today(): CalendarDay {
    return dayOf(this.now());
  }
}

/** The machine's clock. */
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
