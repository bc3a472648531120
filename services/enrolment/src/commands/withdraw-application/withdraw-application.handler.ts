import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { withdrawApplication, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';
import { RoundReservations } from '../../infrastructure/round-reservations';

export interface WithdrawApplication {
  readonly applicationId: string;
  readonly withdrawnOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class WithdrawApplicationHandler {
  constructor(
    private readonly store: EnrolmentStore,
    private readonly reservations: RoundReservations,
  ) {}

  /** Frees the school's place: its next application for the activity in the round takes the next one. */
  async execute({
    applicationId,
    actor,
    withdrawnOn,
  }: WithdrawApplication): Promise<Stored<SubsidyApplicationState>> {
    const decided = await this.store.change<SubsidyApplicationState>(
      streams.application(applicationId),
      { command: 'withdraw-application', actor, aggregateType: AGGREGATE_TYPES.application },
      (current) => withdrawApplication(current, { withdrawnOn }),
    );
    // A grant that stopped after reserving budget for this application left it reserved: give it back.
    await this.reservations.releaseUnlessGranted(decided.state, actor);
    return decided;
  }
}
