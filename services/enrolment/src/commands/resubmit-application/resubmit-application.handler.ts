import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import type { CalendarDay } from '../../domain/calendar-day.value-object';
import { resubmitApplication, type SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { changeOf } from '../change-of';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface ResubmitApplication {
  readonly applicationId: string;
  readonly supplement?: string;
  readonly resubmittedOn: CalendarDay;
  readonly actor: string;
  /** Set by a bulk import: the row's key, so the change is committed once. */
  readonly causationKey?: string;
}

@Injectable()
export class ResubmitApplicationHandler {
  constructor(private readonly store: AggregateStore) {}

  async execute({
    applicationId,
    actor,
    causationKey,
    ...resubmission
  }: ResubmitApplication): Promise<Stored<SubsidyApplicationState>> {
    return this.store.change<SubsidyApplicationState>(
      streams.application(applicationId),
      changeOf('resubmit-application', actor, causationKey),
      (current) => resubmitApplication(current, resubmission),
    );
  }
}
