import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { withdrawApplication, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';
import { RoundReservations } from '../../infrastructure/round-reservations';

export interface WithdrawApplication {
  readonly applicationId: string;
  readonly withdrawnOn: CalendarDay;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class WithdrawApplicationHandler {
  constructor(
    private readonly store: AggregateStore,
    private readonly reservations: RoundReservations,
  ) {}

  /** Frees the school's place: its next application for the activity in the round takes the next one. */
  async execute({
    applicationId,
    actor,
    causationKey,
    withdrawnOn,
  }: WithdrawApplication): Promise<Stored<SubsidyApplicationState>> {
    const decided = await this.store.change<SubsidyApplicationState>(
      streams.application(applicationId),
      changeOf('withdraw-application', actor, causationKey),
      (current) => withdrawApplication(current, { withdrawnOn }),
    );
    // A grant that stopped after reserving budget for this application left it reserved: give it back.
    await this.reservations.releaseUnlessGranted(decided.state, actor);
    return decided;
  }
}
