import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { requestInformation, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface RequestInformation {
  readonly applicationId: string;
  readonly question: string;
  readonly requestedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class RequestInformationHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    applicationId,
    actor,
    ...request
  }: RequestInformation): Promise<Stored<SubsidyApplicationState>> {
    return this.store.change<SubsidyApplicationState>(
      streams.application(applicationId),
      { command: 'request-information', actor },
      (current) => requestInformation(current, request),
    );
  }
}
