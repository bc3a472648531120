import { Injectable } from '@nestjs/common';
import type { RejectionReasonCode } from '@okr/contracts';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { rejectApplication, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';
import { RoundReservations } from '../../infrastructure/round-reservations';

export interface RejectApplication {
  readonly applicationId: string;
  readonly reasonCode: RejectionReasonCode;
  readonly reasonText: string;
  readonly decidedOn: CalendarDay;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class RejectApplicationHandler {
  constructor(
    private readonly store: AggregateStore,
    private readonly reservations: RoundReservations,
  ) {}

  async execute({
    applicationId,
    actor,
    causationKey,
    ...rejection
  }: RejectApplication): Promise<Stored<SubsidyApplicationState>> {
    const decided = await this.store.change<SubsidyApplicationState>(
      streams.application(applicationId),
      changeOf('reject-application', actor, causationKey),
      (current) => rejectApplication(current, rejection),
    );
    // A grant that stopped after reserving budget for this application left it reserved: give it back.
    await this.reservations.releaseUnlessGranted(decided.state, actor);
    return decided;
  }
}
