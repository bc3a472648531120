import { Injectable } from '@nestjs/common';
import { SchoolWithdrewV1, type SchoolWithdrewV1Data } from '@okr/contracts';
import { AggregateStore, type ConsumedEvent, HandlesEvent } from '@okr/messaging';
import { withdrawAspirant, type AspirantState } from '../domain/aspirant.entity';
import { withdrawDevelopmentSchool, type DevelopmentSchoolState } from '../domain/development-school.entity';
import { streams } from '../infrastructure/expert-schools.aggregates';

/**
 * The school withdrew at the help desk from its aspirant or development-school participation. The events of a
 * school arrive in order, so its enrolment is here; one this service never saw (enrolled before it ran) has
 * nothing to withdraw.
 */
@Injectable()
export class SchoolWithdrewConsumer {
  constructor(private readonly store: AggregateStore) {}

  @HandlesEvent(SchoolWithdrewV1)
  async onSchoolWithdrew(event: ConsumedEvent<SchoolWithdrewV1Data>): Promise<void> {
    const { activity, participationId, withdrawnOn } = event.data;
    if (activity === 'aspirant-expert-school') {
      const stream = streams.aspirant(participationId);
      if (!(await this.store.load<AspirantState>(stream))) return;
      await this.store.change<AspirantState>(
        stream,
        { command: 'withdraw-aspirant', actor: 'help-desk', causationKey: event.idempotencyKey(stream) },
        (current) => withdrawAspirant(current, withdrawnOn),
      );
    } else if (activity === 'development-school') {
      const stream = streams.developmentSchool(participationId);
      if (!(await this.store.load<DevelopmentSchoolState>(stream))) return;
      await this.store.change<DevelopmentSchoolState>(
        stream,
        {
          command: 'withdraw-development-school',
          actor: 'help-desk',
          causationKey: event.idempotencyKey(stream),
        },
        (current) => withdrawDevelopmentSchool(current, withdrawnOn),
      );
    }
  }
}
