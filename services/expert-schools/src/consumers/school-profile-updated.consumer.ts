import { Injectable } from '@nestjs/common';
import { SchoolProfileUpdatedV1, type SchoolProfileUpdatedV1Data } from '@okr/contracts';
import { AggregateStore, type ConsumedEvent, HandlesEvent } from '@okr/messaging';
import { copySchoolProfile, type SchoolState } from '../domain/school.entity';
import { streams } from '../infrastructure/expert-schools.aggregates';

/** The help desk updated a school's profile: the copy follows (the event carries the whole profile). */
@Injectable()
export class SchoolProfileUpdatedConsumer {
  constructor(private readonly store: AggregateStore) {}

  @HandlesEvent(SchoolProfileUpdatedV1)
  async onSchoolProfileUpdated(event: ConsumedEvent<SchoolProfileUpdatedV1Data>): Promise<void> {
    const stream = streams.school(event.data.brin);
    await this.store.change<SchoolState>(
      stream,
      { command: 'copy-school-profile', actor: 'help-desk', causationKey: event.idempotencyKey(stream) },
      (current) => copySchoolProfile(current, event.data),
    );
  }
}
