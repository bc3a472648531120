import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { requestInformation, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface RequestInformation {
  readonly applicationId: string;
  readonly question: string;
  readonly requestedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class RequestInformationHandler {
  constructor(private readonly store: EnrolmentStore) {}

  async execute({
    applicationId,
    actor,
    ...request
  }: RequestInformation): Promise<Stored<SubsidyApplicationState>> {
    return this.store.change<SubsidyApplicationState>(
      streams.application(applicationId),
      { command: 'request-information', actor, aggregateType: AGGREGATE_TYPES.application },
      (current) => requestInformation(current, request),
    );
  }
}
