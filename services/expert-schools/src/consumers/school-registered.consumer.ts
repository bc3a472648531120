import { Injectable } from '@nestjs/common';
import {
  SchoolRegisteredV1,
  SchoolRegisteredV2,
  type SchoolRegisteredV1Data,
  type SchoolRegisteredV2Data,
} from '@okr/contracts';
import { AggregateStore, type ConsumedEvent, HandlesEvent } from '@okr/messaging';
import { copySchoolProfile, type SchoolState } from '../domain/school.entity';
import { streams } from '../infrastructure/expert-schools.aggregates';

/** The help desk registered a school: its region, board and flags are copied for cohorts and matching. */
@Injectable()
export class SchoolRegisteredConsumer {
  constructor(private readonly store: AggregateStore) {}

  @HandlesEvent(SchoolRegisteredV2)
  async onSchoolRegisteredV2(event: ConsumedEvent<SchoolRegisteredV2Data>): Promise<void> {
    await this.copy(event);
  }

  @HandlesEvent(SchoolRegisteredV1)
  async onSchoolRegisteredV1(event: ConsumedEvent<SchoolRegisteredV1Data>): Promise<void> {
    await this.copy(event);
  }

  private async copy(event: ConsumedEvent<SchoolRegisteredV1Data | SchoolRegisteredV2Data>): Promise<void> {
    const stream = streams.school(event.data.brin);
    await this.store.change<SchoolState>(
      stream,
      { command: 'copy-school-profile', actor: 'help-desk', causationKey: event.idempotencyKey(stream) },
      (current) => copySchoolProfile(current, event.data),
    );
  }
}
