import { Clock } from '../time/clock';

/** A clock that stands still at a moment a test chooses, and moves only when told. */
export class FixedClock extends Clock {
  private moment: Date;

  constructor(moment: Date | string) {
    super();
    this.moment = new Date(moment);
  }

  now(): Date {
    return new Date(this.moment);
  }

  /** Sets the clock to another moment. */
  setTo(moment: Date | string): void {
    this.moment = new Date(moment);
  }
}

/** The machine's clock, moved ahead by a test: time passes as usual, from a later "now". */
export class ShiftedClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock `days` days ahead of the machine's (0: back to it). */
  shiftDays(days: number): void {
    this.offsetMs = days * 86_400_000;
  }
}
