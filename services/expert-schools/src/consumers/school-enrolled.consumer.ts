import { Injectable } from '@nestjs/common';
import {
  dayOf,
  SchoolEnrolledV1,
  SchoolEnrolledV2,
  type SchoolEnrolledV1Data,
  type SchoolEnrolledV2Data,
} from '@okr/contracts';
import { AggregateStore, type ConsumedEvent, HandlesEvent } from '@okr/messaging';
import { enrolAspirant, type AspirantState } from '../domain/aspirant.entity';
import { enrolDevelopmentSchool, type DevelopmentSchoolState } from '../domain/development-school.entity';
import { enrolmentIdFor, streams } from '../infrastructure/expert-schools.aggregates';

/**
 * The help desk enrolled a school: as aspirant expert school or development school, it appears here with its
 * sector and equal-access flags, without retyping. Other activities are not this pillar's. The effect is one
 * change keyed by the event, so a redelivery changes nothing.
 */
@Injectable()
export class SchoolEnrolledConsumer {
  constructor(private readonly store: AggregateStore) {}

  @HandlesEvent(SchoolEnrolledV2)
  async onSchoolEnrolledV2(event: ConsumedEvent<SchoolEnrolledV2Data>): Promise<void> {
    await this.enrol(event, event.data.participationId, event.data.enrolledOn);
  }

  // v1 has no day and may lack the participation id: the day is when it was recorded, the id is derived.
  @HandlesEvent(SchoolEnrolledV1)
  async onSchoolEnrolledV1(event: ConsumedEvent<SchoolEnrolledV1Data>): Promise<void> {
    const { brin, activity, schoolYear, participationId } = event.data;
    await this.enrol(
      event,
      participationId ?? enrolmentIdFor(brin, activity, schoolYear),
      dayOf(event.envelope.occurredAt),
    );
  }

  private async enrol(
    event: ConsumedEvent<SchoolEnrolledV1Data | SchoolEnrolledV2Data>,
    id: string,
    enrolledOn: string,
  ): Promise<void> {
    const { brin, activity, sector, schoolYear, equalAccess } = event.data;
    const enrolment = { brin, sector, schoolYear, enrolledOn, equalAccess };
    if (activity === 'aspirant-expert-school') {
      const stream = streams.aspirant(id);
      await this.store.change<AspirantState>(
        stream,
        { command: 'enrol-aspirant', actor: 'help-desk', causationKey: event.idempotencyKey(stream) },
        (current) => enrolAspirant(current, { aspirantId: id, ...enrolment }),
      );
    } else if (activity === 'development-school') {
      const stream = streams.developmentSchool(id);
      await this.store.change<DevelopmentSchoolState>(
        stream,
        {
          command: 'enrol-development-school',
          actor: 'help-desk',
          causationKey: event.idempotencyKey(stream),
        },
        (current) => enrolDevelopmentSchool(current, { developmentSchoolId: id, ...enrolment }),
      );
    }
  }
}
