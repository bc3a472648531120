import { Injectable } from '@nestjs/common';
import type { RejectionReasonCode } from '@okr/contracts';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { rejectApplication, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';
import { RoundReservations } from '../../infrastructure/round-reservations';

export interface RejectApplication {
  readonly applicationId: string;
  readonly reasonCode: RejectionReasonCode;
  readonly reasonText: string;
  readonly decidedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class RejectApplicationHandler {
  constructor(
    private readonly store: EnrolmentStore,
    private readonly reservations: RoundReservations,
  ) {}

  async execute({
    applicationId,
    actor,
    ...rejection
  }: RejectApplication): Promise<Stored<SubsidyApplicationState>> {
    const decided = await this.store.change<SubsidyApplicationState>(
      streams.application(applicationId),
      { command: 'reject-application', actor, aggregateType: AGGREGATE_TYPES.application },
      (current) => rejectApplication(current, rejection),
    );
    // A grant that stopped after reserving budget for this application left it reserved: give it back.
    await this.reservations.releaseUnlessGranted(decided.state, actor);
    return decided;
  }
}
