import { Injectable } from '@nestjs/common';
import {
  SchoolEnrolledV1,
  type SchoolEnrolledV1Data,
  SchoolEnrolledV2,
  type SchoolEnrolledV2Data,
} from '@okr/contracts';
import { AggregateStore, type ConsumedEvent, HandlesEvent } from '@okr/messaging';
import { noteEnrolment, type ParticipatingSchoolState } from '../domain/participating-school.entity';
import { streams } from '../infrastructure/knowledge.aggregates';

/**
 * Keeps this service's list of participating schools from enrolment's SchoolEnrolled, every version still on
 * the topic. One change per event, keyed by its idempotency key: a redelivery changes nothing.
 */
@Injectable()
export class SchoolEnrolledConsumer {
  constructor(private readonly store: AggregateStore) {}

  @HandlesEvent(SchoolEnrolledV1)
  async onV1(event: ConsumedEvent<SchoolEnrolledV1Data>): Promise<void> {
    await this.note(event, undefined);
  }

  @HandlesEvent(SchoolEnrolledV2)
  async onV2(event: ConsumedEvent<SchoolEnrolledV2Data>): Promise<void> {
    await this.note(event, event.data.enrolledOn);
  }

  private async note(
    event: ConsumedEvent<SchoolEnrolledV1Data | SchoolEnrolledV2Data>,
    enrolledOn: string | undefined,
  ): Promise<void> {
    const { brin, activity, schoolYear } = event.data;
    const stream = streams.participatingSchool(brin);
    await this.store.change<ParticipatingSchoolState>(
      stream,
      { command: 'note-enrolment', actor: event.envelope.source, causationKey: event.idempotencyKey(stream) },
      (current) =>
        noteEnrolment(current, {
          brin,
          activity,
          schoolYear,
          ...(enrolledOn !== undefined ? { enrolledOn } : {}),
        }),
    );
  }
}
