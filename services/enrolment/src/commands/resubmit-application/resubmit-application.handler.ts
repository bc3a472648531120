import { Injectable } from '@nestjs/common';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { resubmitApplication, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { EnrolmentStore, type Stored } from '../../infrastructure/enrolment.store';
import { AGGREGATE_TYPES, streams } from '../../infrastructure/enrolment.streams';

export interface ResubmitApplication {
  readonly applicationId: string;
  readonly supplement?: string;
  readonly resubmittedOn: CalendarDay;
  readonly actor: string;
}

@Injectable()
export class ResubmitApplicationHandler {
  constructor(private readonly store: EnrolmentStore) {}

  async execute({
    applicationId,
    actor,
    ...resubmission
  }: ResubmitApplication): Promise<Stored<SubsidyApplicationState>> {
    return this.store.change<SubsidyApplicationState>(
      streams.application(applicationId),
      { command: 'resubmit-application', actor, aggregateType: AGGREGATE_TYPES.application },
      (current) => resubmitApplication(current, resubmission),
    );
  }
}
