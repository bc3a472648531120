import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { requestInformation, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface RequestInformation {
  readonly applicationId: string;
  readonly question: string;
  readonly requestedOn: CalendarDay;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class RequestInformationHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    applicationId,
    actor,
    causationKey,
    ...request
  }: RequestInformation): Promise<Stored<SubsidyApplicationState>> {
    return this.store.change<SubsidyApplicationState>(
      streams.application(applicationId),
      changeOf('request-information', actor, causationKey),
      (current) => requestInformation(current, request),
    );
  }
}
