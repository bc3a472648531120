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
